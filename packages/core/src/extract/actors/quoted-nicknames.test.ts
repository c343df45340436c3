import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const persons = (text: string) =>
  extractActors(parseArticle(text))
    .filter((actor) => actor.kind === 'person')
    .map((actor) => [actor.id, actor.mentions.map((m) => text.slice(m.start, m.end))])

describe('a nickname in quotes inside a name', () => {
  it.each([
    [
      "Guitarist Brian 'Head' Tarrow told a radio station he was leaving. Tarrow said he was happy.",
      [['person:brian-head-tarrow', ["Brian 'Head' Tarrow", 'Tarrow']]],
    ],
    [
      'Rap mogul Marion "Suge" Vellman was arrested on Monday. Vellman denied the charge.',
      [['person:marion-suge-vellman', ['Marion "Suge" Vellman', 'Vellman']]],
    ],
    // A quoted word between two names of their own is no nickname.
    [
      "Ann Vale said 'Yes' Tom Reed had won.",
      [
        ['person:ann-vale', ['Ann Vale']],
        ['person:tom-reed', ['Tom Reed']],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })
})
