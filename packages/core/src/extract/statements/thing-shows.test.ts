import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

describe('verbs of showing in a passive with nothing said', () => {
  // [text, cue words of the statements kept]
  const cases: Array<[string, string[]]> = [
    ['The oldest maps are highlighted in a room near the stairs.', []],
    ['Rare coins from the hoard are shown in the east wing, which opened in spring.', []],
    ['The players emphasised their commitment.', ['emphasised']],
    ['The union emphasised that the strike would go ahead.', ['emphasised']],
    ['Mr Okafor highlighted that fares had risen twice.', ['highlighted']],
    ['The audit highlights that waiting lists have grown.', ['highlights']],
    ['It was revealed that the mayor had resigned.', ['was revealed']],
    ['It was revealed on Monday that the mayor had resigned.', ['was revealed']],
    ['It was revealed last night that the club had been sold.', ['was revealed']],
    ['"We will not close," the landlord emphasised at the meeting.', ['emphasised']],
  ]
  it.each(cases)('%s', (text, cues) => {
    const found = analyze(text).statements.map((s) => (s.cue ? text.slice(s.cue.start, s.cue.end) : ''))
    expect(found).toEqual(cues)
  })
})
