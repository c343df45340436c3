import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { ActorSchema } from '../../schemas/actor.ts'
import { extractStatements } from '../statements/index.ts'
import { extractActors } from './index.ts'

/** The described groups of a text, as [id, the words of each reference]. */
const describedIn = (text: string) =>
  extractActors(parseArticle(text))
    .filter((actor) => actor.mentions.length === 0 && actor.kind === 'group')
    .map((actor) => [actor.id, (actor.references ?? []).map((r) => text.slice(r.span.start, r.span.end))])

describe('described groups', () => {
  it.each([
    [
      'He said terrorist organizations threaten the region.',
      [['group:terrorist-organizations', ['terrorist organizations']]],
    ],
    ['Armed groups attacked the town at dawn.', [['group:armed-groups', ['Armed groups']]]],
    ['Militants fired rockets at the base.', [['group:militants', ['Militants']]]],
    ['Armed rebel groups held the pass.', [['group:armed-rebel-groups', ['Armed rebel groups']]]],
    ['Rebels took the port; rebels also held the airport.', [['group:rebels', ['Rebels', 'rebels']]]],
  ])('%s', (text, expected) => {
    expect(describedIn(text)).toEqual(expected)
  })

  it.each([
    ['The groups met on Monday to discuss the budget.'],
    ['Taliban fighters entered the city on Sunday.'],
    ['Hezbollah militants crossed the border.'],
    ['Several organizations signed the letter.'],
  ])('leaves "%s" alone', (text) => {
    expect(describedIn(text)).toEqual([])
  })

  it('gives valid actors', () => {
    for (const actor of extractActors(parseArticle('Officials said armed groups and militants fled.')))
      expect(ActorSchema.safeParse(actor).success).toBe(true)
  })

  it('can be a speaker', () => {
    const parsed = parseArticle('Rebels said they would keep fighting until the government fell.')
    const [statement] = extractStatements(parsed, extractActors(parsed))
    expect(statement?.speaker).toBe('group:rebels')
  })
})
