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

describe('a pronoun after a nameless spokesperson', () => {
  it.each([
    [
      'carries the spokesman on, not the person the article is about',
      'Plan row\n\nTom Reed has defended the plan.\n\nA spokesman said the minister was confident. He said the details would come soon.',
      [['person:tom-reed', ['Tom Reed']]],
      ['anonymous'],
    ],
    [
      'carries the spokeswoman on through her quote',
      'Plan row\n\nTom Reed has defended the plan.\n\nBut a spokeswoman insisted the plan was fair. "It is fair," she said.',
      [['person:tom-reed', ['Tom Reed']]],
      ['anonymous'],
    ],
    [
      'stops at a man named between',
      'Plan row\n\nTom Reed has defended the plan.\n\nA spokesman said the plan was fair. Ed Vale attacked it. He said it would fail.',
      [
        ['person:tom-reed', ['Tom Reed']],
        ['person:ed-vale', ['Ed Vale']],
      ],
      ['person:ed-vale'],
    ],
    [
      'stops two sentences on',
      'Plan row\n\nTom Reed has defended the plan.\n\nA spokesman said the plan was fair. The vote is in May. Tom Reed is in Leeds. He said it would pass.',
      [['person:tom-reed', ['Tom Reed']]],
      ['person:tom-reed'],
    ],
    [
      'is no spokeswoman for "he"',
      'Plan row\n\nTom Reed has defended the plan.\n\nA spokeswoman said the plan was fair. He said it would pass.',
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
