import { describe, expect, it } from 'vitest'
import { lastRead } from './stance-read.fixture.ts'

describe('cueStance: "threatens to" said of a thing, without a speaker', () => {
  it.each([
    'The pay row threatens to derail talks between Labour and the Conservatives.',
    'The new levy threatens to undermine trade between Norland and Veltrax Holdings.',
    'The strike threatened to disrupt deliveries for Veltrax Holdings.',
  ])('%s → no threat', (text) => {
    expect(lastRead(text)).toMatchObject({ cue: expect.stringMatching(/^threaten/), stance: null })
  })

  it.each([
    // A person's threat, and a threat of an act done on purpose, are threats.
    ['Senator Ruth Abbot threatened to derail talks with Veltrax Holdings.', 'organization:veltrax-holdings'],
    ['Some protesters threatened to sue Veltrax Holdings over the leak.', 'organization:veltrax-holdings'],
  ])('%s → threat to %s', (text, target) => {
    expect(lastRead(text).stance).toEqual([target, 'threaten'])
  })
})
