import { describe, expect, it } from 'vitest'
import { completeFromArticleBody } from './article-body.ts'

const LEAD =
  'The harbour board will vote on the new quay on Tuesday, after a year of delays and two failed bids.'
const BODY = [
  LEAD,
  'Mayor Ruth Olsen said the town could not afford the quay, whose cost has doubled since the spring.',
  'Councillor Tom Baker replied that the plan would pay for itself within ten years of its opening.',
  'The vote is expected to be close, with three of the nine members still undecided on Monday night.',
  'Fishermen have asked for a public meeting before the vote, which the board has so far refused.',
].join('\n')
const LONG_BODY = `${BODY}\n${BODY.replaceAll('quay', 'pier')}\n${BODY.replaceAll('vote', 'ballot')}`
const TEASER =
  'A year of delays ends at the harbour board, where nine members meet to choose between a quay the town wants and one it can pay for.'
const SHORT = ['Open 9 to 5.']
const FULL = Array.from(
  { length: 12 },
  (_, i) => `Paragraph ${i} of the article as the page shows it, long enough.`,
)

// Each row: the paragraphs found in the markup, the articleBody, and the paragraphs wanted.
describe('completeFromArticleBody', () => {
  it.each([
    // no prose in the markup: the articleBody's lines
    [SHORT, BODY, BODY.split('\n')],
    // a teaser: what the articleBody lacks, then the articleBody
    [[TEASER, LEAD], LONG_BODY, [TEASER, ...LONG_BODY.split('\n')]],
    // the article is in the markup: nothing changes
    [FULL, LONG_BODY, FULL],
    // an articleBody not much longer than the teaser, and none
    [[TEASER, LEAD], BODY.slice(0, 300), [TEASER, LEAD]],
    [[TEASER, LEAD], undefined, [TEASER, LEAD]],
    // an articleBody shorter than the little prose found
    [SHORT, 'Open.', SHORT],
  ])('%#', (paragraphs, articleBody, wanted) => {
    expect(completeFromArticleBody(paragraphs, articleBody)).toEqual(wanted)
  })
})
