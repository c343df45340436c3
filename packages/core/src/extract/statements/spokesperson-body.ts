import type { Span } from '../../schemas/span.ts'
import type { Anchor } from './anchors.ts'
import { type Discourse, type EarlierSpeaker, sentenceIndexAt } from './antecedents.ts'
import { opensSentence, subjectBefore } from './speaker-subject.ts'

// A spokesperson the source ties to no one: "a spokesman", "A senior spokeswoman" ("the spokesman" is one named before).
const BARE_SPOKESPERSON = /^(?:a|an|one)\s+(?:(?:senior|official|press)\s+)?spokes(?:man|woman|person)$/i

// Bodies that speak through a spokesperson; a person's spokesman is left to whom the text says it is.
const BODY_KINDS: ReadonlySet<string> = new Set(['organization', 'group', 'country'])

/**
 * The body a bare spokesperson speaks for: the body that is the subject of this sentence before the source or of
 * the sentence before ("Scotland Yard said the plan had been reviewed. A spokesman said …", "But the Home Office
 * defended the measures. A spokeswoman said …"). A person as that subject, or no subject, gives nothing.
 * @example bodyOfBareSpokesperson(discourse, source) // 'organization:home-office'
 */
export function bodyOfBareSpokesperson(
  discourse: Discourse,
  source: Span,
  content: Span,
): string | undefined {
  const { parsed } = discourse
  if (!BARE_SPOKESPERSON.test(parsed.view.slice(source.start, source.end).trim())) return undefined
  const sentence = sentenceIndexAt(parsed.sentences, source.start)
  if (sentence < 0) return undefined
  // "The Tories would lose, a spokesman said": a subject inside what was said is not whom the spokesman is for, nor
  // is a name in an opening phrase ("Speaking ahead of the Army Board meeting, a spokesman said").
  const own = subjectBefore(discourse, source.start)
  if (own && opensSentence(discourse, own.anchor) && !within(own.anchor, content))
    return bodyOf(discourse, own.anchor)
  const before = parsed.sentences[sentence - 1]
  const subject = before ? subjectBefore(discourse, Math.max(before.start, before.end - 1)) : undefined
  return subject ? bodyOf(discourse, subject.anchor) : undefined
}

/** The actor of a subject that names a body (a name or a title, not a pronoun the actors stage linked). */
function bodyOf(discourse: Discourse, anchor: Anchor): string | undefined {
  if (anchor.form === 'pronoun' || !BODY_KINDS.has(anchor.kind)) return undefined
  return discourse.actors.has(anchor.actor) ? anchor.actor : undefined
}

/** Whether a span lies inside another. */
function within(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end
}

// A spokesperson named before: "the spokesman", "The spokeswoman".
const THE_SPOKESPERSON = /^the\s+spokes(?:man|woman|person)$/i

// The word of a spokesperson anywhere in a stretch of text.
const SPOKESPERSON_WORD = /\bspokes(?:man|woman|person)\b/i

// How many sentences back "the spokesman" looks for the nameless spokesperson who spoke.
const SPOKESPERSON_REACH = 6

/**
 * The body or person a definite "the spokesman" speaks for: the one whose nameless spokesperson spoke last, a few
 * sentences before ("… said a Home Office spokesman. … The spokesman added …"), not whoever is named nearest. Null
 * when a spokesperson was written of in those sentences but is no one the text names ("a Vale Office spokesman"
 * with no such actor): someone unnamed, not the person in view.
 * @example spokespersonSpokeBefore(discourse, source, earlier) // 'organization:home-office'
 */
export function spokespersonSpokeBefore(
  discourse: Discourse,
  source: Span,
  earlier: readonly EarlierSpeaker[],
): string | null | undefined {
  const { parsed } = discourse
  if (!THE_SPOKESPERSON.test(parsed.view.slice(source.start, source.end).trim())) return undefined
  const sentence = sentenceIndexAt(parsed.sentences, source.start)
  const from = parsed.sentences[Math.max(0, sentence - SPOKESPERSON_REACH)]?.start ?? 0
  let latest: EarlierSpeaker | undefined
  for (let i = earlier.length - 1; i >= 0; i--) {
    const spoke = earlier[i] as EarlierSpeaker
    if (spoke.at >= source.start) continue
    if (spoke.at < from) break
    latest ??= spoke
    if (spoke.voice) return spoke.actor
  }
  // "Tom Reed, a spokesman for Ann Lee, said … the spokesman added": the person who spoke last is left to the look-up.
  if (latest && discourse.actors.get(latest.actor)?.kind === 'person') return undefined
  return SPOKESPERSON_WORD.test(parsed.view.slice(from, source.start)) ? null : undefined
}
