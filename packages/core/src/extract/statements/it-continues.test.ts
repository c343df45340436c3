import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The name of the speaker of the statement whose cue is `cue`, or null. */
function speakerOf(text: string, cue: string): string | null | undefined {
  const analysis = analyze(text)
  const names = new Map(analysis.actors.map((actor) => [actor.id, actor.name]))
  const statement = analysis.statements.find((s) => s.cue && text.slice(s.cue.start, s.cue.end) === cue)
  if (!statement) return undefined
  return statement.speaker === null ? null : (names.get(statement.speaker) ?? null)
}

describe('continuedByIt', () => {
  // [text, cue, speaker]: "it added" carries on the one who just spoke, not a place named in its words
  const cases: Array<[string, string, string | null]> = [
    ['Vexco said the UK market had been hard. It added that sales fell.', 'added', 'Vexco'],
    ['Pellcom said the French market was weak. "Orders slowed in May," it added.', 'added', 'Pellcom'],
    [
      'Tarnbrook said the Irish market was quiet. It went on to say that costs rose.',
      'went on to say',
      'Tarnbrook',
    ],
    // Not a verb that carries words on, nor a speaker close enough: no change.
    ['The report said prices rose. Tom Reed disagreed. It added that sales fell.', 'added', null],
  ]
  it.each(cases)('%s', (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker)
  })
})
