import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import type { Anchor } from './anchors.ts'
import { actorForDescriptor, type Discourse, isBodyNoun } from './antecedents.ts'
import { authorBefore } from './document-author.ts'

// Nouns for writings that speak for whoever wrote them: "the report said", "the book claims".
const DOCUMENTS = new Set(
  'report reports book memoir memoirs study survey paper letter statement document documents review analysis assessment research poll findings release memo email invitation dossier submission manifesto blog post article records minutes'.split(
    ' ',
  ),
)
// "a report written by the IFS": the one after "by" wrote it.
const AUTHORED =
  /^(?:written|published|released|issued|compiled|produced|prepared|commissioned|conducted|carried|authored)$/i
// "an invitation obtained by POLITICO", "documents seen by the BBC": the one after "by" only holds it.
const HELD = /^(?:obtained|seen|reviewed|viewed|received|leaked|acquired|shared|passed)$/i
// "a report which followed an inquiry by the committee": who did the work the writing comes of wrote it.
const WORK = /^(?:inquiry|investigation|review|study|survey|consultation|audit|research)$/i
// How far back (in characters) a document's earlier mention may lie, and in how many tokens after it its author is named.
const LOOK_BACK = 4000
const AUTHOR_REACH = 8
// How many tokens a title set off after a document noun may take: "the report, Cities in Crisis, …".
const TITLE_REACH = 8

/** Whether a noun names a writing that speaks for its author ("the report", "the study"). */
export function isDocumentNoun(word: string): boolean {
  return DOCUMENTS.has(word.toLowerCase())
}

/**
 * Who a document source speaks for: its author, no one named (a paper that holds it, a person it is addressed to), or
 * nothing known.
 */
export type DocumentSource =
  | { kind: 'author'; actor: string }
  | { kind: 'owner'; owner: Span }
  | { kind: 'held' }
  | { kind: 'none' }

/**
 * Reads a source whose head is a writing ("the report", "an invitation obtained by POLITICO", "The book"): the
 * author named beside it ("… by Robert Preston", "a report from the IFS"), or beside the last mention of that
 * writing ("a new book, Brown's Britain by Robert Preston … The book claims"); a writing someone merely obtained or
 * saw, or that is for a person ("a memo for Mr Heath"), names no speaker.
 * @example readDocumentSource(discourse, source) // { kind: 'author', actor: 'person:robert-preston' }
 */
export function readDocumentSource(discourse: Discourse, source: Span): DocumentSource {
  const { tokens, view } = discourse.parsed
  const first = countStartingBefore(tokens, source.start)
  let noun = -1
  let owner: Span | undefined
  for (let t = first; t < tokens.length && (tokens[t] as Token).end <= source.end; t++) {
    const token = tokens[t] as Token
    const word = token.text
    if (DOCUMENTS.has(word.toLowerCase())) {
      noun = t
      break
    }
    // "the grid operator's 2019 assessment": whose writing it is.
    if (/^['\u2019]s?\s/.test(view.slice(token.end, token.end + 3)) && /^[\p{L}]/u.test(word))
      owner = { start: source.start, end: token.end }
    // The document must head the source: "the report", "its latest report", not "Mr Hale, whose report …".
    if (/^[,;:(]$/.test(word) || t - first > 7) return { kind: 'none' }
  }
  if (noun < 0) return { kind: 'none' }
  if (owner) return { kind: 'owner', owner }
  const own = authorAfter(discourse, noun, source.end)
  if (own) return own
  const word = (tokens[noun] as Token).text.toLowerCase()
  const from = Math.max(0, source.start - LOOK_BACK)
  for (
    let t = countStartingBefore(tokens, source.start) - 1;
    t >= 0 && (tokens[t] as Token).start >= from;
    t--
  ) {
    if ((tokens[t] as Token).text.toLowerCase() !== word) continue
    const earlier = authorAfter(discourse, t, Number.POSITIVE_INFINITY)
    if (earlier) return earlier
    // "Ann Vale wrote a letter … The letter said": the maker named before the writing.
    const maker = authorBefore(discourse, t)
    if (maker) return { kind: 'author', actor: maker }
  }
  return { kind: 'none' }
}

/** The author or holder named in the few words after a document noun, before `end` and the sentence's end. */
function authorAfter(discourse: Discourse, noun: number, end: number): DocumentSource | undefined {
  const { tokens, view } = discourse.parsed
  const limit = Math.min(tokens.length, noun + AUTHOR_REACH + titleSetOff(tokens, noun))
  // "a memo for Mr Heath": the one a writing is for reads it and did not write it.
  const addressed =
    /^for$/i.test(tokens[noun + 1]?.text ?? '') &&
    anchorAt(discourse.anchors, tokens[noun + 2]?.start ?? -1, view)?.kind === 'person'
  const unknown: DocumentSource | undefined = addressed ? { kind: 'held' } : undefined
  for (let t = noun + 1; t < limit; t++) {
    const token = tokens[t] as Token
    if (token.end > end || /^[.;:!?]$/.test(token.text)) return unknown
    const word = token.text.toLowerCase()
    if (HELD.test(word)) return { kind: 'held' }
    if (word !== 'by' && word !== 'from') continue
    const named = anchorAt(discourse.anchors, tokens[t + 1]?.start ?? -1, view)
    if (named && (word === 'by' || named.kind !== 'location')) {
      const verb = tokens[t - 1]?.text ?? ''
      if (word === 'from' || AUTHORED.test(verb) || t === noun + 1 || /^\p{Lu}/u.test(verb) || verb === ',')
        return { kind: 'author', actor: named.actor }
    }
    const body = named ? undefined : describedBody(discourse, t + 1)
    if (body && (AUTHORED.test(tokens[t - 1]?.text ?? '') || WORK.test(tokens[t - 1]?.text ?? '')))
      return { kind: 'author', actor: body }
  }
  return unknown
}

/**
 * How many tokens a phrase set off by commas right after a document noun takes: a title ("the report, Cities in
 * Crisis, was published by …") or any other aside ("the report, however, was …"), which the author's reach skips
 * alike. Zero when no comma follows the noun or none closes the phrase.
 */
function titleSetOff(tokens: readonly Token[], noun: number): number {
  if (tokens[noun + 1]?.text !== ',') return 0
  for (let t = noun + 2; t < tokens.length && t <= noun + 1 + TITLE_REACH; t++) {
    const word = (tokens[t] as Token).text
    if (/^[.;:!?]$/.test(word)) return 0
    if (word === ',') return t - noun - 1
  }
  return 0
}

/**
 * The body a description after "by" stands for ("an inquiry by the committee"): "the" and a body noun, resolved as
 * "the committee" is to the committee the text names.
 */
function describedBody(discourse: Discourse, t: number): string | undefined {
  const { tokens } = discourse.parsed
  const the = tokens[t]
  const noun = tokens[t + 1]
  if (!the || !noun || !/^the$/i.test(the.text) || !/^\p{Ll}/u.test(noun.text) || !isBodyNoun(noun.text))
    return undefined
  return actorForDescriptor(discourse, { start: the.start, end: noun.end }, [])
}

/** The name that starts at `at`, or after a "the" that starts there. */
function anchorAt(anchors: readonly Anchor[], at: number, view: string): Anchor | undefined {
  if (at < 0) return undefined
  const start = at + (/^the\s+/i.exec(view.slice(at, at + 8))?.[0].length ?? 0)
  for (let i = countStartingBefore(anchors, at); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start > start) break
    if (anchor.form === 'name' && anchor.kind !== 'location') return anchor
  }
  return undefined
}
