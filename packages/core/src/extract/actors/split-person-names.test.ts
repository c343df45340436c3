import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'
import { joinSplitPersonNames } from './split-person-names.ts'
import { tagArticle } from './tag-article.ts'
import { TAGS } from './tagger/tags.ts'

const personsOf = (text: string) =>
  extractActors(parseArticle(text))
    .filter((actor) => actor.kind === 'person')
    .map((actor) => actor.id)

describe('a given name and a surname the tagger split', () => {
  it.each([
    // A surname the tagger knows as a body's name, after a person's given name.
    ['Court news\n\nHis Honour Judge Mark Reuters QC sentenced him.', ['person:mark-reuters']],
  ])('%s: %j', (text, ids) => {
    expect(personsOf(text)).toEqual(ids)
  })
})

describe('a given name the tagger took alone, before a capitalized common word', () => {
  // The tagger's cut set by hand ("Clare" a person, "Short" untagged), so that the case does not hang on the model.
  const joined = (text: string, given: string) => {
    const article = tagArticle(parseArticle(text))
    const k = article.tokens.findIndex((t) => t.text === given)
    article.tags.fill(0)
    article.tags[k] = TAGS.indexOf('B-PER')
    joinSplitPersonNames(article)
    return TAGS[article.tags[k + 1] as number]
  }
  it.each([
    ['Former minister Clare Short said the answer was the same.', 'Clare', 'I-PER'],
    ['The shadow minister, Theresa May, told the programme it was wrong.', 'Theresa', 'I-PER'],
    ['The chairman, Mike Short, has predicted a rise.', 'Mike', 'I-PER'],
    // A run of capitalized words, a title, a people's name, a lower-case word: no surname.
    ['The singer Ann Short Story won the prize.', 'Ann', 'O'],
    ['He met Ann Chairman of the board on Monday.', 'Ann', 'O'],
    ['He met Ann Russian on Monday.', 'Ann', 'O'],
    ['He met Ann short of time on Monday.', 'Ann', 'O'],
  ])('%s', (text, given, tag) => {
    expect(joined(text, given)).toBe(tag)
  })
})
