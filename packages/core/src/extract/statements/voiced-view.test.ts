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
    [
      '"feels that" voiced by the holder\'s quote next',
      'Ferries\n\nSkipper Dan Mole feels that the crews should rest more. "They are worn out," he said.',
      [
        ['Skipper Dan Mole', 'feels'],
        ['he', 'said'],
      ],
    ],
    [
      '"feels that" after "But" and a surname, the holder\'s quote next',
      'Ferries\n\nBut Dunn feels that the new ferry is too slow. "It loses an hour a day," he said.',
      [
        ['Dunn', 'feels'],
        ['he', 'said'],
      ],
    ],
    [
      '"felt that" after "she", her quote next',
      'Ferries\n\nShe felt that the crews should rest more. "They are worn out," she said.',
      [
        ['She', 'felt'],
        ['she', 'said'],
      ],
    ],
    [
      '"that" as the subject after "feels" opens no view',
      'Ferries\n\nDunn feels that is unfair on the crews. "It is wrong," he said.',
      [['he', 'said']],
    ],
    [
      '"feels that" with someone else\'s quote next',
      'Ferries\n\nSkipper Dan Mole feels that the crews should rest more. "They are fine," said Ivy Roe.',
      [['Ivy Roe', 'said']],
    ],
    [
      '"feels that" with no quote next',
      'Ferries\n\nSkipper Dan Mole feels that the crews should rest more. The season ends in May.',
      [],
    ],
  ]
  it.each(cases)('%s', (_case, text, statements) => {
    expect(statementsOf(text)).toEqual(statements)
  })
})
