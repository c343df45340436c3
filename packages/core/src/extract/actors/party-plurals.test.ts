import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const idsOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.id)
const partyOf = (text: string, word: string) =>
  extractActors(parseArticle(text)).find((a) => a.mentions.some((m) => text.slice(m.start, m.end) === word))
    ?.id

describe('the plural of a party adjective names the party', () => {
  it.each([
    [
      'The vote is near. Still, Democrats insist the bill will pass.',
      'Democrats',
      'organization:democratic-party',
    ],
    ['Republicans say the tax cut pays for itself.', 'Republicans', 'organization:republican-party'],
    ['Turnout fell and Republicans blamed the weather.', 'Republicans', 'organization:republican-party'],
    ['Few voters trust Democrats on trade, the poll found.', 'Democrats', 'organization:democratic-party'],
  ])('%s → %s is %s', (text, word, id) => {
    expect(partyOf(text, word)).toBe(id)
  })

  it('keeps one actor per party across its forms', () => {
    const ids = idsOf('The Republican Party met in May. Later Republicans argued the map was unfair.')
    expect(ids.filter((id) => id.includes('republican'))).toEqual(['organization:republican-party'])
  })

  it('takes the shortest party the adjective opens', () => {
    expect(partyOf('The clerk said Democrats had filed late.', 'Democrats')).toBe(
      'organization:democratic-party',
    )
  })
})

describe('what is no party plural', () => {
  it.each([
    // First in its sentence, never mid-sentence and not speaking: the sentence's capital.
    ['Democrats of every country met in Geneva.', 'Democrats'],
    // Inside a longer name the tagger found.
    ['The Young Republicans Club held a dinner.', 'Republicans'],
  ])('%s → %s names no party', (text, word) => {
    expect(partyOf(text, word)).toBeUndefined()
  })
})
