import { describe, expect, it } from 'vitest'
import { firstStance } from './stance-read.fixture.ts'

describe('rivalStance', () => {
  it.each([
    // A party member's words about another party, as subject, possessor or agent, leaning far negative.
    [
      'Liberal Democrat leader Ann Vale said: "Labour has lost the trust of ordinary people."',
      'organization:labour-party',
    ],
    ["Tory leader Tom Reed said the Lib Dems' sums did not add up.", 'organization:liberal-democrats'],
    [
      'Tory leader Tom Reed said: "This is a scurrilous attempt by Labour to score cheap points."',
      'organization:labour-party',
    ],
  ])('%s → oppose %s', (text, target) => {
    expect(firstStance(text)).toEqual([target, 'oppose'])
  })

  it.each([
    // An election forecast, or plain news, judges no one.
    'Tory leader Tom Reed said Labour would lose the election.',
    'Tory leader Tom Reed said Labour would publish its plans next week.',
    // Without a party of their own the speaker is no rival; nor is a member of the same party.
    // Words that judge for the rival leave it to the judging words.
    'Liberal Democrat leader Ann Vale said Labour was wise to reject the Green Party plans.',
    'Economist Ann Vale said: "Labour has lost the trust of ordinary people."',
    'Labour leader Tom Reed said: "Labour has lost the trust of ordinary people."',
  ])('%s → no stance', (text) => {
    expect(firstStance(text)).toBeNull()
  })
})
