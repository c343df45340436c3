import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The source and content of each statement analyze finds in a text, as written. */
const found = (text: string) =>
  analyze(text).statements.map((statement) => ({
    source: statement.source ? text.slice(statement.source.start, statement.source.end) : '',
    content: text.slice(statement.content.start, statement.content.end),
  }))

/** The contents only. */
const contents = (text: string) => found(text).map((statement) => statement.content)

describe('a paper and its maker after an inverted cue', () => {
  // [text, content]: what the paper says lies before the cue, not the paper after it
  const cases: Array<[string, string]> = [
    ['The law protects people, said the leaflet published by the police.', 'The law protects people'],
    ['Prices will rise, said the report issued by the bank.', 'Prices will rise'],
    [
      'Tenants may refuse, said the booklet published jointly by the council and the Tenants Union (TU).',
      'Tenants may refuse',
    ],
    [
      'Rents will fall, said the guidance written by the Housing Office (HO) and the Union of Rural Landlords (URL).',
      'Rents will fall',
    ],
  ]
  it.each(cases)('%s', (text, content) => {
    expect(contents(text)).toEqual([content])
  })

  // [text, a content that must not be given]: a thing written by someone is no speaker
  const others: Array<[string, string]> = [
    ['He paused, said a prayer written by his mother, and left.', 'He paused'],
    ['He paused, said grace and left.', 'He paused'],
  ]
  it.each(others)('%s', (text, content) => {
    expect(contents(text)).not.toContain(content)
  })
})

describe('a described speaker ending in a name, then a clause after its comma', () => {
  // [text, source, content]
  const cases: Array<[string, string, string]> = [
    [
      'It is good, says pharmacist Leslie Holm, as long as you eat well.',
      'pharmacist Leslie Holm',
      'It is good',
    ],
    [
      'Rates will rise, said bank economist Ann Lee, though not by much.',
      'bank economist Ann Lee',
      'Rates will rise',
    ],
    ['Sales are slow, says shop owner Tom Reed, but not for long.', 'shop owner Tom Reed', 'Sales are slow'],
  ]
  it.each(cases)('%s', (text, source, content) => {
    expect(found(text)).toContainEqual({ source, content })
  })

  // [text, a content that must not be given]: no name ends the words after the cue
  const others: Array<[string, string]> = [['He paused, said a prayer, and left.', 'He paused']]
  it.each(others)('%s', (text, content) => {
    expect(contents(text)).not.toContain(content)
  })
})
