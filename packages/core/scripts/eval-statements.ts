// Scores the statements stage against PolNeAR gold attributions.
// Usage: npm run eval:statements -- --polnear DIR [--errors N] [--attributions] [--breakdown] [--cue-words N]
//   (DIR holds text/ and attributions/)
//   --attributions  scores every attribution the statements stage finds (beliefs, plans, actions too, as PolNeAR
//                   annotates them), not only the spoken statements `analyze` returns
//   --cue-bias N    scores with the shipped model's cue tagger biased by N instead of its own cueBias (to calibrate it)
//   --speakers      checks the speaker actor of each matched statement: a gold source that is a name is right
//                   (an actor holding a mention over it, or the name's key), null or wrong; a pronoun or a
//                   description ("the president", "officials") is tallied by the kind of actor analyze gave
//   --breakdown     sorts the misses and the extras by cause: no cue found, or a cue found with a content too long,
//                   too short, crossing or elsewhere; an extra with a cue that no gold attribution has, or with a gold cue
//   --cue-words N   lists the N most frequent cues of the misses with no cue found and of the extras with no gold cue

import { resolve } from 'node:path'
import { ROLE_HEADS } from '../src/data/actors/roles.ts'
import { extractActors } from '../src/extract/actors/index.ts'
import { slugify } from '../src/extract/actors/slug.ts'
import { extractStatements } from '../src/extract/statements/index.ts'
import { shippedModel } from '../src/extract/statements/model.ts'
import { analyze } from '../src/index.ts'
import { normalizeView, parseArticle, tokenize } from '../src/parse/index.ts'
import type { Actor, ActorKind } from '../src/schemas/actor.ts'
import type { Span } from '../src/schemas/span.ts'
import type { Statement } from '../src/schemas/statement.ts'
import { type GoldArticle, readPolnear } from './read-polnear.ts'

/** A statement reduced to what the eval compares: sets of word-token indices. */
interface Scored {
  content: Set<number>
  source: Set<number>
  cue: Set<number>
  /** For error listings. */
  contentSpans: Span[]
  sourceSpans: Span[]
  cueSpans: Span[]
}

/** The tallies behind the eval's figures. */
export interface Counts {
  gold: number
  predicted: number
  contentMatched: number
  exactMatched: number
  sourceCorrect: number
  cueCorrect: number
  statementMatched: number
}

/** Why gold attributions were missed and predictions were extra, counted by cause. */
export interface Breakdown {
  /** Missed: no prediction has a cue word in common with the gold cue. */
  missedNoCue: number
  /** Missed though a prediction shares the cue: its content holds all of the gold one and more. */
  missedTooLong: number
  /** … its content lies inside the gold one. */
  missedTooShort: number
  /** … the two contents overlap, each with words of its own. */
  missedCrossing: number
  /** … the two contents share no word. */
  missedElsewhere: number
  /** Extra, with a cue no gold attribution has. */
  extraNoGoldCue: number
  /** Extra, with the cue of a gold attribution (its content is the miss counted above). */
  extraGoldCue: number
}

/**
 * The cue words behind the misses with no cue found and the extras with a cue no gold attribution has, lower-cased,
 * with how often each came: which cues the tagger lacks, and which it finds where no reader marked one.
 */
export interface CueWords {
  missed: Map<string, number>
  extra: Map<string, number>
}

/** The words of a statement's cue spans, lower-cased, spaces folded. */
function cueText(text: string, scored: Scored): string {
  return scored.cueSpans
    .map((span) => text.slice(span.start, span.end))
    .join(' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
}

function tally(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

/** One error for the listing. */
export interface ErrorSample {
  kind: 'missed' | 'spurious' | 'wrong-source' | 'partial'
  article: string
  text: string
  gold?: Scored
  predicted?: Scored
}

const WORD = /[\p{L}\p{N}]/u

/** Maps spans to the indices of the tokens they touch; `words` keeps only tokens with a letter or digit. */
function tokenSet(
  tokens: readonly Span[],
  isWord: readonly boolean[],
  spans: readonly Span[],
  words: boolean,
): Set<number> {
  const set = new Set<number>()
  for (const span of spans) {
    let lo = 0
    let hi = tokens.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((tokens[mid] as Span).end <= span.start) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < tokens.length && (tokens[i] as Span).start < span.end; i++) {
      if (!words || isWord[i]) set.add(i)
    }
  }
  return set
}

function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1
  let both = 0
  for (const x of a) if (b.has(x)) both++
  return both / (a.size + b.size - both)
}

