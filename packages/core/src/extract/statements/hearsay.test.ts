import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { isHearsay } from './hearsay.ts'

/** isHearsay at the first place of `word` in `text`. */
function hearsay(text: string, word: string): boolean {
  const context = buildContext(parseArticle(text))
  const at = context.tokens.findIndex((token) => token.text === word)
  expect(at, `"${word}" in the text`).toBeGreaterThanOrEqual(0)
  return isHearsay(context, at)
}

describe('isHearsay', () => {
  it.each([
    // [case, text, cue word, hearsay]
    ['said to be', 'The singer Ola Tarn is said to be furious about the leak.', 'said', true],
    ['said to have, with an adverb', 'The minister was widely said to have misled the House.', 'said', true],
    [
      'reported to have',
      "Mr Vell's latest offer is reported to have cut the debt by £200m.",
      'reported',
      true,
    ],
    ['understood to', 'The club is understood to be close to a deal.', 'understood', true],
    ['alleged to have', 'The remarks Mr Vell is alleged to have made caused a row.', 'alleged', true],
    ['plural, after "also"', 'German politicians are also said to be angry over the move.', 'said', true],
    [
      'found to have, no finder named',
      'The bank was found to have broken the rules on loans.',
      'found',
      true,
    ],
    ['shown to, no one named', 'The drug was shown to cut the risk of stroke.', 'shown', true],
    ['found that', 'The inquiry found that the bank had broken the rules.', 'found', false],
    ['said by someone', 'Mr Dunn said taxes would rise.', 'said', false],
    ['said to the committee', 'It was said to the committee that costs had doubled.', 'said', false],
    ['quoted as saying', 'The coach is quoted as saying he will stay.', 'quoted', false],
    ['reported that', 'The paper reported that the deal was off.', 'reported', false],
    ['told to leave', 'The protesters were told to leave the square.', 'told', false],
    [
      'reduced onto a noun, the verb after',
      'Fines against firms alleged to have dumped waste were paid on Monday.',
      'alleged',
      true,
    ],
    ['reduced, "to be"', 'A driver said to be drunk was arrested near the bridge.', 'said', true],
    ['no verb after the infinitive', 'Police said to be careful on the roads.', 'said', false],
    ['a name before it', 'Ms Okoro said to have patience.', 'said', false],
    ['a verb past "because"', 'Guards said to be calm because the gate was shut.', 'said', false],
    ['a verb past a comma', 'The nurse said to be patient, and we waited.', 'said', false],
    ['a verb past "as"', 'The teacher said to be quiet as the bell rang.', 'said', false],
    ['an infinitive after', 'Police said to be careful to drive slowly.', 'said', false],
    ['a present verb after', 'The baker alleged to have sold stale bread denies it.', 'alleged', true],
  ])('%s', (_case, text, word, expected) => {
    expect(hearsay(text, word)).toBe(expected)
  })
})
