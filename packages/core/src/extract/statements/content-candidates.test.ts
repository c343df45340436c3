import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { CONTENT_GAP, contentSides, firstWordIn, lastWordIn, lastWordsFrom } from './content-candidates.ts'
import { buildContext } from './context.ts'
import type { Boundaries } from './span-decoder.ts'

// Word flags of 9 tokens: words at 0, 3, 6 and 8.
const FLAGS = Uint8Array.of(1, 0, 0, 1, 0, 0, 1, 0, 1)

describe('word scans', () => {
  it.each([
    // [from, to, first, last]
    [0, 9, 0, 8],
    [1, 9, 3, 8],
    [1, 8, 3, 6],
    [4, 6, -1, -1],
    [-3, 2, 0, 0],
    [5, 5, -1, -1],
  ])('in [%i, %i): first %i, last %i', (from, to, first, last) => {
    expect(firstWordIn(FLAGS, from, to)).toBe(first)
    expect(lastWordIn(FLAGS, from, to)).toBe(last)
  })

  it.each([
    // [from, to, count, start]
    [0, 9, 2, 6],
    [0, 9, 1, 8],
    [0, 9, 4, 0],
    [1, 9, 4, 1],
    [0, 8, 2, 3],
    [-2, 9, 9, 0],
  ])('the last words of [%i, %i), %i of them, begin at %i', (from, to, count, start) => {
    expect(lastWordsFrom(FLAGS, from, to, count)).toBe(start)
  })
})

/** Each boundary of a list as its token and its features, read through the offsets. */
function unpack(list: Boundaries): { at: number; features: number[] }[] {
  return list.at.map((at, k) => ({ at, features: list.features.slice(list.offsets[k], list.offsets[k + 1]) }))
}

describe('contentSides', () => {
  const text =
    'Headline\n\nThe council, which met on Monday after a long and bitter row over the new bus lanes and parking fees in the town centre, said that it would review the plan, and that residents would be asked again in the spring before any change.'
  const context = buildContext(parseArticle(text))
  const at = (word: string) => context.tokens.findIndex((_, t) => context.lower(t) === word)
  const window = { from: at('the'), to: context.tokens.length }
  const words = (from: number, to: number) => {
    const list: number[] = []
    for (let t = from; t < to; t++) if (context.isWord[t]) list.push(t)
    return list
  }
  const cueOf = (word: string) => ({ start: at(word), end: at(word) + 1, head: at(word), negated: false })

  it('starts after the cue within CONTENT_GAP words, ends before it within CONTENT_GAP words', () => {
    const cue = cueOf('said')
    const [after, before, around] = contentSides(context, cue, window, [1, 2])
    const wordsBefore = words(window.from, cue.start)
    const wordsAfter = words(cue.end, window.to)
    expect(wordsBefore.length).toBeGreaterThan(CONTENT_GAP)
    expect(wordsAfter.length).toBeGreaterThan(CONTENT_GAP)
    expect(after?.starts.at).toEqual(wordsAfter.slice(0, CONTENT_GAP))
    expect(after?.ends.at).toEqual(wordsAfter)
    expect(before?.starts.at).toEqual(wordsBefore)
    expect(before?.ends.at).toEqual(wordsBefore.slice(-CONTENT_GAP))
    expect(around?.starts).toBe(before?.starts)
    expect(around?.ends).toBe(after?.ends)
    expect(after?.features.slice(1)).toEqual([1, 2])
    for (const side of [after, before])
      for (const list of [side?.starts, side?.ends] as Boundaries[])
        for (const boundary of unpack(list))
          expect(boundary.features).toHaveLength(list === side?.starts ? 11 : 17)
  })

  it('gives the same boundaries for a cue whatever cue came before', () => {
    const read = (word: string) =>
      contentSides(context, cueOf(word), window, [3]).map((side) => ({
        starts: unpack(side.starts),
        ends: unpack(side.ends),
      }))
    const first = read('said')
    read('met')
    expect(read('said')).toEqual(first)
    // The features differ from a cue's to another's: the lists were rewritten, not left over.
    expect(read('met')).not.toEqual(first)
  })
})
