import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const namesOf = (text: string) => extractActors(parseArticle(text)).map((actor) => actor.name)

describe('an indefinite article opens no name', () => {
  it.each([
    ['An Orlin Bank spokesman said no.', 'Orlin Bank'],
    ['An Orlin Investment Ministry official told reporters the sale was near.', 'Orlin Investment Ministry'],
    ['The Hague court said so.', 'The Hague'],
    // One word after the article: the article is the name's ("An Post", the Irish postal service).
    ['An Post said deliveries would be late.', 'An Post'],
  ])('%j → %s', (text, name) => {
    expect(namesOf(text)).toContain(name)
  })
})
