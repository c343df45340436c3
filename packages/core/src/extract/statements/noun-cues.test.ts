import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { findCues } from './cues.ts'
import { extractStatements } from './index.ts'
import { shippedModel } from './model.ts'

/** The cue words of the statements found in a text. */
function cuesOf(text: string): string[] {
  return extractStatements(parseArticle(text), []).map((s) =>
    s.cue ? text.slice(s.cue.start, s.cue.end) : '',
  )
}

describe('isNounCue', () => {
  // [case, text, cue words found]
  const cases: Array<[string, string, string[]]> = [
    [
      '"a greater say" is a noun',
      'Reform\n\nMr Dunn said towns should have a greater say in budgets.',
      ['said'],
    ],
    ['"the final say" is a noun', 'Reform\n\nThe mayor will have the final say on the plan.', []],
    ['"their say" is a noun', 'Reform\n\nResidents will get their say at a meeting.', []],
    ['"in writing" is a noun', 'Reform\n\nThe council must give its reasons in writing.', []],
    ['people who say are a verb', 'Reform\n\nSome say the plan will fail.', ['say']],
    ['a plural subject that says is a verb', 'Reform\n\nCritics say the plan will fail.', ['say']],
  ]
  it.each(cases)('%s', (_case, text, cues) => {
    expect(cuesOf(text)).toEqual(cues)
  })
})

/** The cue words the cue finder keeps in a text, before spans. */
function foundCuesOf(text: string): string[] {
  const context = buildContext(parseArticle(text))
  return findCues(context, shippedModel()).map((cue) =>
    text.slice(context.tokens[cue.start]?.start, context.tokens[cue.end - 1]?.end),
  )
}

describe('isModifyingGerund', () => {
  // [case, text, cue words found]
  const cases: Array<[string, string, string[]]> = [
    ['an asking price is a noun phrase', 'Homes\n\nThe average asking price of a flat fell by 3%.', []],
    ['a talking point is a noun phrase', 'Talks\n\nTheir main talking point was the budget.', []],
    [
      'a gerund with its own object is a cue',
      'Talks\n\nShe is asking questions about the deal.',
      ['is asking questions about'],
    ],
    // An object pronoun opens no noun phrase: the gerund after it is the cue.
    [
      'a gerund after an object pronoun is a cue',
      'Talks\n\nThe meeting ended with him telling staff the office would close.',
      ['telling'],
    ],
  ]
  it.each(cases)('%s', (_case, text, cues) => {
    expect(foundCuesOf(text)).toEqual(cues)
  })
})
