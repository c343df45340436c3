import { countStartingBefore } from '../../parse/count-before.ts'
import type { Sentence } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import type { Statement } from '../../schemas/statement.ts'
import type { Anchor } from './anchors.ts'
import { type Discourse, PERSON_NOUNS, sentenceIndexAt, TITLE_PREFIX } from './antecedents.ts'
import { officeHolders, officeOf } from './office-holders.ts'
import { otherOffices } from './other-office.ts'
import { subjectBefore } from './speaker-subject.ts'

// A description of one person by their post, optionally with a determiner: "a Home Office minister", "London's
// most senior police officer", "The UK's top judge", "its co-chairman", "his former adviser". Words are letters, apostrophes, dots and hyphens; at most six
// words before the head, each followed by spaces (disjoint classes, bounded repetition).
const DESCRIPTION = /^(?:(a|an|the|its|their|his|her)\s+)?((?:[\p{L}'\u2019.-]+\s+){0,6})([\p{L}-]+)$/iu
const POSSESSIVE = /['\u2019]s$/

// Posts a news lead describes someone by before it names them, besides the offices of PERSON_NOUNS.
const POSTS: ReadonlySet<string> = new Set([
  ...PERSON_NOUNS,
  ...'officer backbencher barrister politician ally donor campaigner lawyer constable bishop archbishop economist'.split(
    ' ',
  ),
  // A person the lead keeps for the next sentence without a post: "a leading industry figure", "a witness".
  ...'adviser advisor associate figure witness'.split(' '),
])
// Those who speak for someone else stay nameless: "a senior spokesman has said. Ann Vale said" is two voices.
const NAMELESS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson'])

/** The post a lead's source describes a person by ("home office minister", "most senior police officer"), if any. */
export function leadPost(words: string): string | undefined {
  const match = DESCRIPTION.exec(words.trim())
  if (!match) return undefined
  const modifiers = (match[2] as string).trim().split(/\s+/).filter(Boolean)
  const head = (match[3] as string).toLowerCase()
  // "its co-chairman": a title with a prefix is a post as the title is.
  const post = head.replace(TITLE_PREFIX, '')
  if (!POSTS.has(post) || NAMELESS.has(post)) return undefined
  // Without "a", "an" or "the", only an owner's possessive makes it a description: "London's … officer".
  const owner = modifiers.findLastIndex((word) => POSSESSIVE.test(word))
  if (match[1] === undefined && owner < 0) return undefined
  const after = modifiers.slice(owner + 1)
  return [...after, head].join(' ').toLowerCase()
}

/**
 * The person a lead's nameless description stands for, when the next sentence opens with their name as its subject: "Muslims
 * should expect more searches, a Home Office minister has said. Ann Vale said …" is Ann Vale speaking; so is
 * "London's most senior police officer" followed by "Sir Tom Reed said …". Only the article's first sentence,
 * with no person named in it before the description unless "his" or "her" owns it ("Ed Rolt knew, his former
 * adviser said"), and no spokesperson (who speaks for someone else). A role
 * the text gives the person that is another office ("former", "shadow") the description lacks rules them out.
 * @example personNamedAfterLead(discourse, source) // 'person:ann-vale'
 */
export function personNamedAfterLead(discourse: Discourse, source: Span): string | undefined {
  const { parsed, anchors } = discourse
  const sentences = parsed.sentences
  const lead = countStartingBefore(sentences, parsed.body.start)
  const sentence = sentenceIndexAt(sentences, source.start)
  if (sentence !== lead) return undefined
  const words = parsed.view.slice(source.start, source.end)
  const post = leadPost(words)
  if (post === undefined) return undefined
  // "Ed Rolt knew of it, his closest associate has said": whom "his" or "her" stands for is named before it.
  const owned = /^(?:his|her)\s/i.test(words.trim())
  const from = (sentences[sentence] as Sentence).start
  for (let i = owned ? anchors.length : countStartingBefore(anchors, from); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start >= source.end) break
    // "Chancellor Gordon Brown's closest ally": an owner may be named; anyone else named is who the lead is about.
    if (anchor.kind === 'person' && anchor.form === 'name' && !isPossessive(parsed.view, anchor))
      return undefined
  }
  const next = sentences[sentence + 1]
  if (!next || next.paragraph - (sentences[sentence] as Sentence).paragraph > 1) return undefined
  const subject = subjectBefore(discourse, next.end)?.anchor
  if (subject?.kind !== 'person' || subject.form !== 'name') return undefined
  const before = parsed.view.slice(next.start, subject.start)
  // "In a speech in Leeds, Ann Vale said": a phrase set off by a comma may open the sentence.
  if (!opensSentence(before.slice(before.lastIndexOf(',') + 1))) return undefined
  const role = discourse.actors.get(subject.actor)?.role
  if (role !== undefined && otherOffices(role).some((word) => !otherOffices(post).includes(word)))
    return undefined
  return subject.actor
}

// Words that no title before a name holds: a verb, a pronoun, a clause's links ("It is a year since …, known as").
const NOT_IN_TITLE = new Set(
  'it is was are were be been has have had this there since as by to known called named led who which that when after before'.split(
    ' ',
  ),
)

/**
 * Whether the words before a name in its sentence leave it the sentence's opening subject: none, or only a title
 * ("Public accounts committee chairman Edward Leigh was …"). "It is 25 years since …, known as Ann Vale" names no
 * one as its subject.
 */
function opensSentence(before: string): boolean {
  return before.split(/\s+/).every((word) => !NOT_IN_TITLE.has(word.toLowerCase()))
}

/** Whether a name is written as a possessive ("Ann Vale's"). */
function isPossessive(view: string, anchor: Anchor): boolean {
  return /^['\u2019]s?\b/.test(view.slice(anchor.end, anchor.end + 3))
}

/**
 * The posts the lead gives the people the next sentences name, by person: "a Home Office minister has said. Ann
 * Vale said …" gives Ann Vale "home office minister".
 * @example leadPostsOf(discourse, statements).get('person:ann-vale') // 'home office minister'
 */
export function leadPostsOf(discourse: Discourse, statements: readonly Statement[]): Map<string, string> {
  const posts = new Map<string, string>()
  for (const { source } of statements) {
    if (!source) continue
    const person = personNamedAfterLead(discourse, source)
    const post = leadPost(discourse.parsed.view.slice(source.start, source.end))
    if (person && post) posts.set(person, post)
  }
  return posts
}

// An office's spokesperson: "the prime minister's official spokesman" speaks for the prime minister.
const OFFICE_SPOKESPERSON =
  /^(the\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)['\u2019]s\s+(?:[\p{L}-]+\s+){0,2}spokes(?:man|woman|person)$/iu

/**
 * The office a source names, whole or as whose spokesperson it is: "the prime minister", "the prime minister's
 * official spokesman" → "prime minister".
 */
export function officeSpokenFor(words: string): string | undefined {
  const trimmed = words.trim()
  const owner = OFFICE_SPOKESPERSON.exec(trimmed)?.[1]
  return officeOf(owner ?? trimmed)
}

/**
 * A speaker found for an office ("the prime minister said", "the prime minister's spokesman said") whom the lead
 * gave another post: "London's most senior police officer" is not the prime minister however near he is. The
 * office's holder speaks instead when the article gives it to someone else, or no one.
 */
export function checkedByLeadPosts(
  discourse: Discourse,
  posts: ReadonlyMap<string, string>,
  source: Span,
  speaker: string,
): string | undefined {
  const post = posts.get(speaker)
  if (post === undefined) return speaker
  const phrase = officeSpokenFor(discourse.parsed.view.slice(source.start, source.end))
  if (phrase === undefined || sameOffice(post, phrase)) return speaker
  const holder = officeHolders(discourse).get(phrase)
  return holder !== undefined && holder !== speaker && !posts.has(holder) ? holder : undefined
}

/** Whether two phrases may name one office: the words of the shorter all in the longer ("president", "russian president"). */
function sameOffice(post: string, phrase: string): boolean {
  const [shorter, longer] = [post.split(' '), phrase.split(' ')].sort((a, b) => a.length - b.length) as [
    string[],
    string[],
  ]
  return shorter.every((word) => longer.includes(word))
}
