import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import type { Anchor } from './anchors.ts'
import { actorForDescriptor, type Discourse, isBodyNoun } from './antecedents.ts'
import { bodyAfterPremodifiers, personAfterPremodifiers } from './author-premodified.ts'
import { authorBefore, makerNamedBefore } from './document-author.ts'
import { ownerDescribedBefore } from './writing-owner-before.ts'
import { passiveMakerBy } from './writing-passive-maker.ts'

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
// How many tokens an aside after a source that ends in the writing may take: "a new book, Wide Seas by Ann Lee, …".
const ASIDE_REACH = 14
// How far (in characters) after a writing first met without its author its next mention may name one.
const LOOK_AHEAD = 2000
// What brings in a writing met before again, right before its noun: "the study", "this report".
const SAME_WRITING = /^(?:the|this|that)$/i
// How many lower-case words may lie between "a" and a writing: "a new open letter".
const TITLE_MODIFIERS = 3

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
  const own = authorAfter(discourse, noun, asideEnd(tokens, noun, source.end))
  if (own) return own
  // "the Vale Trust report on pay": the maker named inside the source, before the noun.
  const maker = makerNamedBefore(discourse, noun)
  if (maker && maker.start >= source.start) return { kind: 'author', actor: maker.actor }
  const word = (tokens[noun] as Token).text.toLowerCase()
  // "A report by analysts at Vale …" after "the Pellcom report": "a" brings in another writing, whose maker the
  // earlier ones do not tell.
  if (isIndefinite(tokens, noun)) return authorOfNextMention(discourse, word, source.end)
  const from = Math.max(0, source.start - LOOK_BACK)
  // Whether the first mention of the writing met so far is "a book", "a new report": one met with no author yet.
  let firstIndefinite = isIndefinite(tokens, noun)
  for (
    let t = countStartingBefore(tokens, source.start) - 1;
    t >= 0 && (tokens[t] as Token).start >= from;
    t--
  ) {
    if ((tokens[t] as Token).text.toLowerCase() !== word) continue
    firstIndefinite = isIndefinite(tokens, t)
    const earlier = authorNear(discourse, t)
    if (earlier) return earlier
    // "Ann Vale wrote a letter … The letter said": the maker named before the writing.
    const maker = authorBefore(discourse, t)
    if (maker) return { kind: 'author', actor: maker }
    // "The guild's yearly review … The review of 300 shops found": the body that owns the writing met before.
    const owner = ownerDescribedBefore(tokens, t)
    if (owner) return { kind: 'owner', owner }
  }
  // "According to a new book, … The book, by Ann Lee, says": a writing met first with no author names it next time.
  if (firstIndefinite) return authorOfNextMention(discourse, word, source.end)
  return { kind: 'none' }
}

/** Whether the writing at token `noun` is brought in by "a" or "an", with at most a few lower-case words between. */
function isIndefinite(tokens: readonly Token[], noun: number): boolean {
  for (let t = noun - 1; t >= 0 && noun - t <= TITLE_MODIFIERS + 1; t--) {
    const word = (tokens[t] as Token).text
    if (/^an?$/i.test(word)) return true
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false
  }
  return false
}

/**
 * The author given at a later mention of the writing `word` after `from` that is the same writing ("the study", "the
 * Vale Trust study") and names one; a mention that names none ("The study showed …") lets a later one name it ("The
 * study … was compiled by Tollmark"), and a mention brought in otherwise ("a second study") is another writing,
 * and ends the search.
 */
function authorOfNextMention(discourse: Discourse, word: string, from: number): DocumentSource {
  const { tokens } = discourse.parsed
  for (let t = countStartingBefore(tokens, from); t < tokens.length; t++) {
    const token = tokens[t] as Token
    if (token.start > from + LOOK_AHEAD) break
    if (token.text.toLowerCase() !== word) continue
    // "The Vale Trust survey of 900 firms": the same writing again, with its maker's name before the noun.
    const maker = makerNamedBefore(discourse, t)
    if (maker && SAME_WRITING.test(tokens[countStartingBefore(tokens, maker.start) - 1]?.text ?? ''))
      return { kind: 'author', actor: maker.actor }
    // "The study, by …" is the same writing again; "A second study, by …", "Another study" are new ones.
    if (!SAME_WRITING.test(tokens[t - 1]?.text ?? '')) return { kind: 'none' }
    const author = authorNear(discourse, t)
    if (author) return author
  }
  return { kind: 'none' }
}

/**
 * The author or holder named after a mention of a writing at token `noun`: in the few words after it ("the study by
 * Tollmark"), or as the agent of the passive of making it heads ("The review of bus fares in six valleys was compiled
 * by Tollmark").
 */
function authorNear(discourse: Discourse, noun: number): DocumentSource | undefined {
  const near = authorAfter(discourse, noun, Number.POSITIVE_INFINITY)
  if (near) return near
  const by = passiveMakerBy(discourse.parsed.tokens, noun)
  const agent = by === undefined ? undefined : agentAfterBy(discourse, by + 1)
  return agent ? { kind: 'author', actor: agent } : undefined
}

/** The person or body named (after a few describing words: "the think tank Tollmark") from token `first` on. */
function agentAfterBy(discourse: Discourse, first: number): string | undefined {
  const { tokens, view } = discourse.parsed
  const { anchors } = discourse
  const end = Number.POSITIVE_INFINITY
  const described =
    personAfterPremodifiers(tokens, anchors, first, end) ?? bodyAfterPremodifiers(tokens, anchors, first, end)
  return (described ?? anchorAt(anchors, tokens[first]?.start ?? -1, view))?.actor
}

/**
 * Where the author of a writing may be named: the source's end, or, when the source ends in the writing, the end of
 * an aside set off after it ("According to a new book, Wide Seas by Ann Lee, the …").
 */
function asideEnd(tokens: readonly Token[], noun: number, end: number): number {
  const comma = tokens[noun + 1]
  if (comma?.text !== ',' || comma.start < end) return end
  for (let t = noun + 2; t < tokens.length && t <= noun + 1 + ASIDE_REACH; t++) {
    const token = tokens[t] as Token
    if (/^[.;:!?]$/.test(token.text)) return end
    if (token.text === ',') return token.start
  }
  return end
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
    const verb = tokens[t - 1]?.text ?? ''
    const authoring =
      word === 'from' || AUTHORED.test(verb) || t === noun + 1 || /^\p{Lu}/u.test(verb) || verb === ','
    // "by Sunday Vale columnist Ann Lee": the person described wrote it, not the paper that describes them.
    const described = authoring
      ? (personAfterPremodifiers(tokens, discourse.anchors, t + 1, end) ??
        bodyAfterPremodifiers(tokens, discourse.anchors, t + 1, end))
      : undefined
    if (described) return { kind: 'author', actor: described.actor }
    const named = anchorAt(discourse.anchors, tokens[t + 1]?.start ?? -1, view)
    if (named && (word === 'by' || named.kind !== 'location') && authoring)
      return { kind: 'author', actor: named.actor }
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
