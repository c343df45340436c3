import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The speaker of the statement whose source is `source`. */
function speakerOf(text: string, source: string): string | null | undefined {
  const { statements } = analyze(text)
  return statements.find((s) => s.source && text.slice(s.source.start, s.source.end) === source)?.speaker
}

describe('a speaker taken for a body that names an office', () => {
  it.each([
    [
      'Health row\n\nChief Medical Officer Dr Tom Reed wrote to the minister. The CMO told the minister that cases would rise.',
      'The CMO',
      'person:tom-reed',
    ],
    [
      'Health row\n\nThe risk is high, warned World Health Organization (WHO) Director Ann Vale. The WHO Director also urged countries to test more.',
      'The WHO Director',
      'person:ann-vale',
    ],
    // The one director named heads another body: the office stays the body's.
    [
      'Health row\n\nCDC Director Jane Roe said the virus was spreading. The WHO said cases rose. The WHO Director also urged countries to test more.',
      'The WHO Director',
      null,
    ],
    // Initials of a body before a possessive name stay the body.
    [
      "Trade row\n\nThe European Union's Peter Vale spoke. The EU said tariffs would rise.",
      'The EU',
      'organization:european-union',
    ],
  ])('%s', (text, source, speaker) => {
    if (speaker === null) expect(speakerOf(text, source)).not.toBe('person:jane-roe')
    else expect(speakerOf(text, source)).toBe(speaker)
  })
})
