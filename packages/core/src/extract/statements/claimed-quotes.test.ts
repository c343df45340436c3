import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** Each statement as "speaker: content parts joined by | ". */
const statementsOf = (text: string) =>
  analyze(text).statements.map(
    (s) =>
      `${s.speaker}: ${(s.contentParts ?? [s.content]).map((part) => text.slice(part.start, part.end)).join(' | ')}`,
  )

describe('a quote that names its own speaker after it is its own statement, not the part of another', () => {
  it.each([
    [
      'Ann Vale met the band in Tarrow. "He was for me what a hero was for other people," she said. "My course was set and he was my pilot," said Vale, who joined them on stage.',
      [
        'person:ann-vale: He was for me what a hero was for other people',
        'person:ann-vale: My course was set and he was my pilot',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(statementsOf(text)).toEqual(expected)
  })

  it('leaves a quote interrupted by its cue in two parts', () => {
    const text = 'Tom Reed spoke in Tarrow on Monday. "The plan," he said, "will work if the port opens."'
    expect(statementsOf(text)).toEqual(['person:tom-reed: The plan | will work if the port opens'])
  })
})
