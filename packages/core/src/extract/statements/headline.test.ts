import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { headlineArticle } from './headline.ts'
import { extractStatements, type StatementReach } from './index.ts'
import { shippedModel } from './model.ts'

const BODY = '\n\nThe council met on Tuesday evening. Several residents attended the meeting.'

/** The statements whose cue lies in the headline (the text's first line), as "cue | content". */
function headlineStatements(headline: string, reach: StatementReach): string[] {
  const text = headline + BODY
  return extractStatements(parseArticle(text), [], shippedModel(), reach)
    .filter((statement) => (statement.cue?.end ?? 0) <= headline.length)
    .map(
      (statement) =>
        `${text.slice(statement.cue?.start ?? 0, statement.cue?.end ?? 0)} | ${text.slice(statement.content.start, statement.content.end)}`,
    )
}

describe('headline statements', () => {
  it.each([
    // [headline, statement read from it with reach 'all']
    ['Mayor Ruiz says the old bridge will reopen in May', 'says | the old bridge will reopen in May'],
    ['Union urges members to reject the pay offer', 'urges | members to reject the pay offer'],
    ['Bridge will reopen in May, mayor says', 'says | Bridge will reopen in May'],
    ['Ferry operator denies claims of unsafe boats', 'denies | claims of unsafe boats'],
  ])('%s', (headline, expected) => {
    expect(headlineStatements(headline, 'all')).toEqual([expected])
  })

  it.each([
    'Mayor Ruiz says the old bridge will reopen in May',
    'Union urges members to reject the pay offer',
    'Bridge will reopen in May, mayor says',
  ])('reach spoken leaves the headline out: %s', (headline) => {
    expect(headlineStatements(headline, 'spoken')).toEqual([])
  })

  it('parses the headline alone, at the offsets it has in the article', () => {
    const text = `Mayor Ruiz says the old bridge will reopen${BODY}`
    const headline = headlineArticle(parseArticle(text))
    expect(headline?.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Mayor Ruiz says the old bridge will reopen',
    ])
    expect(headlineArticle(parseArticle('The council met on Tuesday evening.'))).toBeNull()
  })
})
