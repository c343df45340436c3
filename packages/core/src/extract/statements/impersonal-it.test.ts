import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The speaker's name, or the reason for none, of the statement whose cue is `cue`. */
function speakerAt(text: string, cue: string): string | undefined {
  const analysis = analyze(text)
  const statement = analysis.statements.find((s) => s.cue && text.slice(s.cue.start, s.cue.end) === cue)
  if (!statement) return undefined
  return analysis.actors.find((a) => a.id === statement.speaker)?.name ?? statement.speakerReason
}

describe('isImpersonalPassive', () => {
  // [case, text, cue, speaker name or reason]
  const cases: Array<[string, string, string, string]> = [
    [
      '"It has been suggested" names no one',
      'Skills\n\nThe Confederation of British Industry is worried. It has been suggested the government will act.',
      'has been suggested',
      'anonymous',
    ],
    [
      '"It was claimed" names no one',
      'Skills\n\nThe Confederation of British Industry is worried. It was claimed that jobs would go.',
      'was claimed',
      'anonymous',
    ],
    [
      '"It has warned" is the body speaking',
      'Skills\n\nThe Confederation of British Industry is worried. It has warned that jobs will go.',
      'has warned',
      'Confederation of British Industry',
    ],
  ]
  it.each(cases)('%s', (_case, text, cue, expected) => {
    expect(speakerAt(text, cue)).toBe(expected)
  })
})
