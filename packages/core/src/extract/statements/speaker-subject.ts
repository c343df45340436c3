import { countStartingBefore } from '../../parse/count-before.ts'
import type { Anchor } from './anchors.ts'
import {
  type Discourse,
  insideQuote,
  PERSON_NOUNS,
  PREPOSITIONS,
  sentenceIndexAt,
  TITLE_PREFIX,
  wordBefore,
} from './antecedents.ts'

// Pronouns that can be a clause's subject; "his", "her", "them" never are.
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we)$/i

/**
 * The actor a sentence's subject names before `at`: the first name, title or subject pronoun that follows no
 * preposition and is no possessive ("Mr Blair tried …", not "Mr Blair's view" nor "after Mr Blair"), with the
 * name coordinated after it ("Michael Howard and John Redwood launched …") when there is one.
 * @example subjectBefore(discourse, 90) // { anchor: { actor: 'person:tony-blair', … }, partner: undefined }
 */
export function subjectBefore(
  discourse: Discourse,
  at: number,
): { anchor: Anchor; partner: Anchor | undefined } | undefined {
  const { parsed, anchors } = discourse
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, at)]
  if (!sentence) return undefined
  for (let i = countStartingBefore(anchors, sentence.start); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start >= at) break
    // A name inside a quote belongs to what was said: '"Xerox it," he said, boasting …'.
    if (anchor.form === 'demonym' || anchor.form === 'descriptor' || insideQuote(discourse.quoted, anchor))
      continue
    const words = parsed.view.slice(anchor.start, anchor.end)
    if (anchor.form === 'pronoun' && !SUBJECT_PRONOUN.test(words)) continue
    if (PREPOSITIONS.has(wordBefore(parsed, anchor.start))) continue
    if (/^['\u2019]s?\b/.test(parsed.view.slice(anchor.end, anchor.end + 3))) continue
    const person = personItQualifies(discourse, anchor, i)
    if (person) return { anchor: person, partner: undefined }
    return { anchor, partner: coordinated(discourse, anchor, i) }
  }
  return undefined
}

/** The person a body's name qualifies with title words between: "Apple CEO Tim Cook", "Labour MP Jean Corston". */
function personItQualifies(discourse: Discourse, anchor: Anchor, index: number): Anchor | undefined {
  if (anchor.kind === 'person') return undefined
  const { anchors, parsed } = discourse
  for (let i = index + 1; i < anchors.length; i++) {
    const next = anchors[i] as Anchor
    if (next.start < anchor.end) continue
    if (next.kind !== 'person' || next.form !== 'name') return undefined
    const between = parsed.view.slice(anchor.end, next.start).trim()
    const words = between === '' ? [] : between.split(/\s+/)
    return words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word) || isTitleWord(word))
      ? next
      : undefined
  }
  return undefined
}

// Lower-case words of a title between a body and a person's name: "Labour party chairman Ian McCartney".
const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...PERSON_NOUNS,
  ...'party chief head deputy shadow former spokesman spokeswoman spokesperson editor correspondent member'.split(
    ' ',
  ),
])

/** Whether a lower-case word may stand in a title between a body and a name: "chairman", "co-chairman". */
function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || TITLE_WORDS.has(word.replace(TITLE_PREFIX, ''))
}

/** The name joined to an anchor by "and" with at most one word between ("Howard and frontbencher John Redwood"). */
function coordinated(discourse: Discourse, anchor: Anchor, index: number): Anchor | undefined {
  const { parsed, anchors } = discourse
  for (let i = index + 1; i < anchors.length; i++) {
    const next = anchors[i] as Anchor
    if (next.start < anchor.end) continue
    if (next.form !== 'name' || next.kind !== anchor.kind) return undefined
    return /^\s+and\s+(?:[\p{L}-]+\s+)?$/iu.test(parsed.view.slice(anchor.end, next.start)) ? next : undefined
  }
  return undefined
}

/**
 * Whether an anchor opens its sentence as its subject: only a determiner before it ("The Tories are …"), or an
 * opening phrase closed by a comma ("On Wednesday, the Tories …").
 */
export function opensSentence(discourse: Discourse, anchor: Anchor): boolean {
  const { parsed } = discourse
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, anchor.start)]
  if (!sentence) return false
  const before = parsed.view.slice(sentence.start, anchor.start)
  return /^\W*(?:(?:the|a|an)\s+)?$/i.test(before) || /^[^,]{0,40},\s*(?:the\s+)?$/i.test(before)
}
