import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The source and content of each statement analyze finds in a text, as written. */
const found = (text: string) =>
  analyze(text).statements.map((statement) => ({
    source: statement.source ? text.slice(statement.source.start, statement.source.end) : '',
    content: text.slice(statement.content.start, statement.content.end),
  }))

describe('a verb of saying inverted before a bare plural, set off by commas', () => {
  // [text, source, content]
  const cases: Array<[string, string, string]> = [
    [
      'So, argue planners, there is room for more homes.',
      'planners',
      'So, argue planners, there is room for more homes',
    ],
    ['The new bridge, said engineers, was safe.', 'engineers', 'The new bridge, said engineers, was safe'],
    ['Bus fares, say drivers, probably will rise.', 'drivers', 'Bus fares, say drivers, probably will rise'],
    [
      'Fares, argue campaigners, will rise again.',
      'campaigners',
      'Fares, argue campaigners, will rise again',
    ],
    [
      'Above all, say doctors, the new wards are too small.',
      'doctors',
      'Above all, say doctors, the new wards are too small',
    ],
  ]
  it.each(cases)('%s', (text, source, content) => {
    expect(found(text)).toContainEqual({ source, content })
  })

  // [text, a source that must not be given]: no bare group set off after the cue
  const others: Array<[string, string]> = [
    ['The driver stopped, said prayers, and left.', 'prayers'],
    ['The mayor, said nothing, left early.', 'nothing'],
    ['The cook sliced leeks, added carrots, peas and salt.', 'carrots'],
    ['The club lost money, claimed debts, the fans left.', 'debts'],
  ]
  it.each(others)('%s', (text, source) => {
    expect(found(text).map((statement) => statement.source)).not.toContain(source)
  })
})
