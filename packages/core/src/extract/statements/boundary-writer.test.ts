import { describe, expect, it } from 'vitest'
import { BoundaryWriter } from './boundary-writer.ts'
import type { Boundaries } from './span-decoder.ts'

/** The features of each boundary of a list, read through its offsets. */
function featuresOf(list: Boundaries): number[][] {
  return list.at.map((_, k) => list.features.slice(list.offsets[k], list.offsets[k + 1]))
}

describe('BoundaryWriter', () => {
  it('packs the features of each boundary between its offsets, list after list', () => {
    const writer = new BoundaryWriter()
    const first = writer.open()
    writer.push(1)
    writer.push(2)
    writer.close(first, 4)
    writer.push(3)
    writer.close(first, 6)
    const second = writer.open()
    writer.push(9)
    writer.close(second, 0)
    expect(first.at).toEqual([4, 6])
    expect(featuresOf(first)).toEqual([[1, 2], [3]])
    expect(featuresOf(second)).toEqual([[9]])
  })

  it('after a reset, overwrites the old features and keeps the lists exact', () => {
    const writer = new BoundaryWriter()
    const old = writer.open()
    for (const hash of [5, 6, 7, 8]) writer.push(hash)
    writer.close(old, 1)
    writer.reset()
    const list = writer.open()
    writer.push(0xfffffff0)
    writer.close(list, 2)
    expect(list.offsets).toEqual([0, 1])
    expect(featuresOf(list)).toEqual([[0xfffffff0]])
    // The storage is the same array: the set before the reset is no longer valid.
    expect(list.features).toBe(old.features)
  })

  it('closes a boundary with no features as an empty range', () => {
    const writer = new BoundaryWriter()
    const list = writer.open()
    writer.close(list, 3)
    expect(featuresOf(list)).toEqual([[]])
  })
})
