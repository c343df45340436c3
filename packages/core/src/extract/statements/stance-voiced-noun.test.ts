import { describe, expect, it } from 'vitest'
import { lastRead } from './stance-read.fixture.ts'

describe('nominalStance: a stance noun voiced in the cue without a possessive', () => {
  it.each([
    ['Councillor Joan Pike voiced strong criticism of Harold Finch over the budget.', 'oppose'],
    ['Councillor Joan Pike expressed support for Harold Finch on the plan.', 'support'],
    ['Councillor Joan Pike reiterated criticism of Harold Finch at the meeting.', 'oppose'],
  ])('%s → %s', (text, polarity) => {
    expect(lastRead(text).stance).toEqual(['person:harold-finch', polarity])
  })

  it.each([
    // Someone else's criticism the speaker only reports, or one made by another.
    'Councillor Joan Pike cited criticism of Harold Finch by the auditors.',
    'Councillor Joan Pike repeated the criticism of Harold Finch made by the auditors.',
  ])('%s → none', (text) => {
    expect(lastRead(text)).toMatchObject({ cue: expect.stringMatching(/^(?:cited|repeated)/), stance: null })
  })
})
