import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { startAtComplement } from './complement-start.ts'
import { buildContext } from './context.ts'

/** The words startAtComplement leaves of a content that runs from the first word after the cue to the last word. */
function started(text: string, cueWord: string): string {
  const context = buildContext(parseArticle(text))
  const cue = context.tokens.findIndex((token) => token.text === cueWord)
  let start = cue + 1
  while (start < context.tokens.length && !context.isWord[start]) start++
  let last = context.tokens.length - 1
  while (last > 0 && !context.isWord[last]) last--
  const place = startAtComplement(context, { start, last, side: 'after' })
  return text.slice(context.tokens[place.start]?.start, context.tokens[place.last]?.end)
}

describe('startAtComplement', () => {
  // [case, text, cue word, the content left]
  const cases: Array<[string, string, string, string]> = [
    [
      'a day before "that"',
      'The mayor said Tuesday that the bridge would reopen.',
      'said',
      'that the bridge would reopen',
    ],
    [
      'a phrase of place before "that"',
      'Ms Dale said in her weekly column that rents had doubled.',
      'said',
      'that rents had doubled',
    ],
    [
      'a time and an occasion before "to"',
      'The union promised last week at its conference to oppose the cuts.',
      'promised',
      'to oppose the cuts',
    ],
    [
      'a phrase before "not to"',
      'The board decided during a long meeting not to sell the farm.',
      'decided',
      'not to sell the farm',
    ],
    // Must not fire:
    [
      'an object before "to" stays',
      'The coach urged Maria to keep running.',
      'urged',
      'Maria to keep running',
    ],
    [
      'a relative "that" on the phrase stays',
      'He said in a note that came later the deal was off.',
      'said',
      'in a note that came later the deal was off',
    ],
    [
      'a topic before an infinitive stays',
      'They spoke about ways to cut waste.',
      'spoke',
      'about ways to cut waste',
    ],
    [
      'a content that opens with "that" stays',
      'She said that in May the shop closed.',
      'said',
      'that in May the shop closed',
    ],
    [
      'a subject of the reported clause stays',
      'He said Leeds hopes that the fans return.',
      'said',
      'Leeds hopes that the fans return',
    ],
  ]
  it.each(cases)('%s', (_, text, cueWord, content) => {
    expect(started(text, cueWord)).toBe(content)
  })
})
