import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe("a work's title its maker cues is no actor", () => {
  it.each([
    ['Previous winners include Velvet Hours by Ann Vale.', ['person:Ann Vale']],
    ['Ann Vale’s The Pillow Room won the prize.', ['person:Ann Vale']],
    [
      'The top songs are Velvet Hours by the Orlin Quartet and Blue Dawn by Tom Vale.',
      ['organization:Orlin Quartet', 'person:Tom Vale'],
    ],
    // A list's colon or "such as" opens a title as "include" and "are" do.
    ['Two books made the list: Velvet Hours by Ann Vale.', ['person:Ann Vale']],
    ['She praised hits such as Velvet Hours by Ann Vale.', ['person:Ann Vale']],
    // Only a film or a show stars someone, whatever kind the tagger guessed for the title.
    ['Tallow Creek, starring Ann Pell, opened in May.', ['person:Ann Pell']],
    ['Critics liked Red Harbour starring Ned Vale.', ['person:Ned Vale']],
    // A work's noun right before a name the tagger took for a body's, in all the article's mentions of it.
    ['Viewers ignored the spy thriller Vexmoor at first.', []],
    ['Vexmoor has taken $9m. The thriller Vexmoor is a hit.', []],
  ])('%j → %j', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })

  it.each([
    // A person named in full after a work's noun plays in it.
    ['In the film Tom Vale plays a nurse.', 'person:Tom Vale'],
    // A place the film was shot in is followed by "starring" too.
    ['The film, shot in Tarrowby, starring Ann Pell, opens soon.', 'location:Tarrowby'],
    // A passive's object after a preposition, a title or a body's noun, and a maker's possessive, keep the names.
    ['The plan was sent to the Orlin Council by Tom Vale.', 'organization:Orlin Council'],
    ['He was named with his coach Quillon Pell by the IAAF.', 'person:Quillon Pell'],
    ['A sample went to the security firm Vexco by Orlin’s team.', 'organization:Vexco'],
    // A masthead after a possessive is a newspaper, and a name that speaks no work.
    ['Ann Vale’s The Orlin Times doubled its sales.', 'organization:The Orlin Times'],
    ['Ann Vale’s The Orlin Group said profits rose.', 'organization:The Orlin Group'],
    // A verb's object before an agent's "by" is the verb's object, no title.
    ['The offer to acquire Vexco by Orlin Holdings failed.', 'organization:Vexco'],
    ['The plan to sign Quillon Pell by Ashford United fell through.', 'person:Quillon Pell'],
    ['A move to sanction Hamlen Bank by the Orlin Council was dropped.', 'organization:Hamlen Bank'],
  ])('keeps %j: %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
