import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { judgingOrValence } from './stance-valence.ts'

/** The stance of a short text's first statement as [target, polarity], null for none. */
function stance(text: string) {
  const found = analyze(text).statements[0]?.stance
  return found ? [found.target, found.polarity] : null
}

describe('judgingOrValence', () => {
  it.each([
    // The stance lexicon's own words first.
    ['perverse', -1],
    ['honest', 1],
    // Adjectives of strong outside valence the lexicon lacks.
    ['great', 1],
    ['awful', -1],
    ['poor', -1],
    // Feelings tell the mood of whoever has them; nouns and verbs name events; weak or no valence judges nothing.
    ['glad', 0],
    ['confident', 0],
    ['furious', 0],
    ['free', 0],
    ['bomb', 0],
    ['suffered', 0],
    ['war', 0],
    ['important', 0],
    ['table', 0],
  ])('%s → %i', (word, sign) => {
    expect(judgingOrValence(word)).toBe(sign)
  })
})

describe('the learned stance with adjectives of strong valence', () => {
  it.each([
    ['Senator Maria Lopez said Governor Tom Reed was a great leader.', ['person:tom-reed', 'support']],
    ["Senator Maria Lopez said Governor Tom Reed's budget was awful.", ['person:tom-reed', 'oppose']],
    ["Senator Maria Lopez said Governor Tom Reed's answer was poor.", ['person:tom-reed', 'oppose']],
    [
      "Senator Maria Lopez said the Green Party's negative campaign had hurt everyone.",
      ['organization:green-party', 'oppose'],
    ],
    // A feeling said of someone is theirs, not a judgment of them.
    ['Senator Maria Lopez said Governor Tom Reed was glad the vote had passed.', null],
    ['Senator Maria Lopez said Governor Tom Reed was confident of victory.', null],
    ['Senator Maria Lopez said Governor Tom Reed was furious about the vote.', null],
    ['Senator Maria Lopez said Governor Tom Reed was free to go.', null],
    // An event of strong valence judges no one.
    ["Senator Maria Lopez said the bomb had killed Governor Tom Reed's aide.", null],
  ])('%s', (text, expected) => {
    expect(stance(text)).toEqual(expected)
  })
})
