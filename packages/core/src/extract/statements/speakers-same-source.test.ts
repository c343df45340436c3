import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The speaker (or reason for none) of the statement whose content starts with `opening`. */
function speakerOf(text: string, opening: string): string | undefined {
  const { statements } = analyze(text)
  const found = statements.find((statement) => text.slice(statement.content.start).startsWith(opening))
  return found ? (found.speaker ?? `null:${found.speakerReason}`) : undefined
}

describe('every cue of one source has one speaker', () => {
  it.each([
    [
      'a participle after "he claimed" naming another man',
      'Tax row\n\nTom Varle spoke in Leeds on Monday. Mr Brame has failed to tackle the problems, he claimed, saying Mr Brame has the wrong plan for them.',
      'Mr Brame has the wrong',
      'person:tom-varle',
    ],
    [
      'a participle after "he said" whose object is another man',
      'Tax row\n\nTom Varle spoke in Leeds on Monday. "Taxes will rise," he said. That is the record Mr Brame will have to defend in the coming months, he said, urging voters to hold him to account.',
      'to hold him',
      'person:tom-varle',
    ],
    [
      'a named source and the programme it spoke on',
      'Tax row\n\nAnn Vale met farmers on Friday. Speaking on Tarn Radio\'s Morning Live programme, Ms Vale described the meeting as "very useful" and said the plan would work.',
      'the plan would work',
      'person:ann-vale',
    ],
  ])('%s', (_, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker)
  })
})