function overlaps(a: Set<number>, b: Set<number>): boolean {
  for (const x of a) if (b.has(x)) return true
  return false
}

function sameSet(a: Set<number>, b: Set<number>): boolean {
  return a.size === b.size && jaccard(a, b) === 1
}

/** Pairs predictions with gold one to one, greedily by best Jaccard ≥ threshold. */
function matchPairs(
  gold: readonly Scored[],
  predicted: readonly Scored[],
  threshold: number,
): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = []
  gold.forEach((g, i) => {
    predicted.forEach((p, j) => {
      if (!overlaps(g.content, p.content)) return
      const score = jaccard(g.content, p.content)
      if (score >= threshold) candidates.push([score, i, j])
    })
  })
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])
  const usedGold = new Set<number>()
  const usedPredicted = new Set<number>()
  const pairs: Array<[number, number]> = []
  for (const [, i, j] of candidates) {
    if (usedGold.has(i) || usedPredicted.has(j)) continue
    usedGold.add(i)
    usedPredicted.add(j)
    pairs.push([i, j])
  }
  return pairs
}

/** Finds the statements of one text; the eval's default is the real `analyze`. */
export type StatementFinder = (text: string) => Statement[]

/** The cause of a missed gold attribution, from the predictions that share its cue. */
function missCause(gold: Scored, predicted: readonly Scored[]): keyof Breakdown {
  const sameCue = predicted.find((p) => overlaps(gold.cue, p.cue))
  if (!sameCue) return 'missedNoCue'
  let both = 0
  for (const x of gold.content) if (sameCue.content.has(x)) both++
  if (both === 0) return 'missedElsewhere'
  if (both === gold.content.size) return 'missedTooLong'
  if (both === sameCue.content.size) return 'missedTooShort'
  return 'missedCrossing'
}

/**
 * The statements as PolNeAR attributions: one per cue and content. A source that lists speakers ("The Tories and
 * the Lib Dems say") gives a statement per speaker; PolNeAR annotates it once, with the list as its source.
 */
