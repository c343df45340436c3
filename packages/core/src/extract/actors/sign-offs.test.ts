import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe("a writer's initials signing off a paragraph are no actor", () => {
  it.each([
    [
      'Tom Vale said the team must train harder before the games in Orlin. (NM)',
      ['person:Tom Vale', 'location:Orlin'],
    ],
    [
      'The ministry in Velmar will act soon, Ann Kerr said. (BA)\n\nMore talks follow.',
      ['location:Velmar', 'person:Ann Kerr'],
    ],
  ])('%j → %j', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })

  it.each([
    // Inside a sentence, or with the sentence going on after it, the capitals are a body's short form.
    ['The plan was backed by the union (GMB) in Orlin.', 'organization:GMB'],
    ['Tom Vale spoke. (GMB) members cheered in Orlin.', 'organization:GMB'],
  ])('keeps %j', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
