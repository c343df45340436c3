import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The source, cue and content of each statement analyze finds in a text, as written. */
const found = (text: string) =>
  analyze(text).statements.map((statement) => ({
    source: statement.source ? text.slice(statement.source.start, statement.source.end) : '',
    cue: statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '',
    content: text.slice(statement.content.start, statement.content.end),
  }))

describe('findAsByCues', () => {
  // [text, source, cue, content]: "…, as noted by X" vouches for the words before it
  const cases: Array<[string, string, string, string]> = [
    [
      'Fish is good for your eyes, as noted by optician Dr. Ann Vale.',
      'optician Dr. Ann Vale',
      'noted',
      'Fish is good for your eyes',
    ],
    [
      'Walking helps the heart, as explained by surgeon Dr. Tom Reed.',
      'surgeon Dr. Tom Reed',
      'explained',
      'Walking helps the heart',
    ],
    [
      'Rents have doubled since 2010, as stated by housing charity Roofline.',
      'housing charity Roofline',
      'stated',
      'Rents have doubled since 2010',
    ],
  ]
  it.each(cases)('%s', (text, source, cue, content) => {
    expect(found(text)).toContainEqual({ source, cue, content })
  })

  // [text]: no "by", or inside a quote given to someone else
  const none: Array<[string]> = [['Fish helps, as noted in the report.'], ['Fish helps, as said before.']]
  it.each(none)('%s', (text) => {
    expect(found(text)).toEqual([])
  })

  it('leaves "as noted by" inside a quote to the quote\'s speaker', () => {
    const text = '"Fish helps, as noted by the report," Ann Vale said.'
    expect(found(text).map((statement) => statement.cue)).toEqual(['said'])
  })
})
