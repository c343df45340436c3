import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { matchGovernmentWords } from './government-words.ts'
import { tagArticle } from './tag-article.ts'

const wordsIn = (text: string, bare = false) =>
  matchGovernmentWords(tagArticle(parseArticle(text)), bare).map((w) => w.mention.text)

describe('matchGovernmentWords', () => {
  it.each([
    ['Ministers said the law would stay.', false, ['Ministers']],
    ['Fees rose. But ministers have also argued that they were fair.', false, ['ministers']],
    ['Fees rose. But UK ministers have warned that they will rise again.', false, ['UK ministers']],
    ['A government spokesman said the plan was sound.', false, ['government']],
    ['Tom Rake attacked the government for its plan.', true, ['government']],
    ["Tom Rake attacked the government's plan.", true, ['government']],
  ])('%s (bare %s) → %j', (text, bare, words) => {
    expect(wordsIn(text, bare)).toEqual(words)
  })

  it.each([
    // Ministers who are not the government's, or who do not speak.
    ['Tory ministers said the law would stay.', false],
    ['Former ministers said the law would stay.', false],
    ['Ministers met in Paris on Monday.', false],
    // Local government is not the government, and "the government" only when the text has one.
    ['A local government spokesman said the plan was sound.', false],
    ['Tom Rake attacked the government for its plan.', false],
    // The government of another place, and a noun "government" modifies.
    ['Tom Rake praised the government of Peru.', true],
    ['Tom Rake met the government minister.', true],
  ])('%s (bare %s) → none', (text, bare) => {
    expect(wordsIn(text, bare)).toEqual([])
  })
})
