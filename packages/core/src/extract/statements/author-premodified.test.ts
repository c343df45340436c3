import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildAnchors } from './anchors.ts'
import { personAfterPremodifiers } from './author-premodified.ts'
import { actor } from './speaker-actors.fixture.ts'

/** The person found after the word "by" in a text naming Tom Reed and the Vale Trust, or undefined. */
function authorAfterBy(text: string): string | undefined {
  const parsed = parseArticle(text)
  const anchors = buildAnchors([
    actor(text, 'person:tom-reed', ['Tom Reed']),
    actor(text, 'organization:vale-trust', ['Vale Trust']),
  ])
  const by = parsed.tokens.findIndex((token) => token.text === 'by')
  return personAfterPremodifiers(parsed.tokens, anchors, by + 1, text.length)?.actor
}

describe('a person named after describing words', () => {
  it.each([
    [
      'a body and a job noun before the name',
      'Pay row\n\nA study by Vale Trust economist Tom Reed.',
      'person:tom-reed',
    ],
    ['a job noun alone before the name', 'Pay row\n\nA study by economist Tom Reed.', 'person:tom-reed'],
    [
      'a possessive body and a post',
      "Pay row\n\nA study by the Vale Trust's chief economist Tom Reed.",
      'person:tom-reed',
    ],
    ['the name right after "by" is left to the caller', 'Pay row\n\nA study by Tom Reed.', undefined],
    ['"and" ends the description', 'Pay row\n\nA study by the Vale Trust and Tom Reed.', undefined],
    ['no lower-case noun before the name', 'Pay row\n\nA study by Vale Trust, Tom Reed.', undefined],
    [
      'too many words before the name',
      'Pay row\n\nA study by a very old tired retired local economist Tom Reed.',
      undefined,
    ],
  ])('%s', (_case, text, expected) => {
    expect(authorAfterBy(text)).toBe(expected)
  })

  // No duration is compared (the suite's time limit catches a pattern that backtracks; a busy machine must not fail it).
  it('reads a long run of words', () => {
    const text = `Pay row\n\nA study by ${'economist '.repeat(5000)}Tom Reed.`
    expect(authorAfterBy(text)).toBeUndefined()
  })
})
