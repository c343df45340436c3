import { guessPos } from './pos.ts'

/** A word of a statement's content, with its offsets in the article. */
interface Word {
  text: string
  start: number
  end: number
}

// Verbs that link a subject to what is said of it ("they were *wrong*", "it's a *disgrace*").
export const LINKING: ReadonlySet<string> = new Set(
  "is are was were be been being am 's 're \u2019s \u2019re seem seems seemed remain remains remained became become".split(
    ' ',
  ),
)
// Words that may stand between a subject and its verb: "they *have* been", "it *would* be", "they *'ve* failed".
const AUXILIARIES = new Set(
  "have has had 've 'd \u2019ve \u2019d will would could should may might must can do does did".split(' '),
)
// Tags of the words a judging word's own phrase may start with: "a *terrible* problem", "*so* wrong".
const PREDICATE_TAGS = new Set(['D', 'J', 'R', 'NUM'])
// Tags of the words of a subject's noun phrase: "the party's new *plans*".
const NOUN_PHRASE_TAGS = new Set(['N', 'J', 'P', 'NUM'])
const VERB_TAGS = new Set(['V', 'VD', 'VN'])
// Verbs whose object's complement judges their subject: "they made it *worse*".
const MAKING = new Set('make makes made making'.split(' '))
// Tags of a short object between such a verb and its complement: "make *the schools* worse", "make *it* worse".
const OBJECT_TAGS = new Set(['N', 'D', 'J', 'PR'])
/** How many words back from the judging word such a verb may stand. */
const MAKE_REACH = 4

/**
 * The subject a judging word is said of, as word indices [from, to] (`to` its head): "*their plans* are a
 * disgrace", "*they* have failed", "*they* will make it worse". Undefined when the word is neither a linking verb's
 * or "make"'s complement nor a verb with a subject right before it ("a shambles", "to tackle the mess").
 * @example judgedSubject(words('they are a shambles'), 3) // [0, 0]
 */
export function judgedSubject(words: readonly Word[], k: number): [number, number] | undefined {
  const lowerAt = (i: number) => words[i]?.text.toLowerCase() ?? ''
  const tagAt = (i: number) => guessPos(words[i]?.text ?? '', lowerAt(i), i === 0)
  let j = k - 1
  // A judging verb has its subject right before it, past auxiliaries: "they have *failed*".
  if (!VERB_TAGS.has(tagAt(k))) {
    while (j >= 0 && PREDICATE_TAGS.has(tagAt(j)) && !LINKING.has(lowerAt(j))) j--
    // "they will make things *worse*": the word judges what makes it so, as a linking verb's complement would.
    let object = j
    while (object >= 0 && OBJECT_TAGS.has(tagAt(object)) && k - object <= MAKE_REACH) object--
    if (object < j && MAKING.has(lowerAt(object))) j = object - 1
    else if (!LINKING.has(lowerAt(j))) return undefined
  }
  while (j >= 0 && (AUXILIARIES.has(lowerAt(j)) || tagAt(j) === 'R' || LINKING.has(lowerAt(j)))) j--
  if (j < 0 || tagAt(j) === '.' || VERB_TAGS.has(tagAt(j))) return undefined
  const head = j
  if (tagAt(head) === 'PR' || ANAPHORS.has(lowerAt(head))) return [head, head]
  let from = head
  while (from > 0 && (NOUN_PHRASE_TAGS.has(tagAt(from - 1)) || /^['\u2019]s$/.test(lowerAt(from - 1)))) from--
  if (from > 0 && (tagAt(from - 1) === 'D' || tagAt(from - 1) === 'PR')) from--
  return [from, head]
}

// Words that stand for someone or something named before: the subjects a judgment may be carried to.
const ANAPHORS = new Set('they it he she this that these those'.split(' '))
// Determiners that point back to someone named before: "*their* plans", "*these* proposals".
const POINTING_BACK = new Set('their its his her these those this that such'.split(' '))

/**
 * Whether a subject found by `judgedSubject` points back to something named before: a pronoun ("they", "it")
 * or a noun phrase led by a possessive or demonstrative ("their plans", "these proposals").
 * @example pointsBack(words('their plans are wrong'), [0, 1]) // true
 */
export function pointsBack(words: readonly Word[], [from, head]: [number, number]): boolean {
  const first = words[from]?.text.toLowerCase() ?? ''
  return from === head ? ANAPHORS.has(first) : POINTING_BACK.has(first)
}
