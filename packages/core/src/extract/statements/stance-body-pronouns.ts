import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { sentenceIndexAt } from './antecedents.ts'
import { contentPartTokens, withReadAnchors } from './stance-words.ts'

// The kinds of actor "it" may stand for: a single body. ("They" is left alone: it as often takes in people the
// article names by no actor, "the party met the workers and they failed to agree".)
const FITTING: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['it', new Set(['organization', 'country'])],
])

// A form of "be" or a seeming after "it": most often an empty subject ("it is wrong to …"), not a body.
const EMPTY_IT = /^(?:is|was|seems|seemed|appears|appeared|makes|made|means|meant|matters|remains)$/

// Modals that may stand between an empty "it" and its "be": "it would be wrong", "it could seem".
const MODALS = new Set(['would', 'will', 'could', 'can', 'might', 'may', 'should', 'must'])

// The verbs after such a modal that keep "it" empty: "it would be", "it might seem", "it will appear".
const EMPTY_AFTER_MODAL = /^(?:be|seem|appear|make|mean|matter)$/

/**
 * The anchors a stance may target, with each subject "it" in the content read as the one organization or country
 * named before it in its sentence; never
 * the speaker or the speaker's own side, and only where exactly one such actor is in view ("Vale called Labour
 * tired but said it had no ideas" → Labour). An "it" before a form of "be" is left alone ("it is a shame that …").
 * `read` holds the starts of the pronouns read here.
 * @example bodyPronounTargets(parsed, statement, anchors, own).read // Set { 52 } for "it" → Labour
 */
export function bodyPronounTargets(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  own: ReadonlySet<string | undefined>,
): { anchors: readonly Anchor[]; read: ReadonlySet<number> } {
  const none = { anchors, read: new Set<number>() }
  if (statement.speaker === null) return none
  const added: Anchor[] = []
  for (const token of contentPartTokens(parsed.tokens, statement)) {
    const lower = token.text.toLowerCase()
    const fitting = FITTING.get(lower)
    if (fitting === undefined) continue
    const next = parsed.tokens[countStartingBefore(parsed.tokens, token.end)]
    // A subject: a lower-case word follows ("it failed", "they have"), and "it" not an empty subject.
    if (next === undefined || !/^\p{Ll}/u.test(next.text)) continue
    if (lower === 'it' && EMPTY_IT.test(next.text.toLowerCase())) continue
    // "it would be naive to …", "it will seem odd": a modal before "be" or a seeming keeps the subject empty.
    const after = parsed.tokens[countStartingBefore(parsed.tokens, next.end)]?.text.toLowerCase() ?? ''
    if (lower === 'it' && MODALS.has(next.text.toLowerCase()) && EMPTY_AFTER_MODAL.test(after)) continue
    const body = onlyBodyInView(parsed, statement, anchors, token.start, fitting, own)
    if (body) added.push({ ...body, start: token.start, end: token.end, form: 'pronoun' })
  }
  if (added.length === 0) return none
  return withReadAnchors(anchors, added, new Set(added.map((anchor) => anchor.start)))
}

/**
 * The one actor of a fitting kind, not of the speaker's side, named (by name) in the pronoun's sentence before it,
 * undefined where none or several are.
 */
function onlyBodyInView(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  at: number,
  fitting: ReadonlySet<string>,
  own: ReadonlySet<string | undefined>,
): Anchor | undefined {
  const { sentences } = parsed
  const index = sentenceIndexAt(sentences, at)
  if (index < 0) return undefined
  const fits = (anchor: Anchor) =>
    anchor.form === 'name' && fitting.has(anchor.kind) && !describesSpeaker(parsed, statement, anchor, own)
  // Its own sentence only: a pronoun further on is as often a thing ("launched its plans … it") or a carried
  // stance's (stance-carried.ts).
  const start = sentences[index]?.start ?? 0
  if (at <= start) return undefined
  const named = anchorsWithin(anchors, start, at).filter(fits)
  // Any of the speaker's own side in view leaves the pronoun open: it may be theirs.
  const actors = new Set(named.map((anchor) => anchor.actor))
  if (actors.size !== 1 || named.some((anchor) => own.has(anchor.actor))) return undefined
  return named[0]
}

// Between a side named in the speaker's description and the speaker's name: capitalised words only ("Tory
// Shadow Chancellor Ann Vale", "Labour's Ann Vale").
const DESCRIPTION_GAP = /^(?:['\u2019]s)?(?: \p{Lu}[\p{L}-]*){0,4} $/u

/** Whether an anchor is the speaker's own side named in the speaker's source or in the words right before it. */
function describesSpeaker(
  parsed: ParsedArticle,
  statement: Statement,
  anchor: Anchor,
  own: ReadonlySet<string | undefined>,
): boolean {
  const { source } = statement
  if (!source || !own.has(anchor.actor) || anchor.start >= source.end) return false
  // Named inside the speaker's source ("Tory Shadow Chancellor Ann Vale") or right before it.
  return anchor.start >= source.start || DESCRIPTION_GAP.test(parsed.view.slice(anchor.end, source.start))
}