export function oneAttributionPerCue(statements: readonly Statement[]): Statement[] {
  const seen = new Set<string>()
  return statements.filter((s) => {
    const key = `${s.content.start}:${s.content.end}:${s.cue?.start ?? -1}:${s.cue?.end ?? -1}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function scoreArticle(
  article: GoldArticle,
  find: StatementFinder,
  counts: Counts,
  errors: ErrorSample[],
  breakdown: Breakdown,
  cueWords: CueWords,
): void {
  const statements = oneAttributionPerCue(find(article.text))
  const tokens = tokenize(normalizeView(article.text))
  const isWord = tokens.map((token) => WORD.test(token.text))
  const toScored = (content: Span[], source: Span[], cue: Span[]): Scored => {
    const cueWords = tokenSet(tokens, isWord, cue, true)
    return {
      content: tokenSet(tokens, isWord, content, true),
      source: tokenSet(tokens, isWord, source, true),
      cue: cueWords.size > 0 ? cueWords : tokenSet(tokens, isWord, cue, false),
      contentSpans: content,
      sourceSpans: source,
      cueSpans: cue,
    }
  }
  const gold = article.attributions.map((a) => toScored(a.content, a.source, a.cue))
  const predicted = statements.map((s) =>
    toScored(s.contentParts ?? [s.content], s.source ? [s.source] : [], s.cue ? [s.cue] : []),
  )
  counts.gold += gold.length
  counts.predicted += predicted.length
  const pairs = matchPairs(gold, predicted, 0.5)
  counts.contentMatched += pairs.length
  counts.exactMatched += matchPairs(gold, predicted, 1).length
  const matchedGold = new Set<number>()
  const matchedPredicted = new Set<number>()
  for (const [i, j] of pairs) {
    const g = gold[i] as Scored
    const p = predicted[j] as Scored
    matchedGold.add(i)
    matchedPredicted.add(j)
    const sourceOk = (g.source.size === 0 && p.source.size === 0) || overlaps(g.source, p.source)
    if (sourceOk) counts.sourceCorrect++
    if (overlaps(g.cue, p.cue)) counts.cueCorrect++
    if (sourceOk) counts.statementMatched++
    else
      errors.push({ kind: 'wrong-source', article: article.name, text: article.text, gold: g, predicted: p })
    if (!sameSet(g.content, p.content)) {
      errors.push({ kind: 'partial', article: article.name, text: article.text, gold: g, predicted: p })
    }
  }
  gold.forEach((g, i) => {
    if (matchedGold.has(i)) return
    errors.push({ kind: 'missed', article: article.name, text: article.text, gold: g })
    const cause = missCause(g, predicted)
    breakdown[cause]++
    if (cause === 'missedNoCue') tally(cueWords.missed, cueText(article.text, g))
  })
  predicted.forEach((p, j) => {
    if (matchedPredicted.has(j)) return
    errors.push({ kind: 'spurious', article: article.name, text: article.text, predicted: p })
    if (gold.some((g) => overlaps(g.cue, p.cue))) breakdown.extraGoldCue++
    else {
      breakdown.extraNoGoldCue++
      tally(cueWords.extra, cueText(article.text, p))
    }
  })
}

function f1(matched: number, predicted: number, gold: number): string {
  const p = predicted ? matched / predicted : 0
  const r = gold ? matched / gold : 0
  const f = p + r ? (2 * p * r) / (p + r) : 0
  return `F1 ${f.toFixed(3)}  (P ${p.toFixed(3)}  R ${r.toFixed(3)})`
}

/** Shows a statement inside its sentence-sized window: [source] {cue} <content>. */
function showInContext(text: string, scored: Scored): string {
  const marks: Array<[number, string]> = []
  for (const span of scored.sourceSpans) marks.push([span.start, '['], [span.end, ']'])
  for (const span of scored.cueSpans) marks.push([span.start, '{'], [span.end, '}'])
  for (const span of scored.contentSpans) marks.push([span.start, '<'], [span.end, '>'])
  if (marks.length === 0) return ''
  marks.sort((a, b) => a[0] - b[0])
  const from = Math.max(0, (marks[0] as [number, string])[0] - 80)
  const to = Math.min(text.length, (marks.at(-1) as [number, string])[0] + 80)
  let out = ''
  let at = from
  for (const [offset, mark] of marks) {
    out += text.slice(at, offset) + mark
    at = offset
  }
  return `${out}${text.slice(at, to)}`.replace(/\s+/g, ' ')
}

function printErrors(errors: readonly ErrorSample[], perKind: number): void {
  for (const kind of ['missed', 'spurious', 'wrong-source', 'partial'] as const) {
    const ofKind = errors.filter((e) => e.kind === kind)
    const step = Math.max(1, Math.floor(ofKind.length / perKind))
    console.log(`\n## ${kind}: ${ofKind.length}`)
    for (let i = 0, shown = 0; i < ofKind.length && shown < perKind; i += step, shown++) {
      const e = ofKind[i] as ErrorSample
      console.log(`- ${e.article}`)
      if (e.gold) console.log(`  gold: ${showInContext(e.text, e.gold)}`)
      if (e.predicted) console.log(`  pred: ${showInContext(e.text, e.predicted)}`)
    }
  }
}

/** Scores a finder on articles: the counts behind every figure, and the errors for listing. */
export function evaluate(
  articles: readonly GoldArticle[],
  find: StatementFinder,
): { counts: Counts; errors: ErrorSample[]; breakdown: Breakdown; cueWords: CueWords } {
  const counts: Counts = {
    gold: 0,
    predicted: 0,
    contentMatched: 0,
    exactMatched: 0,
    sourceCorrect: 0,
    cueCorrect: 0,
    statementMatched: 0,
  }
  const errors: ErrorSample[] = []
  const breakdown: Breakdown = {
    missedNoCue: 0,
    missedTooLong: 0,
    missedTooShort: 0,
    missedCrossing: 0,
    missedElsewhere: 0,
    extraNoGoldCue: 0,
    extraGoldCue: 0,
  }
  const cueWords: CueWords = { missed: new Map(), extra: new Map() }
  for (const article of articles) scoreArticle(article, find, counts, errors, breakdown, cueWords)
  return { counts, errors, breakdown, cueWords }
}

/** Prints the `top` most frequent cue words of the misses with no cue found and of the extras with no gold cue. */
export function printCueWords(cueWords: CueWords, top: number): void {
  const show = (label: string, counts: Map<string, number>) => {
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    const total = sorted.reduce((sum, [, n]) => sum + n, 0)
    console.log(`${label}: ${total} in ${sorted.length} distinct cues`)
    for (const [words, n] of sorted.slice(0, top))
      console.log(`  ${String(n).padStart(4)}  ${words || '(no cue)'}`)
  }
  show('cues of the misses with no cue found', cueWords.missed)
  show('cues of the extras with no gold cue', cueWords.extra)
}

/** Prints the causes of the misses and extras, each with its share. */
export function printBreakdown(breakdown: Breakdown): void {
  const missed =
    breakdown.missedNoCue +
    breakdown.missedTooLong +
    breakdown.missedTooShort +
    breakdown.missedCrossing +
    breakdown.missedElsewhere
  const extra = breakdown.extraNoGoldCue + breakdown.extraGoldCue
  const line = (label: string, n: number, of: number) =>
    console.log(`  ${label.padEnd(38)} ${String(n).padStart(5)}  ${((100 * n) / (of || 1)).toFixed(1)}%`)
  console.log(`missed ${missed}`)
  line('no cue found', breakdown.missedNoCue, missed)
  line('cue found, content too long', breakdown.missedTooLong, missed)
  line('cue found, content too short', breakdown.missedTooShort, missed)
  line('cue found, content crossing', breakdown.missedCrossing, missed)
  line('cue found, content elsewhere', breakdown.missedElsewhere, missed)
  console.log(`extra ${extra}`)
  line('cue of no gold attribution', breakdown.extraNoGoldCue, extra)
  line('cue of a gold attribution', breakdown.extraGoldCue, extra)
}

/** Prints the figures of an evaluation. */
export function printCounts(counts: Counts): void {
  console.log(`content F1 (Jaccard >= 0.5)  ${f1(counts.contentMatched, counts.predicted, counts.gold)}`)
  console.log(`exact content F1             ${f1(counts.exactMatched, counts.predicted, counts.gold)}`)
  const matched = counts.contentMatched || 1
  console.log(`source accuracy (matched)    ${(counts.sourceCorrect / matched).toFixed(3)}`)
  console.log(`cue accuracy (matched)       ${(counts.cueCorrect / matched).toFixed(3)}`)
  console.log(`statement F1                 ${f1(counts.statementMatched, counts.predicted, counts.gold)}`)
}

/** What a gold source is: a name, a pronoun (he/she/I or another), or a description (of a person or other). */
export type SourceForm =
  | 'name'
  | 'person-pronoun'
  | 'other-pronoun'
  | 'person-description'
  | 'other-description'

/** A gold source read for the speaker check: its form and, for a name, the key of the name it ends with. */
export interface SourceReading {
  form: SourceForm
  /** The slug of the name's words without titles ("sen-ted-cruz" → "ted-cruz"); empty unless a name. */
  key: string
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'him', 'her', 'me', 'himself', 'herself', 'myself'])
const OTHER_PRONOUNS = new Set(
  'they them we us it you who whom which that one themselves itself ourselves some others many both each all this those these'.split(
    ' ',
  ),
)
// Determiners and quantifiers before a noun: "Some Democrats", "One Republican" describe, they do not name.
const DETERMINERS = new Set(['the', 'a', 'an'])
const QUANTIFIERS = new Set(
  'some one two three several many most few other others all both each every another no any'.split(' '),
)
const PREPOSITIONS = new Set([
  'of',
  'for',
  'at',
  'from',
  'with',
  'to',
  'by',
  'on',
  'in',
  'about',
  'under',
  'within',
])
// Titles and honorifics: a run of these alone ("the President") names nobody.
const TITLE_WORDS = new Set([
  ...ROLE_HEADS,
  ...'mr mrs ms miss dr sen rep gov lt gen col sgt rev sir dame lord lady mayor senator representative governor secretary speaker former then vice'.split(
    ' ',
  ),
])
const SOURCE_WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu
const SEGMENT_BREAK = /[,;:()[\]—–]/

