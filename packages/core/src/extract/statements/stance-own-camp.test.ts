import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stance of the first statement of a short text, as [target, polarity], or null. */
function firstStance(text: string) {
  const stance = analyze(text).statements[0]?.stance
  return stance ? [stance.target, stance.polarity] : null
}

describe("a verb of criticism toward the speaker's own party", () => {
  it.each([
    [
      'Tory MP Tom Harper criticised the Conservatives over the tax plan.',
      ['organization:conservative-party', 'oppose'],
    ],
    ['Labour MP Ruth Gale attacked Labour over its housing policy.', ['organization:labour-party', 'oppose']],
    // Only a verb of criticism with the party for its object: what the speaker says of their side stays unread.
    ['Tory MP Tom Harper said the Conservatives had failed on housing.', null],
    // The speaker is never their own target.
    ['The Conservatives criticised the Conservatives.', null],
  ])('%s', (text, expected) => {
    expect(firstStance(text)).toEqual(expected)
  })
})
