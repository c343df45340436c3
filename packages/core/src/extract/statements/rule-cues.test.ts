import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { makeCue } from './cue.ts'
import { findCues } from './cues.ts'
import { shippedModel } from './model.ts'
import { isReducedPassive } from './rule-cues.ts'

/** The words of each cue found in a short text. */
function cueWords(text: string): string[] {
  const context = buildContext(parseArticle(text))
  return findCues(context, shippedModel()).map((cue) =>
    context.tokens
      .slice(cue.start, cue.end)
      .map((token) => token.text)
      .join(' '),
  )
}

describe('isSaidIdiom: "said" in an idiom that opens a sentence is no cue', () => {
  it.each([
    // [case, text, cue words found]
    [
      '"That said," with a comma',
      'That said, the council have argued that the cuts are needed.',
      ['have argued'],
    ],
    [
      '"That said" with no comma',
      'That said the council have argued that the cuts are needed.',
      ['have argued'],
    ],
    ['"Having said that"', 'Having said that, the mayor insisted the depot was safe.', ['insisted']],
    ['a speaker who said that', 'Tom Rake said that the depot was safe.', ['said']],
    ['"that" inside a sentence', 'A report that said the depot was unsafe was withdrawn.', ['said']],
  ])('%s', (_case, text, cues) => {
    expect(cueWords(text)).toEqual(cues)
  })
})

describe('findSpeechVerbCues: a verb that only reports words is a cue after its subject', () => {
  it.each([
    // [case, text, whether "maintained" / "said" is among the cues]
    [
      'after a possessive name the tagger passes over',
      "But Film Weekly's Dan Kerr maintained the awards only generated excitement when a blockbuster was nominated.",
      'maintained',
      true,
    ],
    ['after "what": a noun phrase', 'We will look at what Tom Rake said about the depot.', 'said', false],
    ['inside a quote', '"I said that because I was tired," Ms Orr admitted.', 'said', false],
  ])('%s', (_case, text, word, found) => {
    expect(cueWords(text).includes(word)).toBe(found)
  })
})

describe('findSpeechVerbCues: a speech given out before it is made', () => {
  it.each([
    // [case, text, cue words found]
    [
      '"was due to say" after a quote',
      '"We owe a duty to those fleeing persecution," he was due to say. "But we must act."',
      'was due to say',
      true,
    ],
    ['"due to" an event: no speech', 'The vote was due to take place on Monday.', 'was due to take', false],
  ])('%s', (_case, text, word, found) => {
    expect(cueWords(text).includes(word)).toBe(found)
  })
})

describe('isReducedPassive: a participle that only modifies the noun before it is no cue', () => {
  it.each([
    // [text, the participle, reduced]
    ['The withdrawal ordered by the president was completed.', 'ordered', true],
    ['Of the kites found by pupils at the fair, few could fly.', 'found', true],
    ['The nurse found by chance “the ward is empty”.', 'found', false],
    ['The letters written by the mayor were lost.', 'written', true],
    ['She found by chance that the gate was open.', 'found', false],
    ['The mayor said by email that the gate was open.', 'said', false],
  ])('%s', (text, word, expected) => {
    const context = buildContext(parseArticle(text))
    const t = context.tokens.findIndex((token) => token.text === word)
    expect(t).toBeGreaterThan(0)
    expect(isReducedPassive(context, makeCue(context, t, t + 1))).toBe(expected)
  })
})
