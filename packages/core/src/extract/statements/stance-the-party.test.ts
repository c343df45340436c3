import { describe, expect, it } from 'vitest'
import { lastRead, lastStance } from './stance-read.fixture.ts'

describe('partyAnchors: "the party" as the one party just named', () => {
  it.each([
    [
      'Labour mailed gift vouchers to pensioners. Opponents have accused the party of bribing the elderly.',
      'blame',
    ],
    ['The Green Party held its conference. Ann Vale accused the party of ignoring farmers.', 'blame'],
    ['Labour met in Leeds. Ann Vale urged the party to think again about the tax.', 'demand'],
    ['Ann Vale, who left Labour in May, criticised the party for its silence.', 'oppose'],
  ])('%s → %s', (text, polarity) => {
    const party = text.startsWith('The Green') ? 'organization:green-party' : 'organization:labour-party'
    expect(lastStance(text)).toEqual([party, polarity])
  })

  it.each([
    // Two parties named just before: which one is meant is a guess.
    [
      'Labour and the Tories mailed gift vouchers to pensioners. Opponents have accused the party of bribing the elderly.',
      'have accused',
      'the party of bribing the elderly',
    ],
    // "the party" qualifying another noun names someone else.
    [
      'Labour mailed gift vouchers. Ann Vale criticised the party leader for his letters.',
      'criticised',
      'the party leader for his letters',
    ],
    // No party named in the sentence before or its own.
    [
      'Labour mailed gift vouchers. The vouchers arrived in May. Ann Vale accused the party of bribing the elderly.',
      'accused',
      'the party of bribing the elderly',
    ],
  ])('%s → none', (text, cue, content) => {
    expect(lastRead(text)).toEqual({ cue, content, stance: null })
  })

  it("in the speaker's own quoted words 'the party' is not taken for the party named before", () => {
    const text =
      'Ann Vale spoke after Labour met. She said: "What has hurt the party is the feud between two men we respect."'
    expect(lastRead(text)).toEqual({
      cue: 'said:',
      content: 'What has hurt the party is the feud between two men we respect',
      stance: null,
    })
  })
})
