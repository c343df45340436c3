import { describe, expect, test } from 'vitest'
import { alsoWritten, isNameOf, wikidataHref } from './actor-names.ts'

describe('alsoWritten', () => {
  test.each<[string, { name: string; aliases: string[]; names?: string[] }, string[]]>([
    [
      'merged names, most frequent first, without the name',
      {
        name: 'Donald Trump',
        aliases: ['Trump'],
        names: ['Donald Trump', 'Trump', 'Mr Trump', 'Donald J. Trump'],
      },
      ['Trump', 'Mr Trump', 'Donald J. Trump'],
    ],
    [
      'aliases when the API gives no names',
      { name: 'Ann Lee', aliases: ['Lee', 'Mayor Lee'] },
      ['Lee', 'Mayor Lee'],
    ],
    ['aliases when names is empty', { name: 'Ann Lee', aliases: ['Lee'], names: [] }, ['Lee']],
    [
      'each form once, whatever its case',
      { name: 'Ann Lee', aliases: [], names: ['ANN LEE', 'Lee', 'lee', 'Lée'] },
      ['Lee'],
    ],
    ['nothing else', { name: 'Ann Lee', aliases: [] }, []],
  ])('%s', (_, actor, expected) => {
    expect(alsoWritten(actor)).toEqual(expected)
  })
})

describe('isNameOf', () => {
  const actor = {
    name: 'Bill Clinton',
    aliases: ['President Clinton'],
    names: ['Bill Clinton', 'Mr Clinton'],
  }
  test.each([
    ['bill clinton', true],
    ['President  Clinton', true],
    ['mr clinton', true],
    ['Clinton', false],
    ['Hillary Clinton', false],
  ])('%s → %s', (text, expected) => {
    expect(isNameOf(actor, text)).toBe(expected)
  })
})

describe('wikidataHref', () => {
  test.each<[string | null | undefined, string | null]>([
    ['Q22686', 'https://www.wikidata.org/entity/Q22686'],
    [null, null],
    [undefined, null],
    ['', null],
    ['Q0', null],
    ['q22686', null],
    ['Q1"><script>', null],
    ['https://www.wikidata.org/entity/Q22686', null],
  ])('%s → %s', (item, expected) => {
    expect(wikidataHref(item)).toBe(expected)
  })
})
