import type { Mention } from './mentions.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'
import { isCommonForm, isWholeAt, MINOR_WORDS } from './title-lines.ts'

/**
 * "Carly Vance Endorses Tom Reed", "Vexco Buys the Orlin Bank": in a headline the tagger can read two names and
 * the verb between them as one person or one body. A person's name in a headline (a line with no closing stop) with a capitalized verb inside it
 * ("Endorses", "Slams", "Backs") is two people when the article writes both sides elsewhere as names of their
 * own (not inside the whole name again); the word between is no one's.
 * @example // "Ann Lee Backs Tom Reed\n\nAnn Lee said … Tom Reed …" → "Ann Lee", "Tom Reed"
 */
export function splitHeadlineVerbs(article: TaggedArticle, mentions: Mention[]): Mention[] {
  const split = (m: Mention) => (m.kind === 'person' || m.kind === 'organization') && m.last - m.first >= 3
  if (!mentions.some(split)) return mentions
  const out: Mention[] = []
  for (const m of mentions) {
    if (!split(m) || !isHeadline(article, m)) {
      out.push(m)
      continue
    }
    const at = verbInside(article, m)
    // "Vexco Gives the Louvre": the article's "the" before the second name is no part of it.
    const right = /^the$/i.test(article.tokens[at + 1]?.text ?? '') ? at + 2 : at + 1
    if (at >= 0) out.push(part(article, m.first, at, m.kind), part(article, right, m.last, m.kind))
    else if (m.kind === 'person') out.push(nameWithoutVerb(article, m) ?? m)
    else out.push(m)
  }
  return out
}

// A headline's verb: capitalized, in the present tense ("Endorses", "Slams", "Backs", "Says").
const HEADLINE_VERB = /^\p{Lu}\p{Ll}+[^s]s$/u

/**
 * Whether the mention's sentence is a headline or a heading: a line without a closing stop, or the article's
 * first sentence written in title case (some sources end their headline with a full stop).
 */
function isHeadline(article: TaggedArticle, m: Mention): boolean {
  const index = article.sentenceOf[m.first] as number
  const sentence = article.sentences[index]
  const last = sentence ? (article.tokens[sentence.last - 1] as { text: string }).text : '.'
  if (!/^[.!?"'\u201d\u2019]$/u.test(last)) return true
  return index === 0 && sentence !== undefined && mostlyCapitalized(article, sentence.first, sentence.last)
}

/** Whether at least four words of tokens [first, last), and four in five of them, are capitalized, short ones aside. */
function mostlyCapitalized(article: TaggedArticle, first: number, last: number): boolean {
  let words = 0
  let capitalized = 0
  for (let k = first; k < last; k++) {
    const word = (article.tokens[k] as { text: string }).text
    if (!/^\p{L}/u.test(word) || MINOR_WORDS.has(word)) continue
    words++
    if (/^\p{Lu}/u.test(word)) capitalized++
  }
  return capitalized >= 4 && capitalized * 5 >= words * 4
}

/**
 * A person's full name in the article's headline with a verb glued at its end ("Ann Lee Rampages", "Ann Lee
 * Faces"): the name without it, when the article writes that name elsewhere as a name of its own; otherwise
 * undefined.
 */
function nameWithoutVerb(article: TaggedArticle, m: Mention): Mention | undefined {
  // The article's headline only (its first sentence; the caller checked it is a headline), and a full name left:
  // a line of a list ("Luke Evans Bosworth") is no headline, and a given name alone is too little to tell a surname
  // from a verb.
  if (m.last - m.first < 3 || article.sentenceOf[m.first] !== 0) return undefined
  // A word the lexicon knows, or one the article never writes with the name again ("Rampages"): a surname that
  // looks like a verb ("Ann Lee Jones") comes back in the text with its name.
  const verbLike = (word: string) => isCommonForm(word) || !writtenAgain(article, m)
  const lastWord = (article.tokens[m.last - 1] as { text: string }).text
  if (HEADLINE_VERB.test(lastWord) && verbLike(lastWord)) {
    const rest = part(article, m.first, m.last - 1)
    if (writtenElsewhere(article, rest.text, m)) return rest
  }
  return undefined
}

/** Whether the article writes the mention's whole text again, as whole words, anywhere but where it stands. */
function writtenAgain(article: TaggedArticle, m: Mention): boolean {
  const { view } = article
  for (let at = view.indexOf(m.text); at >= 0; at = view.indexOf(m.text, at + 1))
    if (at !== m.start && isWholeAt(view, at, at + m.text.length)) return true
  return false
}

/** The token of a word inside a headline's name that splits it into two names written elsewhere, or -1. */
function verbInside(article: TaggedArticle, m: Mention): number {
  for (let k = m.first + 1; k < m.last - 1; k++) {
    const word = (article.tokens[k] as { text: string }).text
    if (!HEADLINE_VERB.test(word) || !isCommonForm(word)) continue
    const left = nameOf(article, m.first, k)
    const after = /^the$/i.test(article.tokens[k + 1]?.text ?? '') ? k + 2 : k + 1
    if (after >= m.last) continue
    const right = nameOf(article, after, m.last)
    if (writtenElsewhere(article, left, m) && writtenElsewhere(article, right, m)) return k
  }
  return -1
}

function nameOf(article: TaggedArticle, first: number, last: number): string {
  return nameAt(
    article,
    (article.tokens[first] as { start: number }).start,
    (article.tokens[last - 1] as { end: number }).end,
  )
}

/** Whether the article writes `name` as whole words outside the mention `m` and outside its whole name. */
function writtenElsewhere(article: TaggedArticle, name: string, m: Mention): boolean {
  const { view } = article
  for (let at = view.indexOf(name); at >= 0; at = view.indexOf(name, at + 1)) {
    if (!insideWhole(view, m.text, at, name.length) && isWholeAt(view, at, at + name.length)) return true
  }
  return false
}

/** Whether the text at `at` (of `length`) lies inside a writing of `whole`. */
function insideWhole(view: string, whole: string, at: number, length: number): boolean {
  for (let from = Math.max(0, at + length - whole.length); from <= at; from++)
    if (view.startsWith(whole, from)) return true
  return false
}

function part(
  article: TaggedArticle,
  first: number,
  last: number,
  kind: Mention['kind'] = 'person',
): Mention {
  const start = (article.tokens[first] as { start: number }).start
  const end = (article.tokens[last - 1] as { end: number }).end
  return { first, last, start, end, text: nameAt(article, start, end), kind }
}
