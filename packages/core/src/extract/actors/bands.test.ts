import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe("a name before a band player's title is a band", () => {
  it.each([
    ['On Monday Rusk Kings guitarist Bo Reed left the tour.', ['organization:Rusk Kings', 'person:Bo Reed']],
    ['Yesterday Vexmen singer Ann Rusk cancelled the show.', ['organization:Vexmen', 'person:Ann Rusk']],
    [
      'At the gig Orlin Kite lead singer Pia Dunne joined them.',
      ['organization:Orlin Kite', 'person:Pia Dunne'],
    ],
    // A word of the sentence opening it is left out; an article or "former" before the band, no name after.
    ['Former Vexmen drummer Bo Reed sued the label.', ['organization:Vexmen', 'person:Bo Reed']],
    ['They hired Bo Reed, the former Vexmen drummer who quit.', ['organization:Vexmen', 'person:Bo Reed']],
  ])('%s', (text, actors) => {
    expect(actorsIn(text)).toEqual(expect.arrayContaining(actors))
  })

  it('leaves a longer name that holds the band by "of" alone', () => {
    const actors = actorsIn('Then Vexmen singer Bo Reed left. The Bank of Vexmen said it would pay.')
    expect(actors).toContain('organization:Vexmen')
    expect(actors).not.toContain('organization:Bank')
  })

  it('makes every other mention of the band an organization', () => {
    const actors = actorsIn('The label met Rusk Kings guitarist Bo Reed. Later Rusk Kings will tour Spain.')
    expect(actors).toContain('organization:Rusk Kings')
    expect(actors).not.toContain('person:Rusk Kings')
  })

  it.each([
    // A genre opening a sentence, a demonym, a person's given name, a place of the article, a date.
    ['Rock singer Bo Reed sang first.', 'organization:Rock'],
    ['Welsh singer Ann Rusk sang the anthem.', 'organization:Welsh'],
    ['Then Ann Tarn guitarist Bo Reed played too.', 'organization:Ann Tarn'],
    ['Orlinby singer Ann Rusk grew up in south Orlinby.', 'organization:Orlinby'],
    ['It began on 3 March singer Ann Rusk recalled.', 'organization:March'],
    // A name the article writes after "at" or "in" is a place or an event there.
    ['Tarnfield singer Bo Reed sang at Tarnfield last year.', 'organization:Tarnfield'],
  ])('%s: no %s', (text, actor) => {
    expect(actorsIn(text)).not.toContain(actor)
  })
})
