import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The first stance of a short text's statements as [target, polarity], null for none. */
function firstStance(text: string) {
  const stance = analyze(text).statements.find((statement) => statement.stance)?.stance
  return stance ? [stance.target, stance.polarity] : null
}

describe('a possessive after a judging verb stands for the one whose act is judged', () => {
  it.each([
    [
      'Tom Reed apologised to the House on Monday. Jane Doe welcomed his apology and said the matter was closed.',
      'person:tom-reed',
      'support',
    ],
    [
      'Tom Reed set out his tax plans in a speech. Jane Doe attacked his plans and said they would cost jobs.',
      'person:tom-reed',
      'oppose',
    ],
    [
      'Mary Vale rejoined the campaign team this week. Jane Doe welcomed her return, saying she was a fine organiser.',
      'person:mary-vale',
      'support',
    ],
    [
      'The Green Party published its manifesto. Tom Reed criticised their costings, saying the sums did not add up.',
      'organization:green-party',
      'oppose',
    ],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(firstStance(text)).toEqual([target, polarity])
  })

  it.each([
    // "defended his record" is most often the speaker's own.
    ['Mary Vale spoke on Monday. Jane Doe defended her record, saying waiting lists had fallen.'],
    // Someone the possessor has is not the possessor: the target is left to a guess.
    ['Mary Vale spoke on Monday. Jane Doe praised her team for their hard work.'],
    // The speaker named last before "her", other than as the verb's subject, is whom it stands for.
    ['Mary Vale spoke on Monday. Jane Doe said the row had hurt Jane Doe and welcomed her apology.'],
    // A thing is no act to judge: "slammed his racket" is his own.
    ['Tom Reed lost the first set. Ken Vale slammed his racket onto the ground in disgust.'],
    // In the passive the possessive is the subject's own.
    ['The Labour Party spoke on Monday. The Greens are also lambasted for their plans.'],
    // A possessive of the other gender does not stand for him.
    ['Tom Reed spoke on Monday. Jane Doe welcomed her own decision to stand again.'],
  ])('leaves stance out: %s', (text) => {
    const found = analyze(text).statements
    expect(found.length).toBeGreaterThan(0)
    for (const statement of found) expect(statement.stance).toBeUndefined()
  })
})
