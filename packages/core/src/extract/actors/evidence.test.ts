import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { dropInventedPersons } from './evidence.ts'
import { extractActors } from './index.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { tagArticle } from './tag-article.ts'

/** The mention of tokens [first, last) of a text as a person, whatever the tagger said of it. */
function personAt(text: string, first: number, last: number) {
  const article = tagArticle(parseArticle(text))
  const start = (article.tokens[first] as { start: number }).start
  const end = (article.tokens[last - 1] as { end: number }).end
  const mention: Mention = { first, last, start, end, text: text.slice(start, end), kind: 'person' }
  const found: ArticleMentions = { mentions: [mention], demonyms: [] }
  dropInventedPersons(article, found, { persons: new Map(), standalone: [] })
  return found.mentions.map((m) => m.text)
}

describe('no invented people', () => {
  it.each([
    ['Tom Pardew was known as Mr 4410 online.', 4, 'Mr'],
    ['Ann Kerr went by Dr 7 on the forum.', 4, 'Dr'],
  ])('an honorific alone: %j', (text, token, word) => {
    expect(personAt(text, token, token + 1)).not.toContain(word)
  })

  it.each([
    ['Peter Lord said the plan was good.', 1, 'Lord'],
    ['The singer Prince said the show was over.', 2, 'Prince'],
  ])('a surname that is also a title stays: %j', (text, token, word) => {
    expect(personAt(text, token, token + 1)).toContain(word)
  })
})

describe('no invented people, in whole sentences', () => {
  const actorsOf = (text: string) =>
    extractActors(parseArticle(text)).map((actor) => `${actor.kind}:${actor.name}`)

  it.each([
    ['He said he will consult the Director of Public Prosecutions and the police.', []],
    ['It was very, very Draconian, Tom Pardew said.', ['person:Tom Pardew']],
    ['It was rather Orwellian, Tom Pardew said.', ['person:Tom Pardew']],
    // "so" joining clauses leaves the person after it.
    ['The party lost, and so Kerr resigned, Ann Lee said.', ['person:Kerr', 'person:Ann Lee']],
    // A person after a title stays one.
    ['The wife of General Jones said so.', ['person:Jones']],
    ['The aide of Secretary of State Powell said so.', ['person:Powell']],
  ])('%j → %j', (text, actors) => {
    expect(actorsOf(text)).toEqual(actors)
  })
})
