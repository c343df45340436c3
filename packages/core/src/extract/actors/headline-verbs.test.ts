import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const peopleOf = (text: string) =>
  extractActors(parseArticle(text))
    .filter((a) => a.kind === 'person')
    .map((a) => a.name)

describe('two names and a verb in a headline are two people', () => {
  it.each([
    [
      'Carly Vance Endorses Tom Reed\n\nCarly Vance said on Monday that she backs Tom Reed for governor.',
      ['Carly Vance', 'Tom Reed'],
    ],
    [
      'Ann Lee Slams Bo Tarn Over Taxes\n\nAnn Lee said Bo Tarn had misled voters about taxes.',
      ['Ann Lee', 'Bo Tarn'],
    ],
  ])('%j', (text, people) => {
    expect(peopleOf(text).sort()).toEqual(people)
  })

  it.each([
    ['Anna Grace Tarrow said the port was calm.\n\nAnna Grace Tarrow spoke on Monday.', 'Anna Grace Tarrow'],
    ['Tom Hope Reed said the port was calm. Later Tom Hope Reed left.', 'Tom Hope Reed'],
  ])('keeps a name whose sides the article writes only inside it: %j', (text, name) => {
    expect(peopleOf(text)).toEqual([name])
  })
})

describe('a verb glued to a name in a headline is no part of it', () => {
  it.each([
    [
      'Ann Lee Rampages to a Lead in Tarrow.\n\nAnn Lee leads the poll in Tarrow, a survey said.',
      ['Ann Lee'],
    ],
    ['Tom Reed Praises Voters After Win\n\nTom Reed thanked voters on Monday.', ['Tom Reed']],
    ['Crooked Ann Lee Faces the Voters Again.\n\nAnn Lee said she would run.', ['Ann Lee']],
  ])('%j', (text, people) => {
    expect(peopleOf(text).sort()).toEqual(people)
  })

  it.each([
    // A surname like a verb, written in full again.
    [
      'Ann Lee Rawlings: the Tarrow Years Revisited.\n\nAnn Lee Rawlings said it. Ann Lee left.',
      ['Ann Lee Rawlings'],
    ],
    [
      'Ann Lee Rawlings Wins in Tarrow Again.\n\nAnn Lee Rawlings said Tarrow had voted. Ann Lee thanked them.',
      ['Ann Lee Rawlings'],
    ],
    // Not a headline: a line of a list, a sentence of the text.
    [
      'Members\n\nLuke Vale Harrows\n\nAnn Lee Bowes\n\nLuke Vale and Ann Lee met.',
      ['Ann Lee Bowes', 'Luke Vale Harrows'],
    ],
    ['The vote was close.\n\nAnn Lee Rawlings said the city had voted.', ['Ann Lee Rawlings']],
  ])('keeps a name: %j', (text, people) => {
    expect(peopleOf(text).sort()).toEqual(people)
  })
})

describe('a surname that looks like a verb stays in a headline when the text writes the whole name again', () => {
  it.each([
    [
      'Ann Lee Rawlings: the Tarrow Years Revisited.\n\nAnn Lee Rawlings said it. Ann Lee left.',
      'Ann Lee Rawlings',
    ],
    ['Ann Lee Rampages to a Lead in Tarrow.\n\nAnn Lee leads the poll in Tarrow, a survey said.', 'Ann Lee'],
  ])('%j: the headline names %j', (text, name) => {
    const person = extractActors(parseArticle(text)).find((a) => a.kind === 'person')
    const first = person?.mentions[0]
    expect(first && text.slice(first.start, first.end)).toBe(name)
  })
})

describe('two names and a verb in a headline are two bodies', () => {
  const bodiesOf = (text: string) =>
    extractActors(parseArticle(text))
      .filter((a) => a.kind === 'organization')
      .map((a) => a.name)

  it.each([
    ['Vexco Buys Orlin Bank\n\nVexco said it had bought Orlin Bank.', ['Orlin Bank', 'Vexco']],
    [
      'Vexco Gives the Louvre a Boost\n\nThe Louvre will buy a painting with help from Vexco. Vexco said it was glad.',
      ['Louvre', 'Vexco'],
    ],
    // Sides the article never writes on their own leave the name whole.
    ['Vexco Buys Orlin Bank\n\nVexco Buys Orlin Bank is the name of the show.', ['Vexco Buys Orlin Bank']],
  ])('%j', (text, bodies) => {
    expect(bodiesOf(text).sort()).toEqual(bodies)
  })
})
