import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { foundCues } from './found-cues.fixture.ts'

describe('modifiesItsNoun', () => {
  // [case, text, cue word]: the ones asked, described by a participle after their noun
  const described: Array<[string, string, string]> = [
    [
      'a phrase, then the verb',
      'Pupils questioned for a poll have shown little interest in the vote.',
      'questioned',
    ],
    ['the verb right after', 'Most of the firms questioned had no plan for a strike.', 'questioned'],
  ]
  it.each(described)('%s', (_, text, word) => {
    expect(foundCues(text).filter((cue) => cue.includes(word))).toEqual([])
  })

  // [case, text, cue kept]: a question put, in a clause of its own
  const asked: Array<[string, string, string]> = [
    ['"asked whether"', 'Ms Lee asked whether the plan would work.', 'asked'],
    ['a phrase of time, then "if"', 'Mr Reed asked on Monday if the firm would pay.', 'asked'],
    ['a question in inverted order after a name', 'Ms Lee asked would the minister now resign.', 'asked'],
  ]
  it.each(asked)('%s', (_, text, cue) => {
    expect(foundCues(text)).toContain(cue)
  })
})

describe('the ones asked who then speak', () => {
  // [case, text, cue, speaker reason]: the participle describes the speakers; the verb after it reports their
  // words, so the cue runs to that verb, and the unnamed group leaves the speaker null
  const spoke: Array<[string, string, string, string]> = [
    [
      '"the drivers questioned said"',
      'Two in three of the drivers questioned said the roads were worse.',
      'questioned said',
      'unresolved',
    ],
    [
      '"the ones asked told"',
      'Half of the tenants asked told us rents were too high.',
      'asked told',
      // A share of those asked ("Half of …") is anonymous (nameless-group.ts).
      'anonymous',
    ],
    [
      'after a place, "asked said"',
      'In Leeds most of those asked said they cycled to work.',
      'asked said',
      'unresolved',
    ],
  ]
  it.each(spoke)('%s', (_, text, cue, reason) => {
    const found = analyze(text).statements.map((s) => [
      s.cue ? text.slice(s.cue.start, s.cue.end) : '',
      s.speakerReason,
    ])
    expect(found).toEqual([[cue, reason]])
  })
})
