import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const persons = (text: string) =>
  extractActors(parseArticle(text))
    .filter((actor) => actor.kind === 'person')
    .map((actor) => [actor.id, actor.mentions.map((m) => text.slice(m.start, m.end))])

describe('a word a headline puts before a surname', () => {
  it.each([
    [
      'Faultless Ferrant wins again\n\nRoger Ferrant beat Tom Hale in the final. Ferrant said he was happy.',
      [
        ['person:roger-ferrant', ['Ferrant', 'Roger Ferrant', 'Ferrant']],
        ['person:tom-hale', ['Tom Hale']],
      ],
    ],
    [
      'Mogul Tarrow backs rap band\n\nTony Tarrow, the music mogul, has signed a band. Tarrow said they were good.',
      [['person:tony-tarrow', ['Tarrow', 'Tony Tarrow', 'Tarrow']]],
    ],
    // A given name the text writes again is the name's: two people who share a surname.
    [
      'Dhani Harlow tops rich list\n\nAt number one is Dhani Harlow, son of the late George Harlow.',
      [
        ['person:dhani-harlow', ['Dhani Harlow', 'Dhani Harlow']],
        ['person:george-harlow', ['George Harlow']],
      ],
    ],
    // The name the headline gives is written again, or its given name with its accent: the person's own.
    [
      'Ann Hale, husband expecting child\n\nAnn Hale said on Monday that she was pleased. Her mother Mary Hale agreed.',
      [
        ['person:ann-hale', ['Ann Hale', 'Ann Hale']],
        ['person:mary-hale', ['Mary Hale']],
      ],
    ],
    [
      'Francois Tarrow says vote is close\n\nFrançois Tarrow spoke in Paris. Tarrow said the vote was close.',
      [['person:francois-tarrow', ['Francois Tarrow', 'François Tarrow', 'Tarrow']]],
    ],
    // A particle opens the surname.
    [
      'Dal Lago in for Italy\n\nMarco dal Lago will start on Saturday. Dal Lago said he was ready.',
      [['person:marco-dal-lago', ['Dal Lago', 'Marco dal Lago', 'Dal Lago']]],
    ],
    // Not in the body, where the tagger's reading stands.
    [
      'Hale keeps title\n\nFaultless Hale beat Anna Kerr on Sunday, and Tom Hale said he was tired.',
      [
        ['person:faultless-hale', ['Hale', 'Faultless Hale']],
        ['person:anna-kerr', ['Anna Kerr']],
        ['person:tom-hale', ['Tom Hale']],
      ],
    ],
    // A first word the text writes inside a sentence is a name's word.
    [
      'Defiant Ferrant stays on\n\nRoger Ferrant, the Defiant chairman, said he would stay. Ferrant said so twice.',
      [
        ['person:defiant-ferrant', ['Defiant Ferrant', 'Defiant']],
        ['person:roger-ferrant', ['Roger Ferrant', 'Ferrant']],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })
})
