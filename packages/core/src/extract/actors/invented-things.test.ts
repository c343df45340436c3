import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'
import { dropLowerCasedNames } from './invented-things.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { tagArticle } from './tag-article.ts'

const namesOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.name)

describe('words taken for names', () => {
  it.each([
    ['He said, "Oh that is not fair, these people should pay."', 'Oh'],
    ['She wrote: "Wow, what a night for the town."', 'Wow'],
    ['Police stops of black and Latino young people rose.', 'Latino'],
    ['The Coronavirus spread fast. The coronavirus closed schools.', 'Coronavirus'],
  ])('%s: no actor %s', (text, word) => {
    expect(namesOf(text)).not.toContain(word)
  })

  it.each([
    ['Trade between Spain and Portugal grew.', 'Portugal'],
    ['Talks between Oxfam and Greenpeace broke down.', 'Greenpeace'],
  ])('%s: %s stays', (text, name) => {
    expect(namesOf(text)).toContain(name)
  })
})

const actorsOf = (text: string) =>
  extractActors(parseArticle(text)).map((actor) => `${actor.kind}:${actor.name}`)

describe('a verb, a number or a function word that opens a sentence is no name', () => {
  it.each([
    ['Born in 1942 in Velmar to a miner, Tom Pardew rose fast.', ['location:Velmar', 'person:Tom Pardew']],
    // Named again inside a sentence, the word is a name.
    [
      'Reading beat Velmar 2-0. Velmar lost to Reading again.',
      ['organization:Reading', 'organization:Velmar'],
    ],
  ])('%j → %j', (text, actors) => {
    expect(actorsOf(text)).toEqual(actors)
  })
})

describe('dropLowerCasedNames on a place the tagger found', () => {
  /** Whether `word` (its first token), found as a place, is kept by dropLowerCasedNames. */
  function placeKept(text: string, word: string): boolean {
    const article = tagArticle(parseArticle(text))
    const first = article.tokens.findIndex((t) => t.text === word)
    const token = article.tokens[first] as { start: number; end: number; text: string }
    const mention: Mention = {
      first,
      last: first + 1,
      start: token.start,
      end: token.end,
      text: token.text,
      kind: 'location',
    }
    const found: ArticleMentions = { mentions: [mention], demonyms: [] }
    dropLowerCasedNames(article, found)
    return found.mentions.length === 1
  }

  it.each([
    ['Ann Kerr heard 51 groups. One was a call to amend the bill.', 'One', false],
    ['Born in 1942 in Velmar, Ann Kerr rose fast.', 'Born', false],
    // A place's name opening a sentence stays.
    ['Velmar was quiet. Ann Kerr left.', 'Velmar', true],
  ])('%j, %s: kept %s', (text, word, kept) => {
    expect(placeKept(text, word)).toBe(kept)
  })
})
