import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'
import { isOneEditApart, variantFullNames, variantSurname } from './spelling-variants.ts'

describe('isOneEditApart', () => {
  it.each([
    ['Abbot', 'Abbott', true],
    ['Houser', 'Hauser', true],
    ['Mukerjee', 'Mukherjee', true],
    ['Abbott', 'Abbott', false],
    ['Horan', 'Hogan', true],
    ['Clarke', 'Clarkson', false],
    ['Walker', 'Welkar', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(isOneEditApart(a, b)).toBe(expected)
  })
})

describe('variantSurname', () => {
  it.each([
    ['Abbot', ['Abbott', 'Blair'], 'Abbott'],
    ['Hauser', ['Houser'], 'Houser'],
    // A given name, a short word, another first letter or two near surnames: no slip.
    ['Owen', ['Owens'], undefined],
    ['Kong', ['King'], undefined],
    ['Coward', ['Howard'], undefined],
    ['Bowen', ['Bower', 'Bowes'], undefined],
  ])('%s among %j → %s', (word, surnames, expected) => {
    expect(variantSurname(word, surnames)).toBe(expected)
  })
})

describe('variantFullNames', () => {
  const names = (text: string) => text.split(', ').map((n) => n.split(' '))
  it.each([
    ['Charles Clarke, Charles Clarke, Charles Clark', 'Charles Clark', 'Charles Clarke'],
    ['Dave Collins, David Collins', 'Dave Collins', 'David Collins'],
    ['Danny Vale, Daniel Vale', 'Danny Vale', 'Daniel Vale'],
    ['Steve Rudd, Steven Rudd', 'Steve Rudd', 'Steven Rudd'],
    // Two people: other given names, another gender, or a surname that two others could be.
    ['Mark Vale, Martin Vale', 'Mark Vale', undefined],
    ['Jack Vale, Jacob Vale', 'Jack Vale', undefined],
    ['Chris Vale, Christine Vale', 'Chris Vale', undefined],
    ['Paul Miller, Franck Muller', 'Franck Muller', undefined],
    ['Ann Tarr, Ann Tarn, Ann Tart', 'Ann Tarn', undefined],
  ])('%s: %s → %s', (list, variant, expected) => {
    expect(variantFullNames(names(list)).get(variant)).toBe(expected)
  })
})

describe('spelling variants in an article', () => {
  const people = (text: string) =>
    extractActors(parseArticle(text))
      .filter((a) => a.kind === 'person')
      .map((a) => `${a.name} ${a.mentions.length}`)
  it.each([
    ['Judge Susan Illston set a date. Ilston told the court she would rule soon.', ['Susan Illston 2']],
    ['Labour MP Diane Abbott spoke on Monday. Abbot said the plan was wrong.', ['Diane Abbott 2']],
    [
      'Home Secretary Charles Clarke defended the bill. Charles Clark said it was needed. Mr Clarke left.',
      ['Charles Clarke 3'],
    ],
    ['Dave Collins was named head of the team. David Collins said he was delighted.', ['David Collins 2']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })
})
