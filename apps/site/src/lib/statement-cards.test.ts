import { describe, expect, test } from 'vitest'
import { fixtureAnalyses } from '../../test/fixtures.ts'
import { buildStatementCards, listArticleActors, nameFromId } from './statement-cards.ts'

const [budget, bridge] = fixtureAnalyses()
if (!budget || !bridge) throw new Error('fixtures missing')

describe('buildStatementCards', () => {
  const cards = buildStatementCards(budget.article.text, budget.actors, budget.statements)

  test.each([
    [0, 'Ann Lee', 'said', "the council's budget plan would fail", 'oppose', 'Springfield Council'],
    [1, 'Ann Lee', 'told', 'We will not accept these cuts', 'oppose', 'Springfield Council'],
    [
      3,
      'Tom Ray',
      'said',
      'The plan is fair to every district … and the mayor knows it',
      'support',
      'Springfield Council',
    ],
  ])('card %i', (index, speaker, cue, content, polarity, target) => {
    const card = cards[index]
    expect(card?.speaker?.name).toBe(speaker)
    expect(card?.cueText).toBe(cue)
    expect(card?.content).toBe(content)
    expect(card?.stance).toMatchObject({ polarity, targetName: target })
  })

  test('an anonymous statement has no speaker and keeps its reason', () => {
    const [, anonymous] = buildStatementCards(bridge.article.text, bridge.actors, bridge.statements)
    expect(anonymous?.speaker).toBeNull()
    expect(anonymous?.speakerReason).toBe('anonymous')
    expect(anonymous?.stance).toBeNull()
  })

  test('a speaker missing from the actors gets a name from its id', () => {
    expect(nameFromId('person:sergei-ryabkov')).toBe('sergei ryabkov')
  })
})

describe('listArticleActors', () => {
  test('most quoted first, then most mentioned', () => {
    const list = listArticleActors(budget.actors, budget.statements)
    expect(list.map((actor) => `${actor.name}:${actor.statementCount}:${actor.mentionCount}`)).toEqual([
      'Ann Lee:2:4',
      'Tom Ray:2:2',
      'Springfield Teachers Union:1:1',
      'Springfield Council:0:3',
      'Mia Cole:0:1',
    ])
  })
})
