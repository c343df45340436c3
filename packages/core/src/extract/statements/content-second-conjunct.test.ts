import { describe, expect, it } from 'vitest'
import { throughSecondConjunct } from './content-second-conjunct.ts'
import { contentByStage } from './content-stage.fixture.ts'

/** The words of the content `throughSecondConjunct` gives (see contentByStage). */
function contentOf(text: string, cue: string, last: string, side: 'after' | 'before' = 'after'): string {
  return contentByStage(throughSecondConjunct, text, cue, last, side)
}

describe('throughSecondConjunct', () => {
  it.each([
    // A second "that" clause after a content that opens with "that".
    [
      'Mr Hart said that the pier was safe, and that the cafe would open in June.',
      'said',
      'safe',
      'that the pier was safe , and that the cafe would open in June',
    ],
    [
      'Ms Vale argued that fares were high but that buses were late.',
      'argued',
      'high',
      'that fares were high but that buses were late',
    ],
    // A modal predicate after a clause with a finite verb of its own.
    [
      'Ms Vale said the fee would rise next year, but would stay below ten pounds.',
      'said',
      'year',
      'the fee would rise next year , but would stay below ten pounds',
    ],
    [
      'Mr Hart said the firm was small and could not afford a lawyer.',
      'said',
      'small',
      'the firm was small and could not afford a lawyer',
    ],
    // A spaced hyphen ends the second conjunct like a dash.
    [
      'Ms Vale said the pool was closed, but would reopen soon - though not before May.',
      'said',
      'closed',
      'the pool was closed , but would reopen soon',
    ],
  ])('goes on: %s', (text, cue, last, expected) => {
    expect(contentOf(text, cue, last)).toBe(expected)
  })

  it.each([
    // "that" as a pronoun, with its verb next.
    ['Mr Hart said that the pier was safe, but that was not true.', 'said', 'safe', 'that the pier was safe'],
    // A second "that" clause after a content that does not open with "that".
    ['Ms Vale said the pier was safe, and that the cafe would open.', 'said', 'safe', 'the pier was safe'],
    // The speaker's own refusal.
    ['Ms Vale said the fee would rise, but would not say when.', 'said', 'rise', 'the fee would rise'],
    // A past verb is the speaker's next predicate, not more of what was said.
    ['Mr Hart said the fee would rise but did not give a figure.', 'said', 'rise', 'the fee would rise'],
    // A content without a finite verb: the modal predicate is the speaker's.
    ['Ms Vale urged them to stay, but could not persuade them.', 'urged', 'stay', 'them to stay'],
    // A quote mark ends the search: the writer's words around a quote are not run into.
    ['Mr Hart said that costs rose, and that "the rest is history".', 'said', 'rose', 'that costs rose'],
    // A question word's clause: the modal's subject is the speaker.
    [
      'Mr Hart described how the flood began, but could not explain it.',
      'described',
      'began',
      'how the flood began',
    ],
    // Another word after the conjunction opens a new clause.
    ['Ms Vale said the road was shut and officials were working on it.', 'said', 'shut', 'the road was shut'],
  ])('stays: %s', (text, cue, last, expected) => {
    expect(contentOf(text, cue, last)).toBe(expected)
  })
})
