import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractStatements } from './index.ts'

/** The [source words, cue words] of the statements found in a text. */
function statementsOf(text: string): Array<[string | null, string | null]> {
  const slice = (span: { start: number; end: number } | null) =>
    span ? text.slice(span.start, span.end) : null
  return extractStatements(parseArticle(text), []).map((s) => [slice(s.source), slice(s.cue)])
}

describe('isVoicedView', () => {
  // [case, text, [source, cue] of each statement]
  const cases: Array<[string, string, Array<[string | null, string | null]>]> = [
    [
      'a named critic who thinks a clause',
      'Films\n\nFilm critic Tom Vale thinks the films have not caught the public mood.',
      [['Film critic Tom Vale', 'thinks']],
    ],
    [
      'a named body that believes a clause',
      'Rates\n\nThe Vexco Trust believes that prices are too high.',
      [['The Vexco Trust', 'believes']],
    ],
    [
      '"he" with an adverb before the verb',
      'Rates\n\nHe firmly believes prices will fall.',
      [['He', 'firmly believes']],
    ],
    ['a belief in something is no clause', 'Rates\n\nTom Vale believes in fair prices.', []],
    [
      'a passive "is thought" gives no one\'s view',
      'Rates\n\nTom Vale is thought to have £2bn to spare.',
      [],
    ],
    ["a group described gives no one's view", 'Rates\n\nLabour strategists believe the plan will work.', []],
    ['experts at a sentence start are no name', 'Rates\n\nExperts believe the plan will work.', []],
    ['"I think" outside quotes is a reader\'s letter', 'Rates\n\nI think the plan will work.', []],
  ]
  it.each(cases)('%s', (_case, text, statements) => {
    expect(statementsOf(text)).toEqual(statements)
  })
})
