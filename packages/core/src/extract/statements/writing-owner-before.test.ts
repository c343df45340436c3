import { describe, expect, it } from 'vitest'
import { tokenize } from '../../parse/tokenize.ts'
import { ownerDescribedBefore } from './writing-owner-before.ts'

/** The words of the described owner of a phrase's writing noun, or null when none is described. */
function owner(phrase: string, noun: string): string | null {
  const tokens = tokenize(phrase)
  const span = ownerDescribedBefore(
    tokens,
    tokens.findIndex((token) => token.text === noun),
  )
  return span ? phrase.slice(span.start, span.end) : null
}

describe('ownerDescribedBefore', () => {
  // [case, phrase, writing noun, the owner's words, or null]
  const cases: Array<[string, string, string, string | null]> = [
    ['a body noun', "The group's survey found costs rose.", 'survey', 'The group'],
    ['with modifiers', "The union's latest yearly report said pay fell.", 'report', 'The union'],
    ['two words of description', "the trade body's review says so", 'review', 'the trade body'],
    ['a name owns it, not a description', "Vale Trust's survey found costs rose.", 'survey', null],
    ['a pronoun owns it', 'Its survey found costs rose.', 'survey', null],
    ['no possessive', 'The group survey found costs rose.', 'survey', null],
    ['a plural possessive is left alone', "The firms' survey found costs rose.", 'survey', null],
    [
      'too many modifiers between',
      "The group's new big long yearly survey found costs rose.",
      'survey',
      null,
    ],
  ]
  it.each(cases)('%s', (_case, phrase, noun, expected) => {
    expect(owner(phrase, noun)).toBe(expected)
  })
})
