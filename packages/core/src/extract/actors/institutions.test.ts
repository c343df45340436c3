import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

/** The actors a text names, as [id, the forms of its name]. */
const actorsIn = (text: string) =>
  extractActors(parseArticle(text)).map((actor) => [
    actor.id,
    [...new Set(actor.mentions.map((m) => text.slice(m.start, m.end)))],
  ])

describe('a party written as a modifier is the party, never a person', () => {
  it.each([
    [
      'Ann Vale, who led one Commons Tory rebellion over fees, urged the Government to listen.',
      'organization:conservative-party',
    ],
    [
      'Tory MPs met on Monday. The Tory whip spoke.\n\nTORY MPs: CONSTITUENCY, MEMBER OF PARLIAMENT\n\nTom Vale said the list was long.',
      'organization:conservative-party',
    ],
  ])('%s', (text, party) => {
    const actors = actorsIn(text)
    expect(actors.map(([id]) => id)).toContain(party)
    expect(actors.filter(([id]) => String(id).includes('tory'))).toEqual([])
  })

  it.each([
    ['Labour Party officials met. Both Labour and the Tories said no.', 'organization:labour-party'],
    ['Ann Vale praised New Labour. Like New Labour, the Tories want growth.', 'organization:labour-party'],
    // A common word opening the sentence before the party and a title.
    ['Veteran Labour MP Tom Vale will stand down.', 'organization:labour-party'],
    ['Rebel Labour MPs spoke. Labour won.', 'organization:labour-party'],
    ['He said: "Senior Labour MPs agree."', 'organization:labour-party'],
  ])('a word of the sentence before a party leaves it the party: %s', (text, party) => {
    const ids = actorsIn(text).map(([id]) => id)
    expect(ids).toContain(party)
    expect(ids.filter((id) => String(id).includes('labour') && id !== party)).toEqual([])
  })

  it.each([
    ['The Lib Dem leader said it was wrong.', 'organization:liberal-democrats'],
    ['The Lib Dem candidate said it was late.', 'organization:liberal-democrats'],
    ['The Lib Dems said no. The Liberal Democrats want a vote.', 'organization:liberal-democrats'],
    ['Voters were angry. A Lib Dem spokesman said the plan was unfair.', 'organization:liberal-democrats'],
  ])('an article before a party form leaves it the party: %s', (text, party) => {
    const ids = actorsIn(text).map(([id]) => id)
    expect(ids).toEqual([party])
  })

  it('keeps names in a line of capitals as tagged when no party form confirms them', () => {
    const text = 'Tarrow beat Vale on Sunday.\n\nTARROW 3 VALE 1\n\nAnn Vale said it was a fair game.'
    expect(actorsIn(text).map(([id]) => id)).not.toContain('person:tarrow')
  })
})