/** A source word as compared: lower case, without a possessive "'s" or a trailing period. */
function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/\.$/, '')
}

function isCapitalizedWord(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}

/** The name a segment of a source ends with ("Republican nominee Donald Trump" → its last words), if it is one. */
function segmentName(segment: string, isName: (word: string) => boolean): string[] | undefined {
  const words = segment.match(SOURCE_WORD) ?? []
  while (words.length > 0 && DETERMINERS.has(bare(words[0] as string))) words.shift()
  if (words.length > 1 && QUANTIFIERS.has(bare(words[0] as string))) return undefined
  let from = words.length
  while (from > 0 && isCapitalizedWord(words[from - 1] as string)) from--
  const run = words.slice(from)
  const named = run.filter((word) => !TITLE_WORDS.has(bare(word)))
  if (named.length === 0) return undefined
  // A lone capitalized word opening the segment may be a sentence's first word: "Lawmakers said…".
  if (from === 0 && run.length === 1 && !isName(run[0] as string)) return undefined
  // "a spokesman for Ann Lee": the speaker is the spokesman, whom the source does not name.
  let before = from - 1
  while (before >= 0 && DETERMINERS.has(bare(words[before] as string))) before--
  // "Secretary of State Bo Tarn" names him: the preposition belongs to a capitalized title.
  const head = words[before - 1]
  const ofLowerHead = head !== undefined && !isCapitalizedWord(head)
  const afterPreposition = before >= 0 && PREPOSITIONS.has(bare(words[before] as string))
  if (afterPreposition && ofLowerHead) return undefined
  // "Ann Lee of Oregon", "Mr. Lee of the Vale Institute": a person's name is before "of", unless that is a title's
  // ("Secretary of State Bo Tarn"); a body's name goes on after it ("Bank of England", "Commission on Debates").
  if (
    afterPreposition &&
    bare(words[before] as string) === 'of' &&
    head !== undefined &&
    !TITLE_WORDS.has(bare(head))
  ) {
    let k = before - 1
    while (k > 0 && isCapitalizedWord(words[k - 1] as string)) k--
    const run = words.slice(k, before)
    const owner = run.filter((word) => !TITLE_WORDS.has(bare(word)))
    if (owner.length > 1 || (owner.length === 1 && run.length > 1)) return owner
  }
  // The office's own word is no part of the name: "Secretary of State Bo Tarn" is Bo Tarn.
  return afterPreposition && named.length > 1 ? named.slice(1) : named
}

