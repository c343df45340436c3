import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe('a list that names a work lists works', () => {
  it.each([
    // The work is cued elsewhere in the article, or in the list itself.
    [
      'Judges picked Tallow Creek, Vexmoor and Red Harbour. Tallow Creek, starring Ann Pell, opened in May.',
      ['person:Ann Pell'],
    ],
    ['Fans chose Vexmoor or Red Harbour. Vexmoor, starring Ned Vale, opened last week.', ['person:Ned Vale']],
    // A person a role's noun introduces stays, though a work closes the list.
    [
      'The cast has Ann Pell as nurse Jo Tarrant, and Vexmoor, starring Ned Vale, is next.',
      ['person:Ann Pell', 'person:Jo Tarrant', 'person:Ned Vale'],
    ],
  ])('%j → %j', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })

  it.each([
    // No work in the list, or no list ("," alone is an apposition), or a person named in full: the names stay.
    ['Tallow Creek, Vexmoor and Red Harbour lie on the coast.', 'location:Vexmoor'],
    ['The film Vexmoor, Ann Pell said, was too long.', 'person:Ann Pell'],
    [
      'Critics praised Tallow Creek and Ann Pell. Tallow Creek, starring Ned Vale, opened.',
      'person:Ann Pell',
    ],
    // A maker after "by" closes the work's title, not a list.
    [
      'Hits were Velvet Hours by the Orlin Quartet and Tallow Creek, starring Ned Vale.',
      'organization:Orlin Quartet',
    ],
  ])('%j keeps %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
