import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { joinGovernmentNames } from './government-names.ts'
import { findMentions } from './mentions.ts'
import { tagArticle } from './tag-article.ts'

/** The mentions' texts that end in "Government" once the split names are joined. */
function governmentNames(text: string): string[] {
  const article = tagArticle(parseArticle(text))
  const { mentions } = findMentions(article)
  joinGovernmentNames(article, mentions)
  return mentions.flatMap((m) => (/Government$/.test(m.text) ? [m.text] : []))
}

describe('joinGovernmentNames', () => {
  it.each([
    // A proper name that ends in "Government" keeps it whole.
    [
      'Pay rose. The Welsh Assembly Government said the strike was not about Wales.',
      ['Welsh Assembly Government'],
    ],
    ['Buses ran late. The Welsh Assembly Government has denied the claim.', ['Welsh Assembly Government']],
    // A word of the text's own government is joined too.
    ['Taxes rose. The Coalition Government said it was sure.', ['Coalition Government']],
    // A person's name before it stays apart.
    ['Taxes rose. The Blair Government said it was sure.', ['Government']],
  ])('%s → %j', (text, names) => {
    expect(governmentNames(text)).toEqual(names)
  })
})
