import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The contents analyze finds in a text, as written. */
const contents = (text: string) =>
  analyze(text).statements.map((statement) => text.slice(statement.content.start, statement.content.end))

const said = 'The president could embrace clean energy if convinced it is good business'

// trailingComma (trailing.ts): a report after what was said may end on a listener, a place and a time.
describe('a trailing report with a longer tail', () => {
  // [case, text, the content found]
  const cases: Array<[string, string, string]> = [
    [
      'a listener, a place and a time',
      `${said}, the senator told reporters in Washington on Thursday.`,
      said,
    ],
    [
      'a place after the listener',
      'The deal is dead, the senator told reporters in Washington on Thursday.',
      'The deal is dead',
    ],
    ['a named listener and a time', `${said}, the senator told The Huffington Post on Thursday.`, said],
    ['a long named listener', `${said}, the senator told BBC Radio 4's Today programme.`, said],
  ]
  it.each(cases)('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })

  it('an infinitive after the verb is no tail: the sentence is no trailing report', () => {
    const text = 'And until Thursday, the senator had repeatedly promised to disclose his medical records.'
    expect(contents(text)).toEqual(['to disclose his medical records'])
  })
})
