import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The contents analyze finds in a text, as written. */
const contents = (text: string) =>
  analyze(text).statements.map((statement) => text.slice(statement.content.start, statement.content.end))

describe('fromQuoteOpen', () => {
  // [case, text, the content found]
  const cases: Array<[string, string, string]> = [
    [
      'three sentences quoted before a long title and the cue',
      '“We hope to invite growers from the valley. We hope to have bankers from the coast. We will also have cooks at the fair,” Minister of Farming, Senator Ann Vale, told the radio.',
      'We hope to invite growers from the valley. We hope to have bankers from the coast. We will also have cooks at the fair',
    ],
    [
      'three sentences quoted before a described speaker and a name set off after it',
      '"We lost the match. The pitch was poor. We will train harder," the coach of the side, Tom Reed, told reporters.',
      'We lost the match. The pitch was poor. We will train harder',
    ],
  ]
  it.each(cases)('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })
})
