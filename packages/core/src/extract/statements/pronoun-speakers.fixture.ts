import { parseArticle } from '../../parse/index.ts'
import type { Actor } from '../../schemas/actor.ts'
import { buildAnchors } from './anchors.ts'
import { extractStatements } from './index.ts'
import { resolveSpeakers } from './speakers.ts'

/** A person whose mentions are the whole-word occurrences of their names in the text. */
export function person(text: string, id: string, names: string[]): Actor {
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
export function pronounSpeakers(text: string, people: Array<[string, string[]]>): string[] {
  const parsed = parseArticle(text)
  const actors = people.map(([id, names]) => person(text, id, names))
  return resolveSpeakers(parsed, extractStatements(parsed, actors), buildAnchors(actors), actors)
    .filter((s) => s.source && /^(?:he|she)$/i.test(text.slice(s.source.start, s.source.end)))
    .map((s) => s.speaker ?? (s.speakerReason as string))
}
