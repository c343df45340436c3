import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

/** Every actor of a text as "kind:name". */
const actorsIn = (text: string) =>
  extractActors(parseArticle(text)).map((actor) => `${actor.kind}:${actor.name}`)

describe("a saint's name, its possessive and a place's noun are one name", () => {
  it.each([
    // Curly or straight, the name is written with the view's straight apostrophe.
    ['The service at St Paul’s Cathedral was moving.', ["location:St Paul's Cathedral"]],
    ['Crowds filled St Peter’s Square on Sunday.', ["location:St Peter's Square"]],
    ["The old mosque on St Helen's Road was sold.", ["location:St Helen's Road"]],
    ['He studied at St John’s College, Oxford.', ["organization:St John's College", 'location:Oxford']],
  ])('%s', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })

  it('leaves a name that goes on after the noun', () => {
    expect(actorsIn('St Ann’s Road Map was praised.')).not.toContain("location:St Ann's Road")
  })
})
