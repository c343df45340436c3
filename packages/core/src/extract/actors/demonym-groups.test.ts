import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { ActorSchema } from '../../schemas/actor.ts'
import { extractStatements } from '../statements/index.ts'
import { extractActors } from './index.ts'

/** The groups a text names by a plural demonym, as [id, affiliation, the words of each reference]. */
const peoplesIn = (text: string) =>
  extractActors(parseArticle(text))
    .filter((actor) => actor.kind === 'group' && actor.mentions.length === 0)
    .map((actor) => [
      actor.id,
      actor.affiliation ?? null,
      (actor.references ?? []).map((r) => text.slice(r.span.start, r.span.end)),
    ])

describe('peoples named by a plural demonym', () => {
  it.each([
    ['Most Americans back the plan, the poll found.', [['group:americans', null, ['Americans']]]],
    [
      'Palestinians queued for bread. Many Palestinians left.',
      [['group:palestinians', null, ['Palestinians', 'Palestinians']]],
    ],
    ['Kenya said the Kenyans abroad could vote.', [['group:kenyans', 'country:kenya', ['Kenyans']]]],
    [
      'The Russians sent a note and Iraqis marched.',
      [
        ['group:russians', null, ['Russians']],
        ['group:iraqis', null, ['Iraqis']],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(peoplesIn(text)).toEqual(expected)
  })

  it.each([
    ['The Nationals won the vote in Dorvale.'],
    ['An American firm and a Russian bank signed the deal.'],
    ['Voters in Ostrava were angry.'],
    ['AMERICANS VOTE TODAY'],
  ])('leaves "%s" alone', (text) => {
    expect(peoplesIn(text)).toEqual([])
  })

  it.each([
    ['Both were Berliners, and Berlin mourned.', 'Berliners'],
    ['Protests shook Hong Kong. Many Hongkongers fear the new law, Ann Vale said.', 'Hongkongers'],
  ])('no actor is the people of a city: %s', (text, word) => {
    expect(extractActors(parseArticle(text)).map((actor) => actor.name)).not.toContain(word)
  })

  it('gives valid actors', () => {
    for (const actor of extractActors(parseArticle('Germans and Italians met the Mexicans in Kenya.')))
      expect(ActorSchema.safeParse(actor).success).toBe(true)
  })

  it('can be a speaker', () => {
    const parsed = parseArticle('Ukrainians said they would rebuild the bridge by spring.')
    const [statement] = extractStatements(parsed, extractActors(parsed))
    expect(statement?.speaker).toBe('group:ukrainians')
  })
})
