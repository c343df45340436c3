// releaseMemory: the calling thread's freed heap goes back, and no context made later gets `gc`.
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { releaseMemory } from './release-memory.ts'

describe('releaseMemory', () => {
  it('gives back the heap of values no longer referenced', () => {
    let garbage: unknown[] | undefined = Array.from({ length: 1_000_000 }, (_, i) => ({ i, text: `x${i}` }))
    const grown = process.memoryUsage().heapTotal
    expect(garbage.length).toBe(1_000_000)
    garbage = undefined
    releaseMemory()
    // A million small objects take well over 50 MB of heap; all of it is garbage now.
    expect(process.memoryUsage().heapTotal).toBeLessThan(grown - 50e6)
  })

  it('leaves --expose-gc off: a context made after it has no gc', () => {
    releaseMemory()
    expect(runInNewContext('typeof gc')).toBe('undefined')
  })
})
