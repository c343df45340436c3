import type { Polarity } from '../../schemas/statement.ts'
import type { StatementContext } from './context.ts'
import { type Cue, makeCue } from './cue.ts'
import { AUXILIARIES } from './lexicon.ts'
import type { ContentPlace } from './source-candidates.ts'
import { namesSomeoneAt } from './stance-verb-phrases.ts'

/** A phrase of public criticism or demand, as lower-cased token sets, and the stance it shows toward its object. */
interface CriticismPhrase {
  words: readonly ReadonlySet<string>[]
  polarity: Exclude<Polarity, 'neutral'>
  /** Set: the phrase is a stance only toward someone named right after it (see `namesSomeoneAt`). */
  named?: true
}

const forms = (list: string) => new Set(list.split(' '))
const phrase = (polarity: CriticismPhrase['polarity'], ...words: string[]): CriticismPhrase => ({
  words: words.map(forms),
  polarity,
})
const named = (idiom: CriticismPhrase): CriticismPhrase => ({ ...idiom, named: true })
const OWNERS = 'his her their its'

/**
 * Idioms by which news reports someone criticising or making a demand of another in public, whose object is the
 * target: "hit out at Y", "rounded on Y", "poured scorn on Y", "joined calls for Y to". The learned cue tagger,
 * trained on plain reporting verbs, makes no statement of them. Written by hand; general English of news.
 */
const PHRASES: readonly CriticismPhrase[] = [
  phrase('oppose', 'hit hits hitting', 'out', 'at'),
  phrase('oppose', 'lash lashes lashed lashing', 'out', 'at'),
  // Not "round" nor "rounds", nouns as often ("plays in the second round on Tuesday").
  phrase('oppose', 'rounded rounding', 'on upon'),
  phrase('oppose', 'pour pours poured pouring heap heaps heaped heaping', 'scorn', 'on upon'),
  phrase('oppose', 'take takes took taking', 'aim', 'at'),
  phrase('oppose', 'rail rails railed railing', 'against'),
  // Not "harangue" nor "harangues", nouns as often ("harangues that veer between …").
  phrase('oppose', 'harangued haranguing'),
  phrase('demand', 'join joins joined joining', 'the', 'call calls', 'for'),
  phrase('demand', 'join joins joined joining', 'call calls', 'for'),
  // Verbs and idioms of taking a side for or against another without giving their words: "backed Y", "endorsed Y",
  // "paid tribute to Y", "gave her support to Y", "threw his weight behind Y", "turned on Y". Each is common with a
  // thing for object too ("backed the bill", "turned on the lights"), where it reports no side taken: each needs a
  // person or body named after it. Only the forms that report an act done ("backed", "backs"), not the bare verb
  // ("refused to back Y", "came back Monday"), nor "backing", a noun as often. Not "branded Y a …": the learned tagger
  // finds it, with the quoted words after its object that an idiom's content would cut off.
  named(phrase('support', 'backed backs')),
  named(phrase('support', 'endorsed endorses')),
  named(phrase('support', 'paid pays', 'tribute tributes', 'to')),
  named(phrase('support', 'gave gives', OWNERS, 'support backing blessing', 'to')),
  named(phrase('support', 'threw throws', OWNERS, 'weight support', 'behind')),
  named(phrase('oppose', 'turned turns', 'on upon against')),
]

/** The words any idiom opens with. */
const OPENERS: ReadonlySet<string> = new Set(PHRASES.flatMap(({ words }) => [...(words[0] ?? [])]))

/**
 * The criticism idiom that starts at token t of lower-cased words: how many tokens it takes and its stance.
 * @example criticismAt(['they', 'hit', 'out', 'at', 'labour'], 1) // { length: 3, polarity: 'oppose' }
 */
export function criticismAt(
  lower: (t: number) => string | undefined,
  t: number,
): { length: number; polarity: CriticismPhrase['polarity']; named?: true } | undefined {
  // Most tokens open no idiom: one lookup, not one per idiom (the cue stages ask at every token).
  if (!OPENERS.has(lower(t) ?? '')) return undefined
  for (const { words, polarity, named } of PHRASES) {
    let k = 0
    while (k < words.length && (words[k] as ReadonlySet<string>).has(lower(t + k) ?? '')) k++
    if (k === words.length)
      return named ? { length: words.length, polarity, named } : { length: words.length, polarity }
  }
  return undefined
}

/**
 * The criticism idiom a cue holds, anywhere in its tokens ("have hit out at", "has rounded on"): its first token, the
 * token after its last word, where its object starts, and its stance.
 */
