import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

describe('verbs of showing with a thing as subject', () => {
  // [text, cue words of the statements kept]
  const cases: Array<[string, string[]]> = [
    ['Slim and light, the new handset emphasises long battery life.', []],
    ['The cheaper consoles highlight how far prices have fallen.', []],
    ['Though sold as toys, the phones highlighted the sort of styles to come.', []],
    ['The brightest lamps are highlighted in a hall near the gate.', []],
    ['New lamps at the fair are highlighted in the Design Hall, which honours fresh work.', []],
    ['The firm emphasised that the lamps were safe.', ['emphasised']],
    ['Ms Vale highlighted that rents had doubled.', ['highlighted']],
    ['The report highlights that rents have doubled.', ['highlights']],
    ['It was revealed that the mayor had resigned.', ['was revealed']],
    ['"It is safe," the device emphasises in a recorded voice.', ['emphasises']],
  ]
  it.each(cases)('%s', (text, cues) => {
    const found = analyze(text).statements.map((s) => (s.cue ? text.slice(s.cue.start, s.cue.end) : ''))
    expect(found).toEqual(cues)
  })
})
