import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { tagArticle } from './tag-article.ts'
import { wordPlacesOf } from './word-places.ts'

/** Every place of a word, read along its chain. */
function placesIn(text: string, word: string): number[] {
  const { first, next } = wordPlacesOf(tagArticle(parseArticle(text)))
  const places: number[] = []
  for (let k = first.get(word) ?? -1; k >= 0; k = next[k] as number) places.push(k)
  return places
}

describe('the places of each token text of an article', () => {
  it.each([
    ['Tam met Orla and Tam left.', 'Tam', [0, 4]],
    ['Tam met Orla and Tam left.', 'Orla', [2]],
    ['Tam met Orla and Tam left.', 'tam', []],
    ['Vale said no. Then Vale said yes, Vale said.', 'said', [1, 6, 10]],
    ['', 'Vale', []],
  ])('%j: %j at %j', (text, word, places) => {
    expect(placesIn(text, word)).toEqual(places)
  })

  it('is built once per article', () => {
    const article = tagArticle(parseArticle('Ann Lee spoke.'))
    expect(wordPlacesOf(article)).toBe(wordPlacesOf(article))
  })
})
