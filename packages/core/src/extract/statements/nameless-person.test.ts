import { describe, expect, it } from 'vitest'
import { pronounSpeakers } from './pronoun-speakers.fixture.ts'

describe('a pronoun after a nameless person who spoke', () => {
  it.each([
    [
      'carries a local farmer on, not the person the article is about',
      'Farm row\n\nTom Reed has defended the plan.\n\nA local farmer said the plan would ruin him. He added that prices were too low.',
      [['person:tom-reed', ['Tom Reed']]],
      ['anonymous'],
    ],
    [
      'carries "one broker" on to either pronoun',
      'Bid row\n\nTom Reed has defended the bid.\n\nOne broker at a City bank said the bid was too low. She said it would fail.',
      [['person:tom-reed', ['Tom Reed']]],
      ['anonymous'],
    ],
    [
      'carries "the woman" on as "she"',
      'Road row\n\nAnn Reed has defended the road.\n\nThe woman said the road was unsafe. She said a child had been hurt.',
      [['person:ann-reed', ['Ann Reed']]],
      ['anonymous'],
    ],
    [
      'carries "the man in a grey hat" on as "he"',
      'Shop row\n\nTom Reed runs the shop.\n\nThe man in a grey hat said the door was locked. He said he had waited an hour.',
      [['person:tom-reed', ['Tom Reed']]],
      ['anonymous'],
    ],
    [
      'carries "the man" on across a sentence that opens with him',
      'Shop row\n\nTom Reed runs the shop.\n\n"I am waiting for my son," the man said. The man in the grey hat then sat down. He said the boy was late.',
      [['person:tom-reed', ['Tom Reed']]],
      ['anonymous'],
    ],
    [
      'not across a sentence that opens with someone else',
      'Shop row\n\nTom Reed runs the shop.\n\n"I am waiting for my son," the man said. The woman at the till then sat down. He said the boy was late.',
      [['person:tom-reed', ['Tom Reed']]],
      ['person:tom-reed'],
    ],
    [
      'not across two sentences',
      'Shop row\n\nTom Reed runs the shop.\n\n"I am waiting for my son," the man said. The man then sat down. It was noon. He said the boy was late.',
      [['person:tom-reed', ['Tom Reed']]],
      ['person:tom-reed'],
    ],
    [
      'carries on the head of a body the text does not name',
      'Car row\n\nTom Reed has defended the plan.\n\nThe chief executive of a rival car maker said the plan would fail. He said costs were too high.',
      [['person:tom-reed', ['Tom Reed']]],
      ['anonymous'],
    ],
    [
      'carries a farmer on after a quote of several sentences',
      'Farm row\n\nTom Reed has defended the plan.\n\nA local farmer said: "The plan will ruin me. Prices are too low. We cannot go on." He added that he would sell up.',
      [['person:tom-reed', ['Tom Reed']]],
      ['anonymous'],
    ],
    [
      'carries on a nameless person a "who" stands for',
      'Bid row\n\nTom Reed has defended the bid.\n\nOne dealer, who asked not to be named, told reporters the bid was too low. He said it would fail.',
      [['person:tom-reed', ['Tom Reed']]],
      ['anonymous'],
    ],
    [
      'carries on a nameless woman a "who" stands for as "she"',
      'Road row\n\nAnn Reed has defended the road.\n\nA woman who lives nearby said the road was unsafe. She said a child had been hurt.',
      [['person:ann-reed', ['Ann Reed']]],
      ['anonymous'],
    ],
    [
      'is the person a "who" stands for when that person is named',
      'Bid row\n\nTom Reed has defended the bid.\n\nEd Vale, who runs a rival fund, told reporters the bid was too low. He said it would fail.',
      [
        ['person:tom-reed', ['Tom Reed']],
        ['person:ed-vale', ['Ed Vale']],
      ],
      ['person:ed-vale'],
    ],
    [
      'is no woman for "he"',
      'Road row\n\nTom Reed has defended the road.\n\nA woman said the road was unsafe. He said it was safe.',
      [['person:tom-reed', ['Tom Reed']]],
      ['person:tom-reed'],
    ],
    [
      'is the named person when the farmer is named in the same sentence',
      'Farm row\n\nTom Reed has defended the plan.\n\nJoe Vale, a local farmer, said the plan would ruin him. He added that prices were too low.',
      [
        ['person:tom-reed', ['Tom Reed']],
        ['person:joe-vale', ['Joe Vale']],
      ],
      ['person:joe-vale'],
    ],
    [
      "carries a named man's nameless aide on, not the man who owns him",
      'Tax row\n\nThe tax starts in May. In a speech, President Tom Reed\'s chief aide said it was needed. "We have no choice," he said.',
      [['person:tom-reed', ['Tom Reed']]],
      ['anonymous'],
    ],
    [
      "carries a named woman's nameless lawyer on as either pronoun",
      "Tax row\n\nAnn Reed lost her case. Ms Reed's lawyer said the ruling was wrong. He said she would appeal.",
      [['person:ann-reed', ['Ann Reed', 'Ms Reed']]],
      ['anonymous'],
    ],
    [
      'stops at a man named after the aide spoke',
      "Tax row\n\nThe tax starts in May. President Tom Reed's chief aide said it was needed. Ed Vale disagreed. He said it would fail.",
      [
        ['person:tom-reed', ['Tom Reed']],
        ['person:ed-vale', ['Ed Vale']],
      ],
      ['person:ed-vale'],
    ],
    [
      'stops at a man named between',
      'Farm row\n\nTom Reed has defended the plan.\n\nA local farmer said the plan would ruin him. Tom Reed disagreed. He said prices were fair.',
      [['person:tom-reed', ['Tom Reed']]],
      ['person:tom-reed'],
    ],
  ] as Array<[string, string, Array<[string, string[]]>, string[]]>)(
    '%s',
    (_case, text, people, expected) => {
      expect(pronounSpeakers(text, people)).toEqual(expected)
    },
  )
})
