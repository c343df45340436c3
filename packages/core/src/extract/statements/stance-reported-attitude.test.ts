import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stance of a text's last statement as [target, polarity], null for none. */
function lastStance(text: string) {
  const stance = analyze(`Tom Reed spoke on Monday. ${text}`).statements.at(-1)?.stance
  return stance ? [stance.target, stance.polarity] : null
}

describe('reportedAttitude: what other people feel about someone, as the speaker reports it', () => {
  it.each([
    'Ann Vale said shoppers did not trust Tom Reed with the budget.',
    'Ann Vale said they no longer trusted Tom Reed on housing.',
    'Ann Vale said farmers simply do not trust Tom Reed.',
  ])('%s → no stance', (text) => {
    expect(lastStance(text)).toBeNull()
  })

  it.each([
    // The speaker's own feeling is a stance.
    ['Ann Vale said she did not trust Tom Reed with the budget.', 'oppose'],
  ])('%s → %s of Tom Reed', (text, polarity) => {
    expect(lastStance(text)).toEqual(['person:tom-reed', polarity])
  })
})
