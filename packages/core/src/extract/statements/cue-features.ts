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
 * Fills and returns `features` (emptied first), so that a tagger can reuse one array for every token.
 * @example cueFeatures(context, 3) // [feature0(T.b), feature1(T.w, hash of 'said'), …]
 */
export function cueFeatures(context: StatementContext, t: number, features: number[] = []): number[] {
  const {
    sentenceOf,
    quoteOf,
    quotes,
    parsed,
    wordHash,
    stemHash,
    posHash,
    shapeHash,
    suffixHash,
    lexiconHash,
  } = context
  const sentence = parsed.sentences[sentenceOf[t] ?? 0]
  const first = sentence?.firstToken ?? 0
  const last = sentence?.lastToken ?? context.tokens.length
  const w = wordHash(t)
  const s = stemHash(t)
  const p = at(wordHash, t - 1, first, last)
  const n = at(wordHash, t + 1, first, last)
  const lexicon = lexiconHash(t)
  const pos0 = posHash(t)
  const pos1 = at(posHash, t - 1, first, last)
  const pos2 = at(posHash, t + 1, first, last)
  // Written by index, not pushed after emptying: the array keeps its storage from one token to the next.
  let k = 0
  features[k++] = feature0(T.b)
  features[k++] = feature1(T.w, w)
  features[k++] = feature1(T.s, s)
  features[k++] = feature1(T.p, p)
  features[k++] = feature1(T.n, n)
  features[k++] = feature1(T.pp, at(wordHash, t - 2, first, last))
  features[k++] = feature1(T.nn, at(wordHash, t + 2, first, last))
  features[k++] = feature1(T.ps, at(stemHash, t - 1, first, last))
  features[k++] = feature1(T.ns, at(stemHash, t + 1, first, last))
  features[k++] = feature2(T.pw, p, w)
  features[k++] = feature2(T.wn, w, n)
  features[k++] = feature2(T.sn, s, n)
  features[k++] = feature2(T.pws, p, s)
  features[k++] = feature2(T.sh, shapeHash(t), t === first ? FIRST : NONE)
  features[k++] = feature1(T.suf, suffixHash(t))
  features[k++] = feature1(T.lex, lexicon)
  features[k++] = feature2(T.lexn, lexicon, n)
  features[k++] = feature1(T.plex, at(lexiconHash, t - 1, first, last))
  features[k++] = feature1(T.nlex, at(lexiconHash, t + 1, first, last))
  features[k++] = feature1(T.pos, pos0)
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
  features.length = k
  return features
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
