import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const actorsOf = (text: string) => extractActors(parseArticle(text)).map((a) => `${a.kind}:${a.name}`)

describe("a founder's possessive before a business's head noun names one body", () => {
  it.each([
    ["Staff at Mara's Salon and Spa said trade was slow.", "organization:Mara's Salon and Spa"],
    ["A spokesman for the Prince's Trust said it would help.", "organization:Prince's Trust"],
    ["Owners of Dane's Cafe said they would close.", "organization:Dane's Cafe"],
    ["Ivo's Cafe & Bakery opened on Monday.", "organization:Ivo's Cafe & Bakery"],
    ["Ann Lee's Bar was shut by police.", "organization:Ann Lee's Bar"],
  ])('%s → %s', (text, actor) => {
    const actors = actorsOf(text)
    expect(actors).toContain(actor)
    // No person, place or bare head noun made of its pieces.
    expect(actors).toEqual([actor])
  })

  it.each([
    // The founder named on their own stays a person beside the business.
    [
      "Ivo Dane owns Dane's Cafe in Tarrow. Dane said trade was slow.",
      ['person:Ivo Dane', "organization:Dane's Cafe"],
    ],
    // A member named in full before a body's own name: the body is the name after the possessive.
    ["Ann Lee's Vexwood Chambers said it would act.", ['person:Ann Lee', 'organization:Vexwood Chambers']],
    // A place before a body's own name is its seat; a broadcaster's possessive before a name makes it a work.
    ["The head of Kent's Vexwood Studios, Ann Lee, was praised.", ['organization:Vexwood Studios']],
    // A country's possessive names a body of that country, not one named after it.
    ["Britain's National Trust said the house would open.", ['organization:National Trust']],
  ])('%s keeps %j', (text, expected) => {
    const actors = actorsOf(text)
    for (const actor of expected) expect(actors).toContain(actor)
  })

  it.each([
    // No business head after the possessive: the person stays a person.
    ["Ann Lee's Book Club met on Monday. Ann Lee said it was fun.", 'person:Ann Lee'],
    ["Mara Dane's Tarrow home was sold.", 'person:Mara Dane'],
    ["Viewers loved Vexco's Ann's Kitchen, Ivo Lant said.", 'person:Ivo Lant'],
  ])('%s keeps %s', (text, actor) => {
    const actors = actorsOf(text)
    expect(actors).toContain(actor)
    expect(actors.filter((other) => other.includes("'s "))).toEqual([])
  })
})
