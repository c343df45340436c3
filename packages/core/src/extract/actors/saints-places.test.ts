import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe("a saint's name, its possessive and a place's noun are one name", () => {
  it.each([
    // Curly or straight, the name is written with the view's straight apostrophe.
    ['The service at St Paul’s Cathedral was moving.', ["location:St Paul's Cathedral"]],
    ['Crowds filled St Peter’s Square on Sunday.', ["location:St Peter's Square"]],
    ["The old mosque on St Helen's Road was sold.", ["location:St Helen's Road"]],
    ["The envoy was received at St Mark's Palace on Friday.", ["location:St Mark's Palace"]],
    ["A concert filled St Ann's Hall last night.", ["location:St Ann's Hall"]],
    ['He studied at St John’s College, Oxford.', ["organization:St John's College", 'location:Oxford']],
  ])('%s', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })

  it('leaves a name that goes on after the noun', () => {
    expect(actorsIn('St Ann’s Road Map was praised.')).not.toContain("location:St Ann's Road")
  })
})
