import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractStatements } from './index.ts'
import { actor } from './speaker-actors.fixture.ts'

/**
 * The stances of a text's statements among hand-built actors: a speaker, and a government actor whose mentions are
 * the words the actors stage gives a government ("the government", "ministers", "Downing Street"), as an
 * organization of its own or as the country.
 */
function stancesAmong(text: string, government: string, words: string[]) {
  const actors = [
    actor(text, 'person:ann-vale', ['Ann Vale']),
    actor(text, 'organization:labour-party', ['Labour']),
    actor(text, government, words),
  ]
  return extractStatements(parseArticle(text), actors).map((statement) =>
    statement.stance ? [statement.stance.target, statement.stance.polarity] : null,
  )
}

const GOVERNMENT_WORDS = ['the government', 'ministers', 'Downing Street']

describe('a government actor is the target its mention covers', () => {
  it.each([
    ['Ann Vale accused the government of failing the poor.', 'blame'],
    ['Ann Vale said the government must act quickly on the ruling.', 'demand'],
    ['Ann Vale urged ministers to think again.', 'demand'],
    ['Ann Vale criticised Downing Street over the delay.', 'oppose'],
    ['Ann Vale praised the government for its swift response.', 'support'],
    ["Ann Vale said the government's decision was a betrayal.", 'oppose'],
    // The party the article shows in office does not take the words a government actor's mention covers.
    ['The Labour government met on Monday. Ann Vale said ministers had made a terrible mistake.', 'oppose'],
  ])('%s → %s', (text, polarity) => {
    for (const government of ['organization:uk-government', 'country:united-kingdom'])
      expect(stancesAmong(text, government, GOVERNMENT_WORDS).at(-1)).toEqual([government, polarity])
  })

  it('a name before "government" is still that name', () => {
    const text = 'Ann Vale attacked the Labour government over the delay.'
    expect(stancesAmong(text, 'organization:uk-government', ['government']).at(-1)).toEqual([
      'organization:labour-party',
      'oppose',
    ])
  })

  it('without a stance word the government is only talked about', () => {
    const text = 'Ann Vale said the government would publish its plans on Monday.'
    expect(stancesAmong(text, 'organization:uk-government', GOVERNMENT_WORDS).at(-1)).toBeNull()
  })
})