/**
 * Reads a gold source: a pronoun, a name (a comma- or bracket-separated part of it ends with capitalized words
 * that are not all titles: "Sen. Ted Cruz (R-Tex.)", "Ann Lee, a spokeswoman") or a description ("the
 * president", "a spokesman for Ann Lee", "Lee's campaign", "officials", "Some Democrats"), of a person when its
 * head is a role. `isName` tells a lone capitalized word opening the source from a sentence's first word.
 * @example readSource('the president') // { form: 'person-description', key: '' }
 */
export function readSource(source: string, isName: (word: string) => boolean = () => true): SourceReading {
  const words = source.match(SOURCE_WORD) ?? []
  if (words.length === 1 && PERSON_PRONOUNS.has(bare(words[0] as string)))
    return { form: 'person-pronoun', key: '' }
  if (words.length > 0 && words.every((word) => OTHER_PRONOUNS.has(bare(word))))
    return { form: 'other-pronoun', key: '' }
  for (const segment of source.split(SEGMENT_BREAK)) {
    const name = segmentName(segment, isName)
    if (name) return { form: 'name', key: slugify(name.map((word) => word.replace(/['’]s$/, '')).join(' ')) }
  }
  // The head of a description: its last word, or the last before a preposition ("a spokesman for Ann Lee").
  const first = (source.split(SEGMENT_BREAK)[0] ?? '').match(SOURCE_WORD) ?? []
  const preposition = first.findIndex((word, i) => i > 0 && PREPOSITIONS.has(bare(word)))
  const head = bare((preposition > 0 ? first[preposition - 1] : first.at(-1)) ?? '')
  const personHead = ROLE_HEADS.includes(head) || head.startsWith('spokes')
  return { form: personHead ? 'person-description' : 'other-description', key: '' }
}

/**
 * Whether the text writes a word capitalized where a sentence does not open: a name ("Lee" after "said"), not a
 * common noun that only opens sentences ("Lawmakers have not said…").
 */
export function isWrittenAsName(text: string, word: string): boolean {
  const bareWord = word.replace(/['’]s$/, '')
  let at = text.indexOf(bareWord)
  while (at >= 0) {
    const before = text.slice(Math.max(0, at - 3), at)
    const after = text[at + bareWord.length] ?? ''
    const opensSentence = at === 0 || /(?:[.!?:"“”'‘’]\s*|\n\s*)$/.test(before)
    if (!opensSentence && !/[\p{L}\p{N}]/u.test(after) && !/[\p{L}\p{N}]$/u.test(before)) return true
    at = text.indexOf(bareWord, at + 1)
  }
  return false
}

/**
 * Where in a source its name is, the part `readSource` reads as the name ("Ann Lee" of "Ann Lee, a spokeswoman for
 * Tom Reed", "Ann Vale" of "Tom Reed's aide Ann Vale"): offsets into the source, or undefined when it names no one.
 */
export function sourceNameAt(
  source: string,
  isName: (word: string) => boolean = () => true,
): Span | undefined {
  if (readSource(source, isName).form !== 'name') return undefined
  let offset = 0
  for (const segment of source.split(SEGMENT_BREAK)) {
    const at = source.indexOf(segment, offset)
    offset = at + segment.length
    const name = segmentName(segment, isName)
    if (!name) continue
    const words = [...segment.matchAll(SOURCE_WORD)]
    const last = bare(name.at(-1) as string)
    const end = words.findLast((word) => bare(word[0]) === last)
    const first = bare(name[0] as string)
    const start = words.findLast((word) => bare(word[0]) === first && word.index <= (end?.index ?? 0))
    if (!start || !end) return undefined
    // "Ann Lee and Bo Tarn": a name joined to the one read is the source's name too.
    let from = words.indexOf(start)
    while (from > 0 && isCapitalizedWord(words[from - 1]?.[0] ?? '')) from--
    while (words[from - 1]?.[0].toLowerCase() === 'and' && isCapitalizedWord(words[from - 2]?.[0] ?? '')) {
      from -= 2
      while (from > 0 && isCapitalizedWord(words[from - 1]?.[0] ?? '')) from--
    }
    const opening = words[from] ?? start
    return { start: at + opening.index, end: at + end.index + end[0].length }
  }
  return undefined
}

/** The parts of a source's spans (joined by a space into its text) that a span of that text covers. */
export function spansOfSourcePart(spans: readonly Span[], part: Span): Span[] {
  const out: Span[] = []
  let base = 0
  for (const span of spans) {
    const length = span.end - span.start
    const start = Math.max(part.start, base)
    const end = Math.min(part.end, base + length)
    if (start < end) out.push({ start: span.start + start - base, end: span.start + end - base })
    base += length + 1
  }
  return out
}

/** How a speaker answers a gold source that is a name. */
export type SpeakerVerdict = 'right' | 'null' | 'wrong'

/**
 * Judges the speaker given for a named gold source: right when the actor holds a mention overlapping the
 * source's words or has the source's name as its name or an alias; null when there is no speaker; else wrong.
 */
export function judgeNamedSpeaker(
  source: readonly Span[],
  key: string,
  speaker: Pick<Actor, 'name' | 'aliases' | 'mentions'> | undefined,
): SpeakerVerdict {
  if (!speaker) return 'null'
  const overlapping = speaker.mentions.some((mention) =>
    source.some((span) => mention.start < span.end && span.start < mention.end),
  )
  if (overlapping) return 'right'
  const keys = [speaker.name, ...speaker.aliases].map(slugify)
  return keys.includes(key) ? 'right' : 'wrong'
}

/** The speaker check's tallies: verdicts on named sources; speaker kinds (or null) given for the other forms. */
export interface SpeakerTally {
  named: Record<SpeakerVerdict, number>
  /** Named sources judged wrong or null whose name no actor of the analysis holds (an actors miss). */
  nameNotAnActor: number
  kinds: Record<Exclude<SourceForm, 'name'>, Partial<Record<ActorKind | 'null', number>>>
}

/** One speaker error for the listing: the gold source and what analyze gave. */
export interface SpeakerError {
  verdict: SpeakerVerdict | 'wrong-kind'
  article: string
  text: string
  gold: Span[]
  predicted: Span | null
  speaker: string
}

/** What the speaker check reads of an analysis. */
export type SpeakerAnalyzer = (text: string) => { statements: Statement[]; actors: Actor[] }

/** Checks the speaker actors of the statements that match a gold attribution (content Jaccard ≥ 0.5). */
export function checkSpeakers(
  articles: readonly GoldArticle[],
  analyzeText: SpeakerAnalyzer,
): { tally: SpeakerTally; errors: SpeakerError[] } {
  const tally: SpeakerTally = {
    named: { right: 0, null: 0, wrong: 0 },
    nameNotAnActor: 0,
    kinds: { 'person-pronoun': {}, 'other-pronoun': {}, 'person-description': {}, 'other-description': {} },
  }
  const errors: SpeakerError[] = []
  for (const article of articles) {
    const { statements, actors } = analyzeText(article.text)
    const byId = new Map(actors.map((actor) => [actor.id, actor]))
    const tokens = tokenize(normalizeView(article.text))
    const isWord = tokens.map((token) => WORD.test(token.text))
    const words = (spans: Span[]) => tokenSet(tokens, isWord, spans, true)
    const gold = article.attributions.map((a) => ({ content: words(a.content) }) as Scored)
    const predicted = statements.map((s) => ({ content: words(s.contentParts ?? [s.content]) }) as Scored)
    for (const [i, j] of matchPairs(gold, predicted, 0.5)) {
      const attribution = article.attributions[i]
      const statement = statements[j]
      if (!attribution || !statement || attribution.source.length === 0) continue
      const sourceText = attribution.source.map((span) => article.text.slice(span.start, span.end)).join(' ')
      const reading = readSource(sourceText, (word) => isWrittenAsName(article.text, word))
      const speaker = statement.speaker ? byId.get(statement.speaker) : undefined
      const error = (verdict: SpeakerError['verdict']) =>
        errors.push({
          verdict,
          article: article.name,
          text: article.text,
          gold: attribution.source,
          predicted: statement.source,
          speaker: statement.speaker ?? `null (${statement.speakerReason ?? ''})`,
        })
      if (reading.form === 'name') {
        // Only the name's words: "Ann Lee, a spokeswoman for Tom Reed" is not Tom Reed's.
        const at = sourceNameAt(sourceText, (word) => isWrittenAsName(article.text, word))
        const named = at ? spansOfSourcePart(attribution.source, at) : attribution.source
        const verdict = judgeNamedSpeaker(named, reading.key, speaker)
        tally.named[verdict]++
        if (verdict === 'right') continue
        error(verdict)
        const held = actors.some((actor) => judgeNamedSpeaker(named, reading.key, actor) === 'right')
        if (!held) tally.nameNotAnActor++
        continue
      }
      const kind = speaker?.kind ?? 'null'
      const kinds = tally.kinds[reading.form]
      kinds[kind] = (kinds[kind] ?? 0) + 1
      const personal = reading.form === 'person-pronoun' || reading.form === 'person-description'
      if (personal && kind !== 'person' && kind !== 'null') error('wrong-kind')
    }
  }
  return { tally, errors }
}

function rate(n: number, of: number): string {
  return `${String(n).padStart(5)} ${((100 * n) / (of || 1)).toFixed(1).padStart(5)}%`
}

/** Prints the speaker check's counts and rates, and up to `perKind` errors of each verdict. */
export function printSpeakers(tally: SpeakerTally, errors: readonly SpeakerError[], perKind: number): void {
  const { right, wrong } = tally.named
  const named = right + tally.named.null + wrong
  console.log(`speakers of matched statements whose gold source is a name: ${named}`)
  console.log(`  right                                ${rate(right, named)}`)
  console.log(`  null                                 ${rate(tally.named.null, named)}`)
  console.log(`  wrong                                ${rate(wrong, named)}`)
  console.log(`  (null or wrong, name held by no actor ${rate(tally.nameNotAnActor, named)})`)
  console.log(
    'speaker kinds given for the other gold sources (the kind only, not whether it is the right actor):',
  )
  for (const [form, kinds] of Object.entries(tally.kinds)) {
    const total = Object.values(kinds).reduce((sum, n) => sum + (n ?? 0), 0)
    const shown = Object.entries(kinds)
      .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
      .map(([kind, n]) => `${kind} ${n} (${((100 * (n ?? 0)) / (total || 1)).toFixed(1)}%)`)
    console.log(`${form.padEnd(19)} ${String(total).padStart(5)}: ${shown.join(', ')}`)
  }
  if (perKind <= 0) return
  for (const verdict of ['wrong', 'null', 'wrong-kind'] as const) {
    const ofKind = errors.filter((e) => e.verdict === verdict)
    const step = Math.max(1, Math.floor(ofKind.length / perKind))
    console.log(`\n## speaker ${verdict}: ${ofKind.length}`)
    for (let i = 0, shown = 0; i < ofKind.length && shown < perKind; i += step, shown++) {
      const e = ofKind[i] as SpeakerError
      const marks: Span[] = e.predicted ? [e.predicted] : []
      const scored = { sourceSpans: e.gold, cueSpans: marks, contentSpans: [] } as unknown as Scored
      console.log(`- ${e.article}: gave ${e.speaker}`)
      console.log(`  ${showInContext(e.text, scored)}`)
    }
  }
}

const USAGE = `usage: eval:statements --polnear DIR [--attributions | --speakers] [--errors N] [--breakdown]
  [--cue-words N] [--cue-bias X]   (DIR holds text/ and attributions/; without --attributions, spoken statements only)`

function main(argv: readonly string[]): void {
  const dirAt = argv.indexOf('--polnear')
  const dir = dirAt >= 0 ? argv[dirAt + 1] : undefined
  const help = argv.includes('--help') || argv.includes('-h')
  if (!dir || help) {
    if (help) console.log(USAGE)
    else console.error(USAGE)
    process.exitCode = help ? 0 : 2
    return
  }
  const errorsAt = argv.indexOf('--errors')
  const errorCount = errorsAt >= 0 ? Number(argv[errorsAt + 1] ?? 20) : 0
  // npm runs this in packages/core; a relative DIR means the directory the command was typed in.
  const articles = readPolnear(resolve(process.env.INIT_CWD ?? process.cwd(), dir))
  const biasAt = argv.indexOf('--cue-bias')
  // The shipped model is decoded once and shared: `analyze` reads the same object, so setting it here reaches both.
  if (biasAt >= 0) shippedModel().cueBias = Number(argv[biasAt + 1])
  const started = performance.now()
  const attributions = argv.includes('--attributions')
  const find: StatementFinder = attributions
    ? (text) => {
        const parsed = parseArticle(text)
        return extractStatements(parsed, extractActors(parsed), shippedModel(), 'all')
      }
    : (text) => analyze(text).statements
  const speakers = argv.includes('--speakers')
  // The speaker check reads the same analyses: each text is analyzed once.
  const analyses = new Map<string, ReturnType<typeof analyze>>()
  const analyzeOnce = (text: string) => {
    const known = analyses.get(text)
    if (known) return known
    const analysis = analyze(text)
    analyses.set(text, analysis)
    return analysis
  }
  const { counts, errors, breakdown, cueWords } = evaluate(
    articles,
    speakers && !attributions ? (text) => analyzeOnce(text).statements : find,
  )
  const seconds = (performance.now() - started) / 1000
  console.log(
    `PolNeAR ${dir}${attributions ? ' (all attributions)' : ''}, cue bias ${shippedModel().cueBias}: ${articles.length} articles, ${counts.gold} gold, ${counts.predicted} predicted`,
  )
  printCounts(counts)
  console.log(`time                         ${seconds.toFixed(2)} s (analyze and scoring)`)
  if (argv.includes('--breakdown')) printBreakdown(breakdown)
  const cueWordsAt = argv.indexOf('--cue-words')
  if (cueWordsAt >= 0) printCueWords(cueWords, Number(argv[cueWordsAt + 1] ?? 30))
  if (speakers) {
    const check = checkSpeakers(articles, analyzeOnce)
    printSpeakers(check.tally, check.errors, errorCount)
    return
  }
  if (errorCount > 0) printErrors(errors, errorCount)
}

if (import.meta.main) main(process.argv.slice(2))
