import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Actor } from '../../schemas/actor.ts'
import { buildAnchors } from './anchors.ts'
import { extractStatements } from './index.ts'
import { resolveSpeakers } from './speakers.ts'

/** A hand-built actor whose mentions and references are given as the words to find in the text. */
function actor(
  text: string,
  id: Actor['id'],
  names: string[],
  references: Array<[string, 'pronoun' | 'title' | 'demonym']> = [],
): Actor {
  const spans = (word: string) => {
    const out: Array<{ start: number; end: number }> = []
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const before = text.charAt(at - 1)
      const after = text.charAt(at + word.length)
      if (!/\w/.test(before) && !/\w/.test(after)) out.push({ start: at, end: at + word.length })
    }
    return out
  }
  return {
    id,
    name: names[0] ?? id,
    kind: id.split(':')[0] as Actor['kind'],
    aliases: [],
    mentions: names.flatMap(spans),
    references: references.flatMap(([word, form]) => spans(word).map((span) => ({ span, form }))),
  }
}

function speakersOf(text: string, actors: Actor[]) {
  const parsed = parseArticle(text)
  const found = resolveSpeakers(parsed, extractStatements(parsed, actors), buildAnchors(actors), actors)
  return found.map((statement) => statement.speaker ?? statement.speakerReason)
}

describe('speakers from hand-built actors', () => {
  it.each([
    [
      'a name with its title',
      'Russian Deputy Foreign Minister Sergei Ryabkov said the talks had failed.',
      (text: string) => [
        actor(text, 'person:sergei-ryabkov', ['Sergei Ryabkov']),
        actor(text, 'country:russia', [], [['Russian', 'demonym']]),
      ],
      ['person:sergei-ryabkov'],
    ],
    [
      'a possessive before the name',
      "Russia's envoy Ryabkov said the meeting was useful.",
      (text: string) => [
        actor(text, 'person:sergei-ryabkov', ['Ryabkov']),
        actor(text, 'country:russia', ['Russia']),
      ],
      ['person:sergei-ryabkov'],
    ],
    [
      'a pronoun the actors stage linked',
      'Ryabkov arrived on Monday. He said the talks would go on.',
      (text: string) => [actor(text, 'person:sergei-ryabkov', ['Ryabkov'], [['He', 'pronoun']])],
      ['person:sergei-ryabkov'],
    ],
    [
      'a title the actors stage linked',
      'The US Secretary of Defense said airstrikes would continue.',
      (text: string) => [actor(text, 'person:lloyd-austin', [], [['US Secretary of Defense', 'title']])],
      ['person:lloyd-austin'],
    ],
    ['an anonymous source', 'Officials said the bridge would reopen on Monday.', () => [], ['anonymous']],
    ['no source at all', 'It is widely expected that prices will rise.', () => [], ['no-source']],
  ])('%s', (_case, text, actors, expected) => {
    expect(speakersOf(text, actors(text))).toEqual(expected)
  })
})
