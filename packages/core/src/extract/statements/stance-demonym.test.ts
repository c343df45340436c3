import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { firstStance } from './stance-read.fixture.ts'

describe('a demonym for a state that acts', () => {
  it.each([
    // Its forces and its armed acts stand for the country; a violent act blames it.
    [
      'Dr Ann Reed said the Russian assault on the city had left the hospital in ruins.',
      'country:russia',
      'blame',
    ],
    ['Dr Ann Reed said Russian troops had killed dozens of civilians.', 'country:russia', 'blame'],
    // A judging word that is no violent act opposes.
    ['Dr Ann Reed said the Russian military had failed the soldiers.', 'country:russia', 'oppose'],
    // A naming verb's object.
    [
      'Foreign Minister Ann Reed called the Russian strikes a violation of international law.',
      'country:russia',
      'oppose',
    ],
    ['Foreign Minister Ann Reed described the Russian blockade as cruel.', 'country:russia', 'oppose'],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(firstStance(text)).toEqual([target, polarity])
  })

  it.each([
    // Its people and its press do not act for the state.
    ['Dr Ann Reed said Russian voters had failed the party.'],
    ['Dr Ann Reed said Russian media had misled viewers.'],
    // Troops killed by another: the demonym is the victim, not the agent.
    ['Dr Ann Reed said rebels had killed Russian troops.'],
    ['Foreign Minister Ann Reed described Russian voters as brave.'],
  ])('leaves stance out: %s', (text) => {
    expect(analyze(text).statements.length).toBeGreaterThan(0)
    expect(firstStance(text)).toBeNull()
  })
})
