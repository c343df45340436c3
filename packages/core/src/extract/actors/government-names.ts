import { PARTIES } from '../../data/actors/institutions.ts'
import { bodyMention } from './bodies.ts'
import type { Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isCapitalized } from './tagger/word-shape.ts'

/**
 * Words that tell which national government, not whose: "the Federal Government", "the Labour Government" are the
 * text's own. Kinds of government by hand (closed), and the one-word forms of the parties we know.
 */
export const OWN_GOVERNMENT_MODIFIERS: ReadonlySet<string> = new Set([
  ...'Federal National Central Coalition Interim Transitional Provisional Caretaker Military Minority Majority Union'.split(
    ' ',
  ),
  ...PARTIES.flatMap((p) => p.forms.filter((f) => !f.includes(' '))),
])

/**
 * A body's name and "Government" that the tagger split: "the Coalition Government" is the text's government under
 * a word of its own; any other run of capitalized words before it is a proper name ending in "Government", a body
 * of its own ("the Welsh Assembly Government"), not that body and the country's government. A person's name
 * before it ("the Blair Government") stays apart. Changes the mentions in place.
 */
export function joinGovernmentNames(article: TaggedArticle, mentions: Mention[]): void {
  for (let j = mentions.length - 1; j > 0; j--) {
    const [before, body] = [mentions[j - 1] as Mention, mentions[j] as Mention]
    if (body.text !== 'Government' || before.last !== body.first) continue
    const own = OWN_GOVERNMENT_MODIFIERS.has(before.text)
    const named =
      (before.kind === 'organization' || before.kind === 'location') &&
      before.text.split(' ').every((word) => isCapitalized(word))
    if (!own && !named) continue
    const joined = bodyMention(article, before.first, body.last, undefined)
    mentions.splice(j - 1, 2, joined)
  }
}
