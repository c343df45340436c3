import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Actor } from '../../schemas/actor.ts'
import { buildAnchors } from './anchors.ts'
import { extractStatements } from './index.ts'
import { resolveSpeakers } from './speakers.ts'

/** A person whose mentions are the whole-word occurrences of their names in the text. */
function person(text: string, id: string, names: string[]): Actor {
  const mentions = names.flatMap((name) => {
    const out: Array<{ start: number; end: number }> = []
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if (!/\w/.test(text.charAt(at - 1)) && !/\w/.test(text.charAt(at + name.length)))
        out.push({ start: at, end: at + name.length })
    return out
  })
  return {
    id: id as Actor['id'],
    name: names[0] ?? id,
    kind: 'person',
    aliases: [],
    mentions,
    references: [],
  }
}

/** The speaker (or the reason for none) of each statement whose source is "he" or "she". */
function pronounSpeakers(text: string, people: Array<[string, string[]]>): string[] {
  const parsed = parseArticle(text)
  const actors = people.map(([id, names]) => person(text, id, names))
  return resolveSpeakers(parsed, extractStatements(parsed, actors), buildAnchors(actors), actors)
    .filter((s) => s.source && /^(?:he|she)$/i.test(text.slice(s.source.start, s.source.end)))
    .map((s) => s.speaker ?? (s.speakerReason as string))
}

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
      'carries on the head of a body the text does not name',
      'Car row\n\nTom Reed has defended the plan.\n\nThe chief executive of a rival car maker said the plan would fail. He said costs were too high.',
      [['person:tom-reed', ['Tom Reed']]],
      ['anonymous'],
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
