import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The statements analyze finds in a one-line body whose cue is "said", as "[source] <content>". */
function saidStatements(body: string): string[] {
  const text = `Notes\n\n${body}`
  return analyze(text)
    .statements.filter((s) => s.cue && text.slice(s.cue.start, s.cue.end) === 'said')
    .map(
      (s) =>
        `[${s.source ? text.slice(s.source.start, s.source.end) : ''}] <${text.slice(s.content.start, s.content.end)}>`,
    )
}

describe('appositivePair', () => {
  // [case, body, "said" statements]
  const cases: Array<[string, string, string[]]> = [
    [
      'a role, then a name',
      'The bridge will shut for a week, a council spokesman, Tom Hale, said.',
      ['[a council spokesman, Tom Hale] <The bridge will shut for a week>'],
    ],
    [
      'a name, then a role, with a day after the cue',
      'The bridge will shut for a week, Tom Hale, a council spokesman, said on Friday.',
      ['[Tom Hale, a council spokesman] <The bridge will shut for a week>'],
    ],
    [
      'a possessive role and a name',
      "Sales fell sharply in the spring, the firm's finance director, Ruth Abel, said Monday.",
      ["[the firm's finance director, Ruth Abel] <Sales fell sharply in the spring>"],
    ],
    [
      'one speaker before the cue stays as it was',
      'The bridge will shut for a week, a council spokesman said.',
      ['[a council spokesman] <The bridge will shut for a week>'],
    ],
    [
      'a speaker after the cue is not the pair',
      'Nobody came to the hall that night, said Tom Hale, a council spokesman.',
      ['[Tom Hale, a council spokesman] <Nobody came to the hall that night>'],
    ],
    [
      'two names are no name and role',
      'The band played for an hour, Tom Hale, Ann Vale, said on Friday.',
      [],
    ],
    [
      'two roles are no name and role',
      'The band played for an hour, the drummer, the singer, said on Friday.',
      [],
    ],
    [
      'a content after the cue is left alone',
      'In the end, Tom Hale, the mayor, said the bridge would shut.',
      ['[the mayor] <the bridge would shut>'],
    ],
  ]
  it.each(cases)('%s', (_case, body, statements) => {
    expect(saidStatements(body)).toEqual(statements)
  })
})
