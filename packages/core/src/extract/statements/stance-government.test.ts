import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import { extractStatements } from './index.ts'
import { actor } from './speaker-actors.fixture.ts'
import { IN_OFFICE, lastStance } from './stance-read.fixture.ts'

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

describe('"the government" as the text finds it', () => {
  it.each([
    // "of" and an act is the charge laid on it, not another country's government.
    [
      'The government said it would act soon. Ann Vale accused the government of ignoring farmers.',
      'Government',
    ],
    // "of" and a noun or a noun phrase is the charge too: only a capitalized name makes it another place's.
    ['The government said it would act soon. Ann Vale accused the government of incompetence.', 'Government'],
    [
      'The government said it would act soon. Ann Vale accused the government of a cover-up over the contract.',
      'Government',
    ],
    [
      'The government said it would act soon. Ann Vale criticised the government in a letter to farmers.',
      'Government',
    ],
    // A country's government the actors stage names "<country> government" from the text's bare words.
    [
      'Britain will hold a vote in May. The government said the vote in Britain would be fair. Ann Vale accused the government of ignoring farmers.',
      'United Kingdom government',
    ],
    [
      'Britain will hold a vote in May. Ministers said the vote in Britain would be fair. Ann Vale said the government must listen to farmers.',
      'United Kingdom government',
    ],
  ])('%s → %s', (text, name) => {
    const { actors, statements } = analyze(text)
    const stance = statements.at(-1)?.stance
    expect(actors.find((actor) => actor.id === stance?.target)?.name).toBe(name)
  })

  it('"the government of" and a place is that place\'s, never the one that spoke', () => {
    const text =
      'The government said it would act soon. Ann Vale accused the government of the Gulf state of ignoring farmers.'
    expect(analyze(text).statements.at(-1)?.stance).toBeUndefined()
  })

  it('"the government of" and a country\'s name is not the article\'s government', () => {
    const text =
      'The government said it would act soon. Ann Vale accused the government of Peru of ignoring farmers.'
    const { actors, statements } = analyze(text)
    const target = statements.at(-1)?.stance?.target
    expect(statements.at(-1)?.content).toBeDefined()
    expect(actors.find((actor) => actor.id === target)?.name).not.toBe('Government')
  })
})

describe('"the government of" and a charge, where the text shows a party in office', () => {
  it.each([
    ['Ann Vale accused the government of negligence over the floods.', 'blame'],
    ['Ann Vale accused the government of a betrayal of nurses.', 'blame'],
    ['Ann Vale accused the government of the same mistakes as before.', 'blame'],
  ])('%s → %s of the party in office', (text, polarity) => {
    expect(lastStance(`${IN_OFFICE} ${text}`)).toEqual(['organization:labour-party', polarity])
  })

  it('"the government of" and a name stays that place\'s', () => {
    expect(lastStance(`${IN_OFFICE} Ann Vale accused the government of Chile of negligence.`)?.[0]).not.toBe(
      'organization:labour-party',
    )
  })
})
