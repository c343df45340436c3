import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe('a name where only a performed work stands is no actor, in every mention', () => {
  it.each([
    ['Ann Pell got an award for her role in Tallow Creek. Tallow Creek opens in May.', ['person:Ann Pell']],
    ['Critics loved Vexmoor. Ned Vale won best actor for Vexmoor.', ['person:Ned Vale']],
    [
      'The prize for best drama went to Dunmore Lane. Ann Pell won the award for Dunmore Lane.',
      ['person:Ann Pell'],
    ],
    ['Tom Rusk, who directed Quillbrook, joins the cast of a new film.', ['person:Tom Rusk']],
    ['The actress got a nomination for Harrowgate Road last year.', []],
    [
      'Ann Pell was nominated for the Orlin Stories and later moved to Paris.',
      ['person:Ann Pell', 'location:Paris'],
    ],
    ['The actress Ann Pell drew praise for her performance in Kessler Row.', ['person:Ann Pell']],
    ['Critics said his performance in Quillmere was the best of any actor this year.', []],
  ])('%j → %j', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })

  it.each([
    // Without a word of stage or screen, "role in" names a body or a scheme.
    ['The board asked about her role in Vexco Holdings.', 'organization:Vexco Holdings'],
    // "directed by" names the maker, not the work.
    ['The film was directed by Tom Rusk in Canada.', 'person:Tom Rusk'],
    // A name that speaks anywhere in the article is no title.
    ['Ann Pell won best actress for Orlin Media. Orlin Media said it was proud.', 'organization:Orlin Media'],
    // A person named in full keeps the name.
    ['The play won best actor for Tom Rusk.', 'person:Tom Rusk'],
    // After "performance in", a town the tagger's data knows is where the play was on.
    ['The actor gave his last performance in Sheffield before the play closed.', 'location:Sheffield'],
    // Without a word of stage or screen, "performance in" names a market or a place.
    ['Vexco said its performance in Tarrow Valley had been weak.', 'location:Tarrow Valley'],
  ])('keeps %j: %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
