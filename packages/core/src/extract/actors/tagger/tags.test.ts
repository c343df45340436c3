import { describe, expect, it } from 'vitest'
import { chunkEnd, TAGS } from './tags.ts'

const tagsOf = (labels: string): Uint8Array =>
  Uint8Array.from(labels.split(' ').map((label) => TAGS.indexOf(label as (typeof TAGS)[number])))

describe('chunkEnd', () => {
  it.each([
    // A chunk's I- tags of its own type run on; another type's, an O or a new B- ends it.
    ['B-LOC I-LOC O', 0, 2],
    ['B-LOC I-LOC I-LOC', 0, 3],
    ['B-LOC I-ORG O', 0, 1],
    ['B-LOC B-LOC I-LOC', 0, 1],
    ['O B-PER I-PER', 1, 3],
  ])('%s from %i: %i', (labels, first, end) => {
    expect(chunkEnd(tagsOf(labels), first)).toBe(end)
  })
})
