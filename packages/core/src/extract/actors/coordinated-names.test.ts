import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const idsOf = (text: string) => extractActors(parseArticle(text)).map((actor) => actor.id)
const namesOf = (text: string) => extractActors(parseArticle(text)).map((actor) => actor.name)

describe('two bodies joined by "and"', () => {
  it.each([
    // The first ends with a body's head.
    [
      'The suits name Bank of America, Vellcor Bank and Orrindale as defendants.',
      ['Vellcor Bank', 'Orrindale'],
    ],
    // One of them is a well-known name.
    ['Phones from Arvato and Samsung went on sale.', ['Arvato', 'Samsung']],
    // One of them is written alone elsewhere in the article.
    ['Technology firms Arima and Vellcor signed the deal. Arima said it was pleased.', ['Arima', 'Vellcor']],
    // They end a list, one word each.
    ['Phones made by Vellcor, Motorola, BenQ, Arima and Fujitsu are safe.', ['Arima', 'Fujitsu']],
  ])('%s: %j are two actors', (text, names) => {
    const found = namesOf(text)
    for (const name of names) expect(found).toContain(name)
  })

  it.each([
    // A head ends one body's name, though a word of it is written alone elsewhere.
    [
      'The Securities and Exchange Commission said it would act. Securities fell.',
      'organization:securities-and-exchange-commission',
    ],
    // "of" ties the words after "and" to the head before it.
    [
      'The Department of Trade and Industry said it would act. Industry leaders agreed.',
      'organization:department-of-trade-and-industry',
    ],
  ])('%s: one name, %s', (text, id) => {
    expect(idsOf(text)).toContain(id)
  })
})

describe("a list inside one body's name", () => {
  it('is not cut at its "and" after "for"', () => {
    expect(namesOf('A Department for Media, Culture and Sport spokeswoman said no.')).not.toContain('Sport')
  })
})