export function criticismIn(
  lower: (t: number) => string | undefined,
  cue: { start: number; end: number },
  namesAt?: (t: number) => boolean,
): { at: number; objectAt: number; polarity: CriticismPhrase['polarity'] } | undefined {
  for (let t = cue.start; t < cue.end; t++) {
    const found = criticismAt(lower, t)
    // A stance verb with a thing for object ("backed the bill", "was backed by") is no idiom, where it can be told.
    if (found?.named && namesAt && !namesAt(t + found.length)) continue
    if (found && t + found.length <= cue.end)
      return { at: t, objectAt: t + found.length, polarity: found.polarity }
  }
  return undefined
}

/**
 * The cues with the criticism idioms the learned tagger left out or cut short, outside quotes and with their object
 * in the same sentence, with the auxiliaries before them: "Business leaders have hit out at the chancellor". A found
 * cue that starts inside an idiom or its auxiliaries ("lashed" of "lashed out at", "have hit out at the decision
 * saying") gives way to it; one that starts before keeps its place.
 * @example withCriticismCues(context, []) // [{ start: 2, end: 5, … }] for "hit out at" in "The Greens hit out at Labour"
 */
export function withCriticismCues(context: StatementContext, found: readonly Cue[]): Cue[] {
  const { lower } = context
  const count = context.tokens.length
  const idioms: Cue[] = []
  for (let t = 1; t < count; t++) {
    const idiom = criticismAt(lower, t)
    if (!idiom) continue
    const end = t + idiom.length
    if (context.quoteOf[t] !== -1) continue
    // Its object follows it in its sentence: not "the establishment that Trump rails against."
    if (end >= count || context.sentenceOf[t] !== context.sentenceOf[end] || !context.isWord[end]) continue
    if (idiom.named && !namesSomeoneAt(context, end)) continue
    // With its auxiliaries: "have hit out at", "has railed against".
    let from = t
    // Not a capitalized name inside its sentence: "Theresa May paid tribute to".
    while (from > 0 && AUXILIARIES.has(lower(from - 1) as string) && !isNameWord(context, from - 1)) from--
    // A found cue that starts before them holds the idiom as an object or an aside ("told reporters he would hit
    // out at"): it keeps its place.
    if (found.some((cue) => cue.start < from && cue.end > t)) continue
    idioms.push(makeCue(context, from, end))
  }
  if (idioms.length === 0) return [...found]
  const kept = found.filter((cue) => !idioms.some((idiom) => cue.start < idiom.end && cue.end > idiom.start))
  return [...kept, ...idioms]
}

/** Whether token t is capitalized inside its sentence, as a name is ("May" of "Theresa May"), not an auxiliary. */
function isNameWord(context: StatementContext, t: number): boolean {
  return context.shape(t) === 'Xx' && t > 0 && context.sentenceOf[t - 1] === context.sentenceOf[t]
}

// Tokens that end the object of a criticism idiom: "hit out at Y, saying …", "while he railed against Y, he …",
// "rounded on Y; …", 'lashed out at Y: "…"'. A comma before "including" goes on with the object.
const OBJECT_ENDS = new Set([',', ';', ':', '(', '\u2014', '\u2013', '"', '\u201c'])
const GOES_ON = new Set(['including', 'such'])
// Participles that open the words the critic gave, after the object with or without a comma: "hit out at the
// decision saying …".
const GIVING_WORDS = new Set(
  'saying claiming adding arguing insisting warning accusing calling describing branding stating'.split(' '),
)

/**
 * The content of a criticism idiom's cue: its object, from the word after the idiom to the end of its clause
 * ("harangued *him over the state of her ward*", "hit out at *the decision*, saying …"); null for another cue.
 * @example criticismContent(context, cue) // { start: 5, last: 12, side: 'after' }
 */
export function criticismContent(context: StatementContext, cue: Cue): ContentPlace | null {
  const idiom = criticismIn(context.lower, cue, (t) => namesSomeoneAt(context, t))
  return idiom ? objectToClauseEnd(context, idiom.objectAt) : null
}

/**
 * The object of a phrase that takes a position on it, from token `from` to the end of its clause: a comma, colon,
 * dash, bracket or quote mark, or a participle giving the words ("…, saying"); null when no word stands there.
 * @example objectToClauseEnd(context, 5) // { start: 5, last: 12, side: 'after' } for "the decision over fees, saying …"
 */
export function objectToClauseEnd(context: StatementContext, from: number): ContentPlace | null {
  const sentence = context.sentenceOf[from]
  let last = -1
  for (let t = from; t < context.tokens.length && context.sentenceOf[t] === sentence; t++) {
    const word = context.lower(t) as string
    if (OBJECT_ENDS.has(word) && !(word === ',' && GOES_ON.has(context.lower(t + 1) ?? ''))) break
    if (GIVING_WORDS.has(word)) break
    if (context.isWord[t]) last = t
  }
  return last < from ? null : { start: from, last, side: 'after' }
}
