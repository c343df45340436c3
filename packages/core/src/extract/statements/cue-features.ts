import type { StatementContext, TokenHash } from './context.ts'
import {
  countBucket,
  feature0,
  feature1,
  feature2,
  feature3,
  hashString,
  NO,
  SMALL,
  templates,
  YES,
} from './feature-hash.ts'
import { shapeOf } from './shape.ts'

// Feature templates of the cue tagger, hashed once.
const T = templates('cue', [
  'b',
  'w',
  's',
  'p',
  'n',
  'pp',
  'nn',
  'ps',
  'ns',
  'pw',
  'wn',
  'sn',
  'pws',
  'sh',
  'suf',
  'lex',
  'lexn',
  'plex',
  'nlex',
  'pos',
  'pos3',
  'posn',
  'posp',
  'poss',
  'at',
  'left',
  'layout',
  'q',
  'qs',
  'qb',
  'qa',
  'qbs',
  'qas',
] as const)
const SENTENCE_START = hashString('<s>')
const SENTENCE_END = hashString('</s>')
const FIRST = hashString('^')
const NONE = hashString('-')
const INSIDE = hashString('in')
const MARK = hashString('mark')
const LAYOUT = new Map<string, number>()

/** The value of a per-token hash array at i, or a sentence-boundary marker outside [first, last). */
function at(hash: TokenHash, i: number, first: number, last: number): number {
  return i < first ? SENTENCE_START : i >= last ? SENTENCE_END : hash(i)
}

/**
 * The features of token `t` for the cue tagger, as hashes: its words around it, stems, shape, lexicon class, part of
 * speech, and where it sits relative to its sentence and to quotations. The same function serves training and tagging.
 * Fills and returns `features` (emptied first), so that a tagger can reuse one array for every token. They come in
 * the groups below, which a tagger may score apart: those of the token's own form, those each neighbour's word
 * brings, and those of pairs, places and quotes.
 * @example cueFeatures(context, 3) // [feature0(T.b), feature1(T.w, hash of 'said'), …]
 */
export function cueFeatures(context: StatementContext, t: number, features: number[] = []): number[] {
  const { sentenceOf, parsed } = context
  const sentence = parsed.sentences[sentenceOf[t] ?? 0]
  const first = sentence?.firstToken ?? 0
  const last = sentence?.lastToken ?? context.tokens.length
  // Written by index, not pushed after emptying: the array keeps its storage from one token to the next.
  let k = ownCueFeatures(context, t, t === first, features, 0)
  for (let place = 0; place < NEIGHBOURS.length; place++)
    k = neighbourCueFeatures(context, place, t + (NEIGHBOURS[place] as number), first, last, features, k)
  features.length = pairCueFeatures(context, t, first, last, features, k)
  return features
}

/**
 * The features of token t that its form alone decides (its word and whether it opens a sentence or follows a quote
 * mark; `opensSentence` whether it is its sentence's first token), written into `features` from k; answers the next
 * free index. A tagger may score them once per form.
 */
export function ownCueFeatures(
  context: StatementContext,
  t: number,
  opensSentence: boolean,
  features: number[],
  k: number,
): number {
  const lexicon = context.lexiconHash(t)
  features[k++] = feature0(T.b)
  features[k++] = feature1(T.w, context.wordHash(t))
  features[k++] = feature1(T.s, context.stemHash(t))
  features[k++] = feature2(T.sh, context.shapeHash(t), opensSentence ? FIRST : NONE)
  features[k++] = feature1(T.suf, context.suffixHash(t))
  features[k++] = feature1(T.lex, lexicon)
  features[k++] = feature1(T.pos, context.posHash(t))
  return k
}

/** Where each neighbour stands from the token, by its place: the token before, after, two before, two after. */
export const NEIGHBOURS: readonly number[] = [-1, 1, -2, 2]

/**
 * The features that token i brings to its neighbour from its place (an index into `NEIGHBOURS`) in the sentence of
 * tokens [first, last), written into `features` from k; answers the next free index. They depend on i's word alone
 * (on the sentence's boundary where i lies outside it): a tagger may score them once per word and place.
 */
export function neighbourCueFeatures(
  context: StatementContext,
  place: number,
  i: number,
  first: number,
  last: number,
  features: number[],
  k: number,
): number {
  const word = at(context.wordHash, i, first, last)
  if (place >= 2) {
    features[k++] = feature1(place === 2 ? T.pp : T.nn, word)
    return k
  }
  const stem = at(context.stemHash, i, first, last)
  const lexicon = at(context.lexiconHash, i, first, last)
  features[k++] = feature1(place === 0 ? T.p : T.n, word)
  features[k++] = feature1(place === 0 ? T.ps : T.ns, stem)
  features[k++] = feature1(place === 0 ? T.plex : T.nlex, lexicon)
  return k
}

