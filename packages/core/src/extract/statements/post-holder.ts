import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Anchor } from './anchors.ts'
import type { Discourse } from './antecedents.ts'

// Posts a report names someone by that the actors stage keeps no role for: a paper's or a broadcaster's staff and
// the experts a firm puts forward ("Clarion editor Ann Vale", "Tom Reed, our political correspondent,"). Unlike
// an office, the same post is held at many bodies, so "the editor" is someone only where one person fits.
export const POST_NOUNS: ReadonlySet<string> = new Set(
  'editor correspondent reporter commentator economist analyst'.split(' '),
)

// How many tokens after a name's comma the post's noun may come: ", the paper's deputy political editor,".
const APPOSITIVE_REACH = 7
// How many tokens before a post's noun a body's name may end: "Clarion deputy political editor Ann Vale".
const BODY_REACH = 4

/** Who holds a post: the one person found, or why none is (no one fits, or more than one does). */
export type PostHolder = { actor: string } | { none: 'no-one' | 'ambiguous' }

/**
 * The one person the article names as holding a post: "Clarion editor Ann Vale", "Ann Vale, the Clarion's
 * editor," or "Ann Vale, editor of the Clarion," for "the Clarion editor", and "BBC political editor Tom Reed"
 * for "our political editor". `phrase` is the post's words, its noun last; `body`, when given, is the body the
 * post is at. Two people who fit leave it ambiguous: "the editor" is then neither of them.
 * @example postHolder(discourse, ['political', 'editor'], undefined) // { actor: 'person:tom-reed' }
 */
export function postHolder(
  discourse: Discourse,
  phrase: readonly string[],
  body: string | undefined,
): PostHolder {
  const { tokens } = discourse.parsed
  const fits = new Set<string>()
  for (const anchor of discourse.anchors) {
    if (anchor.kind !== 'person' || anchor.form !== 'name' || fits.has(anchor.actor)) continue
    const first = countStartingBefore(tokens, anchor.start)
    const after = countStartingBefore(tokens, anchor.end)
    if (titledBefore(discourse, phrase, body, first) || apposedAfter(discourse, phrase, body, after))
      fits.add(anchor.actor)
  }
  const [only, ...more] = fits
  if (only === undefined) return { none: 'no-one' }
  return more.length > 0 ? { none: 'ambiguous' } : { actor: only }
}

/** Whether the words of `phrase` end right before token `end` (its noun at `end - 1`). */
function phraseEndsAt(tokens: readonly Token[], phrase: readonly string[], end: number): boolean {
  return phrase.every((word, k) => tokens[end - phrase.length + k]?.text.toLowerCase() === word)
}

/** Whether `body` is named in the tokens [from, to): "Clarion" or "the Clarion's" before the post's noun. */
function bodyWithin(discourse: Discourse, body: string, from: number, to: number): boolean {
  const { tokens } = discourse.parsed
  const start = tokens[Math.max(0, from)]?.start ?? 0
  const end = tokens[to - 1]?.end ?? start
  const anchors = discourse.anchors
  for (let i = countStartingBefore(anchors, start); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start >= end) break
    if (anchor.actor === body && anchor.end <= end) return true
  }
  return false
}

/** "Clarion political editor Ann Vale": the post's words right before the name, the body (if any) just before. */
function titledBefore(
  discourse: Discourse,
  phrase: readonly string[],
  body: string | undefined,
  first: number,
): boolean {
  const { tokens } = discourse.parsed
  if (!phraseEndsAt(tokens, phrase, first)) return false
  const opening = first - phrase.length
  return body === undefined || bodyWithin(discourse, body, opening - BODY_REACH, opening)
}

/**
 * "Ann Vale, the Clarion's political editor," or "Ann Vale, political editor of the Clarion,": the post's words in
 * the appositive after the name's comma, the body (if any) in the same appositive.
 */
function apposedAfter(
  discourse: Discourse,
  phrase: readonly string[],
  body: string | undefined,
  after: number,
): boolean {
  const { tokens } = discourse.parsed
  if (tokens[after]?.text !== ',') return false
  let close = after + 1
  while (close < tokens.length && !/^[,.;:)]$/.test((tokens[close] as Token).text)) close++
  for (let t = after + 1; t < Math.min(close, after + APPOSITIVE_REACH + 1); t++) {
    if (!phraseEndsAt(tokens, phrase, t + 1)) continue
    return body === undefined || bodyWithin(discourse, body, after + 1, close)
  }
  return false
}
