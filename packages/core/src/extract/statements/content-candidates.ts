import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import {
  asTemplate,
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
import { addBoundary, type Boundaries, newBoundaries, type Side } from './span-decoder.ts'
import { wordsBetween } from './words.ts'

/** The sides a content can take relative to its cue. */
export const CONTENT_SIDES = ['after', 'before', 'around'] as const

function bucket(n: number): number {
  return SMALL[n < 3 ? n : n < 6 ? 3 : n < 12 ? 6 : n < 25 ? 12 : 25] as number
}

// Feature templates of the content ranker, hashed once.
const NAMES = [
  'side',
  'psh',
  'nsh',
  'wb',
  'wa',
  'wba',
  'pwa',
  'h',
  'pw',
  'nw',
  'nw2',
  'hn',
  'qb',
  'qa',
  'qba',
  'st',
  'len',
  's:w',
  's:p',
  's:pw',
  's:d',
  's:hd',
  's:sh',
  's:q',
  's:first',
  's:c',
  's:b',
  's:pos',
  'e:w',
  'e:n',
  'e:wn',
  'e:nn',
  'e:d',
  'e:hd',
  'e:q',
  'e:last',
  'e:b',
  'e:bn',
  'e:nw',
  'e:hn',
  'e:cn',
  'e:cb',
  'e:cnb',
  'e:pos',
  'e:posc',
] as const
const T = templates('content', NAMES)
const OUTSIDE_BEFORE = hashString('<w>')
const OUTSIDE_AFTER = hashString('</w>')
const NONE = hashString('-')
const NO_BREAKS = hashString('no breaks')

/** Whether token t is a quote mark that opens (+1) or closes (-1) a quotation, else 0. */
function quoteEdge(context: StatementContext, t: number): number {
  const quote = context.quotes[context.quoteOf[t] ?? -1]
  if (!quote) return 0
  if (t < quote.innerStart) return 1
  if (t >= quote.innerEnd) return -1
  return 0
}

/** The cue's own features, shared by every side: its head stem, its neighbours, quotes beside it. */
export function cueDescription(context: StatementContext, cue: Cue, window: TokenWindow): number[] {
  const { wordHash, stemHash, shapeHash } = context
  const head = stemHash[cue.head] as number
  const before = cue.start > window.from ? (wordHash[cue.start - 1] as number) : OUTSIDE_BEFORE
  const after = cue.end < window.to ? (wordHash[cue.end] as number) : OUTSIDE_AFTER
  const after2 = cue.end + 1 < window.to ? (wordHash[cue.end + 1] as number) : OUTSIDE_AFTER
  let quoteBefore = NO
  for (let t = cue.start - 1; t >= Math.max(window.from, cue.start - 4); t--)
    if (quoteEdge(context, t) < 0) quoteBefore = YES
  let quoteAfter = NO
  for (let t = cue.end; t < Math.min(window.to, cue.end + 3); t++)
    if (quoteEdge(context, t) > 0) quoteAfter = YES
  const sentence = context.parsed.sentences[context.sentenceOf[cue.start] ?? 0]
  const atStart = sentence !== undefined && cue.start - sentence.firstToken < 2 ? YES : NO
  let wordsBefore = 0
  for (let t = window.from; t < cue.start; t++) wordsBefore += context.isWord[t] ?? 0
  let wordsAfter = 0
  for (let t = cue.end; t < window.to; t++) wordsAfter += context.isWord[t] ?? 0
  const previousShape = cue.start > window.from ? (shapeHash[cue.start - 1] as number) : OUTSIDE_BEFORE
  const nextShape = cue.end < window.to ? (shapeHash[cue.end] as number) : OUTSIDE_AFTER
  return [
    feature1(T.psh, previousShape),
    feature1(T.nsh, nextShape),
    feature1(T.wb, bucket(wordsBefore)),
    feature1(T.wa, bucket(wordsAfter)),
    feature2(T.wba, bucket(wordsBefore), bucket(wordsAfter)),
    feature2(T.pwa, before, bucket(wordsAfter)),
    feature1(T.h, head),
    feature1(T.pw, before),
    feature1(T.nw, after),
    feature2(T.nw2, after, after2),
    feature2(T.hn, head, after),
    feature1(T.qb, quoteBefore),
    feature1(T.qa, quoteAfter),
    feature2(T.qba, quoteBefore, quoteAfter),
    feature1(T.st, atStart),
    feature1(T.len, SMALL[Math.min(cue.end - cue.start, 63)] as number),
  ]
}

/** How far from its cue, in words, a content may start (after the cue) or end (before it): 99.5% of PolNeAR's. */
export const CONTENT_GAP = 12

/**
 * The candidate contents of a cue inside its window, on each side: after the cue ("said that …"), before it
 * ("…, he said") or around it ("'…,' he said, '…'"), with hashed features for each side, start and end. A content
 * after the cue starts within CONTENT_GAP words of it, one before it ends within CONTENT_GAP words; the sides share
 * boundary lists where their features agree.
 * @example contentSides(context, cue, window, description)[0].name // 'after'
 */
export function contentSides(
  context: StatementContext,
  cue: Cue,
  window: TokenWindow,
  description: number[],
): Side[] {
  const { lower, wordHash, classHash, posHash, shapeHash, stemHash } = context
  const inWindow = (array: Uint32Array, t: number) =>
    t < window.from ? OUTSIDE_BEFORE : t >= window.to ? OUTSIDE_AFTER : (array[t] as number)
  const word = (t: number) => inWindow(wordHash, t)
  const classOf = (t: number) => (t < window.from || t >= window.to ? NONE : (classHash[t] as number))
  const posAt = (t: number) => (t < window.from || t >= window.to ? NONE : (posHash[t] as number))
  const head = stemHash[cue.head] as number
  const nextWord = word(cue.end)
  const nextClass = classOf(cue.end)
  const nextPos = posAt(cue.end)
  const beforeWords = wordsBetween(context, window.from, cue.start)
  const afterWords = wordsBetween(context, cue.end, window.to)
  const firstWord = beforeWords[0] ?? afterWords[0] ?? -1
  const lastWord = afterWords.at(-1) ?? beforeWords.at(-1) ?? -1
  // For each word after the cue, how many commas lie between the cue and it ("according to police, officers saw").
  const commasAfterCue = new Uint32Array(Math.max(0, window.to - cue.end))
  for (let t = cue.end, commas = 0; t < window.to; t++) {
    commasAfterCue[t - cue.end] = SMALL[Math.min(commas, 2)] as number
    if (lower[t] === ',') commas++
  }
  const commasBefore = (t: number) =>
    t >= cue.end && t < window.to ? (commasAfterCue[t - cue.end] as number) : NONE
  const addStart = (list: Boundaries, t: number, distance: number, sided: typeof T) => {
    const features = list.features
    features.push(feature1(sided['s:w'], word(t)))
    features.push(feature1(sided['s:p'], word(t - 1)))
    features.push(feature2(sided['s:pw'], word(t - 1), word(t)))
    features.push(feature1(sided['s:d'], bucket(distance)))
    features.push(feature2(sided['s:hd'], head, bucket(distance)))
    features.push(feature1(sided['s:sh'], shapeHash[t] as number))
    features.push(feature1(sided['s:q'], SMALL[quoteEdge(context, t - 1) + 1] as number))
    features.push(feature1(sided['s:first'], t === firstWord ? YES : NO))
    features.push(feature3(sided['s:c'], classOf(t - 1), classOf(t), bucket(distance)))
    features.push(feature3(sided['s:b'], commasBefore(t), classOf(t - 1), nextClass))
    features.push(feature2(sided['s:pos'], posAt(t - 1), posAt(t)))
    addBoundary(list, t)
  }
  const addEnd = (list: Boundaries, t: number, distance: number, breaks: number, sided: typeof T) => {
    const next = word(t + 1)
    const features = list.features
    features.push(feature1(sided['e:w'], word(t)))
    features.push(feature1(sided['e:n'], next))
    features.push(feature2(sided['e:wn'], word(t), next))
    features.push(feature2(sided['e:nn'], next, word(t + 2)))
    features.push(feature1(sided['e:d'], bucket(distance)))
    features.push(feature2(sided['e:hd'], head, bucket(distance)))
    features.push(feature1(sided['e:q'], SMALL[quoteEdge(context, t + 1) + 1] as number))
    features.push(feature1(sided['e:last'], t === lastWord ? YES : NO))
    features.push(feature1(sided['e:b'], breaks))
    features.push(feature2(sided['e:bn'], breaks, next))
    features.push(feature2(sided['e:nw'], nextWord, next))
    features.push(feature2(sided['e:hn'], head, next))
    features.push(feature2(sided['e:cn'], nextClass, next))
    features.push(feature2(sided['e:cb'], nextClass, breaks))
    features.push(feature3(sided['e:cnb'], nextClass, classOf(t + 1), breaks))
    features.push(feature3(sided['e:pos'], posAt(t), posAt(t + 1), posAt(t + 2)))
    features.push(feature3(sided['e:posc'], nextPos, posAt(t + 1), posAt(t + 2)))
    addBoundary(list, t)
  }
  // For each end after the cue: how many commas and dashes lie between the cue and it, and how far it is.
  const afterEnds = newBoundaries()
  let commas = 0
  let scan = cue.end
  for (const t of afterWords) {
    for (; scan <= t; scan++) if (BREAKS.has(lower[scan] as string)) commas++
    addEnd(
      afterEnds,
      t,
      window.to - 1 - t,
      feature1(COMMA_COUNTS[Math.min(commas, 3)] as number, bucket(t - cue.end)),
      SEEDED.after,
    )
  }
  const beforeStarts = newBoundaries()
  for (const t of beforeWords) addStart(beforeStarts, t, t - window.from, SEEDED.before)
  const afterStarts = newBoundaries()
  for (const t of afterWords.slice(0, CONTENT_GAP)) addStart(afterStarts, t, t - cue.end, SEEDED.after)
  const beforeEnds = newBoundaries()
  for (const t of beforeWords.slice(-CONTENT_GAP))
    addEnd(beforeEnds, t, cue.start - 1 - t, NO_BREAKS, SEEDED.before)
  const features = [feature0(T.side), ...description]
  const { after, before, around } = SEEDS
  return [
    { name: 'after', seed: after, features, starts: afterStarts, ends: afterEnds },
    { name: 'before', seed: before, features, starts: beforeStarts, ends: beforeEnds },
    { name: 'around', seed: around, features, starts: beforeStarts, ends: afterEnds },
  ]
}

const BREAKS = new Set([',', '--', '—', ';'])
// How many breaks lie between the cue and an end (0–3), as templates of the end's distance.
const COMMA_COUNTS = [0, 1, 2, 3].map((n) => asTemplate(SMALL[n] as number))
const SEEDS = { after: hashString('after'), before: hashString('before'), around: hashString('around') }
// The boundary templates of each side, prepared with its seed.
const SEEDED = {
  after: templates('content', NAMES, SEEDS.after),
  before: templates('content', NAMES, SEEDS.before),
}
