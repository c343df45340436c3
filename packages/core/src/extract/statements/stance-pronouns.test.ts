import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stance of a short text's last statement as [target, polarity], null for none. */
function lastStance(text: string) {
  const stance = analyze(text).statements.at(-1)?.stance
  return stance ? [stance.target, stance.polarity] : null
}

describe('pronounTargets: a pronoun in the speaker’s quoted words', () => {
  it.each([
    // The one man named before the quote, whatever the coreference linked "he" to.
    ['Tom Reed resigned on Monday. "He was a decent man who served us well," Ann Vale said.', 'support'],
    ['Tom Reed spoke to the press on Monday. "He should apologise to the nurses," Ken Vale said.', 'demand'],
    ['Tom Reed left the board in May. Ann Vale said: "I think he is a great leader."', 'support'],
  ])('%s → %s of Tom Reed', (text, polarity) => {
    expect(lastStance(text)).toEqual(['person:tom-reed', polarity])
  })

  it.each([
    // A woman named before a "he": the pronoun stands for no one the text names.
    'Ann Reed left the board in May. "He was a decent man who served us well," Ann Vale said.',
    // The speaker is never the one "he" stands for in his own words, and no one else is named.
    '"He was a decent man who served us well," Ken Vale said.',
  ])('%s → no stance', (text) => {
    expect(lastStance(text)).toBeNull()
  })
})

describe('pronounTargets: a pronoun in reported speech', () => {
  it.each([
    // A "he" a woman reports is not herself.
    ['Tom Reed resigned on Monday. Ann Vale said he was a decent man.', 'support'],
    ['Tom Reed spoke to the press on Monday. Ann Vale said he had failed the voters.', 'oppose'],
  ])('%s → %s of Tom Reed', (text, polarity) => {
    expect(lastStance(text)).toEqual(['person:tom-reed', polarity])
  })

  it.each([
    // A "he" a man reports may be himself; two men named leave it open.
    'Tom Reed resigned on Monday. Ken Vale said he was a decent man.',
    'Tom Reed and Ken Hale spoke on Monday. Ann Vale said he had failed the voters.',
  ])('%s → no stance', (text) => {
    expect(lastStance(text)).toBeNull()
  })
})
