import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The source and content of each statement analyze finds in a text, as written. */
const found = (text: string) =>
  analyze(text).statements.map((statement) => ({
    source: statement.source ? text.slice(statement.source.start, statement.source.end) : '',
    content: text.slice(statement.content.start, statement.content.end),
  }))

describe('opensWithAccordingTo', () => {
  // [text, source, content]: a sentence after "According to X," is a clause, even when its verb reads as a noun
  const cases: Array<[string, string, string]> = [
    ['According to Reed, prices rise.', 'Reed', 'prices rise'],
    ['According to Ann Vale, bus fares rise in May.', 'Ann Vale', 'bus fares rise in May'],
    [
      'But according to Tom Reed, fires in the hills release smoke.',
      'Tom Reed',
      'fires in the hills release smoke',
    ],
    [
      'According to the chief engineer, dams in the north leak.',
      'the chief engineer',
      'dams in the north leak',
    ],
  ]
  it.each(cases)('%s', (text, source, content) => {
    expect(found(text)).toContainEqual({ source, content })
  })

  // [text]: no statement: a norm, a lone word, a noun phrase before the cue
  const none: Array<[string]> = [
    ['According to tradition, the mayor lights the lamp.'],
    ['According to Reed, yes.'],
    ['Ann Vale, the new chief, according to sources.'],
  ]
  it.each(none)('%s', (text) => {
    expect(found(text)).toEqual([])
  })
})
