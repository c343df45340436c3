import { describe, expect, it } from 'vitest'
import { firstStance } from './stance-read.fixture.ts'

describe('phraseStance: desertion, a wish to see someone gone, a duty owed, an overreaction', () => {
  it.each([
    [
      'Tom Vale said the Green Party turned its back on rural towns years ago.',
      'organization:green-party',
      'oppose',
    ],
    [
      'Tom Vale said the Green Party had turned their backs on the poor.',
      'organization:green-party',
      'oppose',
    ],
    ['"I will be glad to see the back of Ann Reed," Tom Vale said.', 'person:ann-reed', 'oppose'],
    ['Tom Vale said Ann Reed had a moral obligation to repay the grant.', 'person:ann-reed', 'demand'],
    ['Tom Vale said Ann Reed had a duty to explain herself.', 'person:ann-reed', 'demand'],
    ['"Ann Reed has over-reacted," Tom Vale said.', 'person:ann-reed', 'oppose'],
    ['"Ann Reed has overreacted to a small slip," Tom Vale said.', 'person:ann-reed', 'oppose'],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(firstStance(text)).toEqual([target, polarity])
  })

  it.each([
    // Others turning away from the actor, the speaker's own act, a tie owed to someone, a duty of the speaker's.
    'Tom Vale said voters had turned their backs on the Green Party.',
    'Tom Vale said he turned his back on Ann Reed.',
    "Tom Vale said Ann Reed's duty to the party came first.",
    'Tom Vale said Ann Reed had a duty to the voters.',
    '"We have a duty to help Ann Reed," Tom Vale said.',
    'Tom Vale said the fans will see the back of Ann Reed soon.',
  ])('%s → no stance', (text) => {
    expect(firstStance(text)).toBeNull()
  })
})
