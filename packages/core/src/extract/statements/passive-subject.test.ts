import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The contents analyze finds in a text, as written. */
const contents = (text: string) =>
  analyze(text).statements.map((statement) => text.slice(statement.content.start, statement.content.end))

describe('namesOnlyItsSubject', () => {
  // [case, text, content, found]
  const cases: Array<[string, string, string, boolean]> = [
    [
      'a passive with no one named: its subject is what is talked about',
      'The jobless rate rose to 10.8%. Bad weather and a sluggish economy were blamed.',
      'a sluggish economy',
      false,
    ],
    [
      'a passive whose subject is a person reported on',
      'Tensions rose in 2004. Industry minister Tom Vale was reported in June to have visited Dalmor.',
      'Industry minister Tom Vale',
      false,
    ],
    [
      'a clause before the passive stays',
      'The talks have collapsed, it is reported.',
      'The talks have collapsed',
      true,
    ],
  ]
  it.each(cases)('%s', (_, text, content, found) => {
    expect(contents(text).includes(content)).toBe(found)
  })
})
