import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { type Actor, ActorSchema } from '../../schemas/actor.ts'
import { extractActors } from './index.ts'

const actorsOf = (text: string): Actor[] => extractActors(parseArticle(text))

describe('bad input', () => {
  it('invents nothing in all-caps text but the countries it names', () => {
    const text =
      'THE MINISTER SAID THE NEW TAX WOULD RISE AFTER THE VOTE. RUSSIA SAID IT WOULD NOT COMMENT. THE PARTY AGREED ON MONDAY.'
    expect(actorsOf(text).map((a) => a.id)).toEqual(['country:russia'])
  })

  it('finds no names in long runs of capitalized words', () => {
    const line =
      'The Quick Brown Fox Jumps Over The Lazy Dog And Keeps Running Past The Old Red Barn Near The River'
    const text = Array.from({ length: 50 }, () => line).join(' ')
    expect(actorsOf(text)).toEqual([])
  })

  // No duration is compared: quadratic work on 8 MB runs for hours and fails by the suite's time limit, while
  // linear work takes seconds, however busy the machine.
  it('reads an 8 MB line without punctuation', () => {
    const phrase = 'the talks went on and on while officials waited for news from the capital '
    const text = phrase.repeat(Math.ceil(8_000_000 / phrase.length))
    expect(actorsOf(text)).toEqual([])
  })

  it.each([
    ['Москва заявила, что Россия не допустит военного присутствия США в регионе.'],
    ['北京表示，中国将继续与美国进行谈判。'],
    ['قالت وزارة الخارجية إن المحادثات ستستمر.'],
  ])('invents nothing in another script: %s', (text) => {
    expect(actorsOf(text)).toEqual([])
  })

  it('never throws, keeps spans inside the text, and gives the same answer twice', () => {
    const words = fc.constantFrom(
      'Russia',
      'it',
      'said',
      'President',
      'Joe',
      'Biden',
      'the',
      'US',
      ',',
      '.',
      'he',
      'Ryabkov',
      'ÉTAT',
      '  ',
      '\n\n',
      '"',
      "'s",
    )
    fc.assert(
      fc.property(fc.array(words, { maxLength: 60 }), (parts) => {
        const text = parts.join(' ')
        const actors = actorsOf(text)
        expect(actorsOf(text)).toEqual(actors)
        for (const actor of actors) {
          expect(ActorSchema.safeParse(actor).success).toBe(true)
          for (const span of [...actor.mentions, ...(actor.references ?? []).map((r) => r.span)]) {
            expect(span.start).toBeGreaterThanOrEqual(0)
            expect(span.end).toBeLessThanOrEqual(text.length)
            expect(span.start).toBeLessThan(span.end)
          }
        }
      }),
      { numRuns: 200, seed: 3 },
    )
  })
})
