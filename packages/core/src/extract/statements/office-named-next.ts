import { countStartingBefore } from '../../parse/count-before.ts'
import type { Sentence } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import type { Anchor } from './anchors.ts'
import { type Discourse, insideQuote, PREPOSITIONS, sentenceIndexAt, wordBefore } from './antecedents.ts'
import { mayHoldOffice } from './office-holders.ts'

// The nouns of an office one person holds: "the work and pensions minister", "the information commissioner".
const OFFICE_NOUNS = new Set(
  'minister secretary chancellor commissioner mayor leader president premier governor chairman chairwoman'.split(
    ' ',
  ),
)
// "the" and at most five words, the office's noun last.
const DESCRIPTION = /^[Tt]he ((?:[\p{L}-]+ ){0,4}([\p{L}-]+))$/u
// How many sentences after the description its holder's name may come.
const REACH = 3

/**
 * The holder of an office an article names only after it: "Games should carry larger warnings, the trade and
 * industry secretary has said. Ann Vale is expected to …" is Ann Vale speaking. The first person named in the three
 * sentences after the description's, outside quotes and not after a preposition or as a possessive, holds it if
 * no role the text gives them is another office; with no person named in the description's paragraph before it.
 * Undefined otherwise.
 * @example officeHolderNamedNext(discourse, source) // 'person:ann-vale'
 */
export function officeHolderNamedNext(discourse: Discourse, source: Span): string | undefined {
  const { parsed, anchors } = discourse
  const match = DESCRIPTION.exec(parsed.view.slice(source.start, source.end).trim())
  if (!match || !OFFICE_NOUNS.has((match[2] as string).toLowerCase())) return undefined
  const sentence = sentenceIndexAt(parsed.sentences, source.start)
  if (sentence < 0) return undefined
  const paragraph = (parsed.sentences[sentence] as Sentence).paragraph
  // A person named earlier in the paragraph is the one the backward look-ups had to weigh; this is for openings.
  for (let i = countStartingBefore(anchors, source.start) - 1; i >= 0; i--) {
    const anchor = anchors[i] as Anchor
    const at = sentenceIndexAt(parsed.sentences, anchor.start)
    if (at < 0 || (parsed.sentences[at] as Sentence).paragraph !== paragraph) break
    if (anchor.kind === 'person') return undefined
  }
  const last = parsed.sentences[Math.min(parsed.sentences.length - 1, sentence + REACH)] as Sentence
  // From the next sentence: a name after the cue in its own ("the mayor accused Ed Vale") is whom it speaks of.
  const next = parsed.sentences[sentence + 1]
  if (!next) return undefined
  for (let i = countStartingBefore(anchors, next.start); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start > last.end) break
    if (anchor.kind !== 'person' || anchor.form !== 'name' || insideQuote(discourse.quoted, anchor)) continue
    if (PREPOSITIONS.has(wordBefore(parsed, anchor.start))) continue
    if (/^['\u2019]s?\b/.test(parsed.view.slice(anchor.end, anchor.end + 3))) continue
    const actor = discourse.actors.get(anchor.actor)
    const phrase = (match[1] as string).toLowerCase()
    // A role of the office's noun alone ("minister" for "courts minister Tom Leslie") says nothing against it.
    const bare = actor?.role?.toLowerCase() === (match[2] as string).toLowerCase()
    return actor && (bare || mayHoldOffice(phrase)(actor)) ? anchor.actor : undefined
  }
  return undefined
}
