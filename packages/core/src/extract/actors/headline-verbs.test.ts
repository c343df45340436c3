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
