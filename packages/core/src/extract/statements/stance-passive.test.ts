import { describe, expect, it } from 'vitest'
import { lastRead } from './stance-read.fixture.ts'

// The speaker is named first, so "Cole" in the next sentence is the speaker and the object a second person.
const NAMED = 'Premier Ann Cole spoke on Monday.'

describe('cueStance: a demand that something be done to its object', () => {
  it.each([
    [`${NAMED} Cole called for Dunn and Melling to be given a fair trial.`, 'called for'],
    [`${NAMED} Cole called for Dunn to be released from prison.`, 'called for'],
    [`${NAMED} Cole urged Dunn and Melling to be sent home.`, 'urged'],
  ])('%s → no demand of the one acted upon', (text, cue) => {
    expect(lastRead(text)).toMatchObject({ cue, stance: null })
  })

  it.each([
    // The one urged still has to act: an act of their own, an adjective, a participle of how they should be.
    `${NAMED} Cole called for Dunn to resign at once.`,
    `${NAMED} Cole urged Dunn to be careful with the money.`,
    `${NAMED} Cole urged Dunn to be prepared to compromise.`,
    `${NAMED} Cole called for Dunn and Melling to end the strike.`,
  ])('%s → demand of Dunn', (text) => {
    expect(lastRead(text).stance).toEqual(['person:dunn', 'demand'])
  })
})
