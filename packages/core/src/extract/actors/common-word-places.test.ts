import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const placesOf = (text: string) =>
  extractActors(parseArticle(text))
    .filter((a) => a.kind === 'location')
    .map((a) => a.name)

describe('a common word the tagger took for a place is no place', () => {
  it.each([
    ['The shortlist includes Ana Pell for Cruel and Tender, and Ola Brisk for Velmar.', 'Tender'],
    ['He had hits including Hot in Velmar and Dilemma.', 'Hot'],
    ['The Landmark deal was signed by Orlin, Ana Pell said.', 'Landmark'],
    ['Networks such as Orlin 1911, Velmar, Myth and Tandor were shut.', 'Myth'],
  ])('%s: no place %s', (text, word) => {
    expect(placesOf(text)).not.toContain(word)
  })

  it.each([
    ['She moved to Bath in May. Bath is pretty, she said.', 'Bath'],
    ['Networks such as Orlin 1911, Velmar, Myth and Tandor were shut.', 'Velmar'],
  ])('%s: %s stays a place', (text, word) => {
    expect(placesOf(text)).toContain(word)
  })
})
