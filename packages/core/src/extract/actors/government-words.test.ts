import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { hasGovernmentWords, matchGovernmentWords } from './government-words.ts'
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
    // A government only judged or addressed: the object of a verb, before a preposition.
    ['Tom Rake criticised the government over the pay deal.', true, ['government']],
    ['Tom Rake urged the government to think again.', true, ['government']],
    ['Farmers blamed ministers for the late payments.', true, ['ministers']],
    ['Nurses have urged UK ministers to raise pay.', true, ['UK ministers']],
    ['Tom Rake said this government had failed.', true, ['government']],
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
    // Any government, a government to come, the level below, and the noun that modifies another.
    ['Any government would have cut the tax.', true],
    ['Tom Rake called for a government of national unity.', true],
    ['Tom Rake hopes to form a government by May.', true],
    ['Tom Rake said local government needed more money.', true],
    ['Tom Rake said government spending was too high.', true],
    ['Tom Rake blamed the previous government for the debt.', true],
    // Ministers of another body, however judged.
    ['Tom Rake blamed Tory ministers for the delay.', true],
    ['Tom Rake blamed former ministers for the delay.', true],
  ])('%s (bare %s) → none', (text, bare) => {
    expect(wordsIn(text, bare)).toEqual([])
  })
})

describe('hasGovernmentWords', () => {
  // A text it rules out must have no word matchGovernmentWords could find, in either pass.
  it.each([
    ['Ministers said the law would stay.', true],
    ['Tom Rake attacked the GOVERNMENT over pay.', true],
    ['A government-backed loan was signed.', true],
    ['The mayor said the bridge would open in May.', false],
    ['Tom Rake governs the club and ministered to the poor.', false],
  ])('%s → %s', (text, has) => {
    const article = tagArticle(parseArticle(text))
    expect(hasGovernmentWords(article)).toBe(has)
    if (!has) expect([false, true].flatMap((bare) => matchGovernmentWords(article, bare))).toEqual([])
  })
})
