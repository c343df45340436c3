import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { homeCountry } from './government-country.ts'
import { findMentions } from './mentions.ts'
import { tagArticle } from './tag-article.ts'

const homeOf = (text: string) => {
  const article = tagArticle(parseArticle(text))
  return homeCountry(article, findMentions(article), [])?.name ?? null
}

describe('homeCountry', () => {
  it.each([
    // Westminster's words say whose government it is when no country is named.
    ['MPs voted on Monday. The government said it would act.', 'United Kingdom'],
    ['Schools in England will close. The government said it was sorry.', 'United Kingdom'],
    ['Tom Rake flew to Peru. Peru said yes. The government said it would help.', 'Peru'],
    // A government named with its country outweighs the country it deals with.
    ['The UK government plans to send Tom Rake to Peru. Peru agreed. Peru is far.', 'United Kingdom'],
    // MPs of another parliament are that country's, however often the text says "MPs".
    ['Canadian MPs voted on Monday. Some MPs were angry. The government said it would act.', 'Canada'],
    ['Indian Congress leaders met. Congress said no. The government said it would act.', 'India'],
    // On a tie, the country the text names first.
    ['A French envoy flew to Peru. The government said it would help.', 'France'],
    ['The government said it would act.', null],
  ])('%s → %s', (text, country) => {
    expect(homeOf(text)).toBe(country)
  })
})
