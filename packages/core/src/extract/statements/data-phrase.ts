import type { StatementContext } from './context.ts'
import type { SourcePlace } from './source.ts'

// What a source of data alone is written with, and what "the research" points back to (see data-source.ts).

// Parts of speech (see pos.ts) a source of data alone is written with, and of the words before a data noun in its
// phrase: "a growing body of new research", "latest official figures", "2019 census data". A name ("P"), a verb or
// a preposition but "of" ("figures released by the council", "data from the Home Office") ties the data to someone
// who may be the speaker.
const DATA_PHRASE = new Set(['D', 'J', 'N', 'NUM', 'R', 'VG'])
/**
 * Words that point back to data named before ("the research found", "these figures show"): to a study someone was
 * named as doing, who may speak, unless `pointsBackToBare` finds it named with no one.
 */
export const POINTS_BACK: ReadonlySet<string> = new Set(['the', 'this', 'these', 'those'])

/** Whether the words from `start` to `last` are a data phrase alone: no name, verb or preposition but "of". */
export function isBare(context: StatementContext, start: number, last: number): boolean {
  for (let t = start; t <= last; t++) {
    if (context.lower(t) === 'of' && t > start) continue
    if (!DATA_PHRASE.has(context.pos(t) ?? '')) return false
  }
  return true
}

// Prepositions that tie what was studied to the data noun ("research on sleep", "figures for May", "data about
// pupils"); with only common words after them, they name no maker. Others ("by", "from", "of") may name one.
const TOPIC_PREPOSITIONS = new Set(['on', 'into', 'about', 'for', 'in'])
// The most words of a topic after such a preposition.
const LONGEST_TOPIC = 6
// Parts of speech (see pos.ts) after a data noun that may tie it to its maker: a preposition ("research by Acme"),
// a participle ("figures released by the council"), a possessive.
const TIED_POS = new Set(['I', 'VD', 'VN', 'P', 'S'])

/**
 * Whether "the research" (this, these, those) points back to an earlier mention of its noun, in an earlier sentence,
 * that named no maker: "Research on sleep shows… What the research tells us…". No earlier mention ("A study by Acme
 * found… The research shows…" may point back to the study) keeps the source, as does one with a name or a maker near
 * it ("Acme's research", "research by Acme", "figures released by the council").
 */
export function pointsBackToBare(context: StatementContext, source: SourcePlace): boolean {
  const noun = context.lower(source.last)
  const sentence = context.sentenceOf[source.start]
  let t = source.start - 1
  while (t >= 0 && (context.sentenceOf[t] === sentence || context.lower(t) !== noun)) t--
  if (t < 0) return false
  const same = context.sentenceOf[t]
  let start = t
  while (start > 0 && context.sentenceOf[start - 1] === same && isModifier(context, start - 1)) start--
  if (POINTS_BACK.has(context.lower(start) ?? '')) return false
  const before = start - 1
  if (
    context.sentenceOf[before] === same &&
    (TIED_POS.has(context.pos(before) ?? '') || isPossessive(context, before))
  )
    return false
  if (!isBare(context, start, t)) return false
  if (context.sentenceOf[t + 1] !== same) return true
  if (!context.isWord[t + 1]) return !asideNamesAMaker(context, t + 1)
  if (!TOPIC_PREPOSITIONS.has(context.lower(t + 1) ?? '')) return !namesAMaker(context, t + 1)
  // The topic: common words after the preposition, up to the verb that reports or a mark, where an aside may
  // still name the maker ("research into sleep, funded by a trust, shows").
  for (let u = t + 2; u < t + 2 + LONGEST_TOPIC && context.sentenceOf[u] === same; u++) {
    const pos = context.pos(u) ?? ''
    if (pos === 'P' || pos === 'VD' || pos === 'VN') return !namesAMaker(context, u)
    if (!context.isWord[u]) return !asideNamesAMaker(context, u)
    if (!TOPIC_POS.has(pos)) return true
  }
  return true
}

/** Marks that set an aside off ("the data, released today", "our forecasts — ahead of the rest"). */
export const ASIDE_MARKS: ReadonlySet<string> = new Set([',', ';', '(', '—', '–', '-'])
// The most words of an aside read for a maker.
const LONGEST_ASIDE = 8

/**
 * Whether the aside opened by the mark at `mark` names who made the data: a "by" ("funded by a trust"), a possessive
 * ("the council's own"), or a name it opens with ("Acme's survey", "the Kestrel Trust"); a name further on tells of
 * the content ("ahead of Reed"). Not an aside mark, or a mark that ends the sentence, names no one.
 */
export function asideNamesAMaker(context: StatementContext, mark: number): boolean {
  if (!ASIDE_MARKS.has(context.lower(mark) ?? '') || context.isWord[mark]) return false
  const same = context.sentenceOf[mark]
  let first = mark + 1
  if (context.lower(first) === 'the') first++
  for (
    let u = mark + 1;
    u <= mark + LONGEST_ASIDE && context.sentenceOf[u] === same && context.isWord[u];
    u++
  ) {
    if (context.lower(u) === 'by' || isPossessive(context, u)) return true
    if (u === first && context.pos(u) === 'P') return true
  }
  return false
}

// Parts of speech of a topic's common words ("on adolescent development", "into the causes of crime").
const TOPIC_POS = new Set(['D', 'J', 'N', 'NUM', 'I', 'VG'])

/**
 * Whether the words from `t` may name who made the data: a name, a possessive, a preposition ("research by Acme"), or
 * a participle with its agent ("figures released by the council"); a verb with no "by" after it is the one that
 * reports ("research into meals suggested…").
 */
function namesAMaker(context: StatementContext, t: number): boolean {
  const pos = context.pos(t) ?? ''
  if (pos === 'VD' || pos === 'VN') return context.lower(t + 1) === 'by'
  return TIED_POS.has(pos) || isPossessive(context, t)
}

// The marks of a possessive ("Acme Labs' research", "the firm's data"), which the tagger may read as punctuation.
const POSSESSIVE_MARKS = new Set(["'", "'s", '\u2019', '\u2019s'])

function isPossessive(context: StatementContext, t: number): boolean {
  return POSSESSIVE_MARKS.has(context.lower(t) ?? '')
}

function isModifier(context: StatementContext, t: number): boolean {
  return context.isWord[t] !== 0 && DATA_PHRASE.has(context.pos(t) ?? '')
}
