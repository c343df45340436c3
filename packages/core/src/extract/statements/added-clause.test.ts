import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The statements analyze finds in a text, as "source | content". */
const statements = (text: string) =>
  analyze(text).statements.map(
    (s) =>
      `${s.source ? text.slice(s.source.start, s.source.end) : ''} | ${text.slice(s.content.start, s.content.end)}`,
  )

describe('addedClauseStart', () => {
  // [case, text, statements found]
  const cases: Array<[string, string, string[]]> = [
    [
      '", though" and a speaker of its own: two statements',
      'Mr Smith said the plan was sound, though he admitted that costs could rise.',
      ['Mr Smith | the plan was sound', 'he | that costs could rise'],
    ],
    [
      '", although"',
      'The minister said the scheme would be scrapped, although she added that some parts would survive.',
      ['The minister | the scheme would be scrapped', 'she | that some parts would survive'],
    ],
    [
      '"even though"',
      'The minister said the scheme would be scrapped even though she had promised that it would survive.',
      ['The minister | the scheme would be scrapped', 'she | that it would survive'],
    ],
    [
      '"as" with no comma',
      'The officer told the minister that they were concerned the rules would not be enough to stop the spread as he warned the wards could see more admissions by next month.',
      [
        'The officer | that they were concerned the rules would not be enough to stop the spread',
        'he | the wards could see more admissions by next month',
      ],
    ],
  ]
  it.each(cases)('%s', (_, text, found) => {
    expect(statements(text)).toEqual(expect.arrayContaining(found))
  })

  // [case, text, a statement not found]
  const kept: Array<[string, string, string]> = [
    [
      '"just as" compares: the clause is part of what was said',
      'He says the outcome will be decided by a few swing seats - just as he believes it will in Britain.',
      'He | the outcome will be decided by a few swing seats - just',
    ],
    [
      'a belief after "as" is no statement of its own: the content is not cut',
      'Analysts predict that the dollar will stay weak as investors worry about the deficit.',
      'Analysts | that the dollar will stay weak',
    ],
  ]
  it.each(kept)('%s', (_, text, statement) => {
    expect(statements(text)).not.toContain(statement)
  })
})