/**
 * The features of token t that pair it with a neighbour, or tell its place in the sentence of tokens [first, last)
 * and beside quotations, written into `features` from k; answers the next free index.
 */
export function pairCueFeatures(
  context: StatementContext,
  t: number,
  first: number,
  last: number,
  features: number[],
  k: number,
): number {
  const { quoteOf, quotes, wordHash, stemHash, posHash, lexiconHash } = context
  const w = wordHash(t)
  const s = stemHash(t)
  const p = at(wordHash, t - 1, first, last)
  const n = at(wordHash, t + 1, first, last)
  const pos0 = posHash(t)
  const pos1 = at(posHash, t - 1, first, last)
  const pos2 = at(posHash, t + 1, first, last)
  features[k++] = feature2(T.pw, p, w)
  features[k++] = feature2(T.wn, w, n)
  features[k++] = feature2(T.sn, s, n)
  features[k++] = feature2(T.pws, p, s)
  features[k++] = feature2(T.lexn, lexiconHash(t), n)
  features[k++] = feature3(T.pos3, pos1, pos0, pos2)
  features[k++] = feature3(T.posn, pos0, pos2, at(posHash, t + 2, first, last))
  features[k++] = feature3(T.posp, at(posHash, t - 2, first, last), pos1, pos0)
  features[k++] = feature3(T.poss, pos1, s, pos2)
  features[k++] = feature1(T.at, countBucket(t - first))
  features[k++] = feature1(T.left, countBucket(last - 1 - t))
  const layout = context.shape(t) === 'p' ? layoutFeature(context, t) : null
  const quote = quoteOf[t] ?? -1
  if (layout) {
    // A transcript line often sits inside a quote that opens the paragraph; the layout, not the quote, decides.
    let h = LAYOUT.get(layout)
    if (h === undefined) {
      h = hashString(layout)
      LAYOUT.set(layout, h)
    }
    features[k++] = feature1(T.layout, h)
  } else if (quote >= 0) {
    const q = quotes[quote]
    const where = q !== undefined && t >= q.innerStart && t < q.innerEnd ? INSIDE : MARK
    features[k++] = feature1(T.q, where)
    features[k++] = feature2(T.qs, s, where)
  } else {
    // The words of a quote that closes just before ("…," he said) or opens just after ("said: …") the token.
    let closeBefore = 0
    for (let i = t - 1; i >= Math.max(first, t - 4); i--) {
      if ((quoteOf[i] ?? -1) >= 0) {
        closeBefore = t - i
        break
      }
    }
    let openAfter = 0
    for (let i = t + 1; i < Math.min(last, t + 4); i++) {
      if ((quoteOf[i] ?? -1) >= 0) {
        openAfter = i - t
        break
      }
    }
    features[k++] = feature1(T.qb, SMALL[closeBefore] as number)
    features[k++] = feature1(T.qa, SMALL[openAfter] as number)
    features[k++] = feature2(T.qbs, closeBefore > 0 ? YES : NO, s)
    features[k++] = feature2(T.qas, openAfter > 0 ? YES : NO, s)
  }
  return k
}

const DASHES = new Set(['-', '--', '—', '―', '–'])

/**
 * Layout that marks a speaker without a verb: a transcript's "WALLACE: …" or "A: …" (a colon after one to four
 * capitalised words that open the paragraph, after an opening quote mark at most), or a quote signed "'…' ― Name".
 */
export function layoutFeature(context: StatementContext, t: number): string | null {
  const text = context.tokens[t]?.text ?? ''
  if (text === ':') {
    const paragraph = context.paragraphOf[t]
    let names = 0
    for (let i = t - 1; i >= 0 && context.paragraphOf[i] === paragraph; i--) {
      const before = context.tokens[i]?.text ?? ''
      if (names >= 4) return null
      if (before === '"' || before === "'") continue
      if (shapeOf(before) !== 'X' && shapeOf(before) !== 'Xx') return null
      names++
    }
    return names > 0 ? (names === 1 ? 'colon1' : 'colonn') : null
  }
  if (DASHES.has(text)) {
    const before = context.quotes[context.quoteOf[t - 1] ?? -1]
    const next = shapeOf(context.tokens[t + 1]?.text ?? '')
    if (before && before.end === t && (next === 'Xx' || next === 'X')) return 'signed'
  }
  return null
}
