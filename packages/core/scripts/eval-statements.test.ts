import { describe, expect, it } from 'vitest'
import type { Span } from '../src/schemas/span.ts'
import type { Statement } from '../src/schemas/statement.ts'
import { type Breakdown, evaluate } from './eval-statements.ts'
import type { GoldArticle } from './read-polnear.ts'

const text = 'Ann said the plan would fail. Bob thinks rain is near.'

/** The span of the first occurrence of `words` in the text. */
function at(words: string): Span {
  const start = text.indexOf(words)
  return { start, end: start + words.length }
}

const article: GoldArticle = {
  name: 'table',
  text,
  attributions: [
    { cue: [at('said')], content: [at('the plan would fail')], source: [at('Ann')] },
    { cue: [at('thinks')], content: [at('rain is near')], source: [at('Bob')] },
  ],
}

function predicted(cue: string, content: string): Statement {
  return { cue: at(cue), content: at(content), source: at('Ann') } as Statement
}

describe('evaluate breakdown', () => {
  it.each<[string, Statement[], Partial<Breakdown>]>([
    ['nothing found', [], { missedNoCue: 2 }],
    ['a match', [predicted('said', 'the plan would fail')], { missedNoCue: 1 }],
    [
      'too long',
      [predicted('said', 'the plan would fail. Bob thinks rain is near')],
      { missedNoCue: 1, missedTooLong: 1, extraGoldCue: 1 },
    ],
    ['too short', [predicted('said', 'plan')], { missedNoCue: 1, missedTooShort: 1, extraGoldCue: 1 }],
    [
      'crossing',
      [predicted('said', 'would fail. Bob')],
      { missedNoCue: 1, missedCrossing: 1, extraGoldCue: 1 },
    ],
    ['elsewhere', [predicted('said', 'Ann')], { missedNoCue: 1, missedElsewhere: 1, extraGoldCue: 1 }],
    [
      'a cue of no attribution',
      [predicted('said', 'the plan would fail'), predicted('is', 'near')],
      { missedNoCue: 1, extraNoGoldCue: 1 },
    ],
  ])('%s', (_, statements, expected) => {
    const { breakdown } = evaluate([article], () => statements)
    expect(breakdown).toEqual({
      missedNoCue: 0,
      missedTooLong: 0,
      missedTooShort: 0,
      missedCrossing: 0,
      missedElsewhere: 0,
      extraNoGoldCue: 0,
      extraGoldCue: 0,
      ...expected,
    })
  })
})
