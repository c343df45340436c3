import { BoundaryWriter } from './boundary-writer.ts'
import { isAfterNumberColon } from './clock-time.ts'
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
import type { Boundaries, Side } from './span-decoder.ts'

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
  const head = stemHash(cue.head)
  const before = cue.start > window.from ? wordHash(cue.start - 1) : OUTSIDE_BEFORE
  const after = cue.end < window.to ? wordHash(cue.end) : OUTSIDE_AFTER
  const after2 = cue.end + 1 < window.to ? wordHash(cue.end + 1) : OUTSIDE_AFTER
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
  const previousShape = cue.start > window.from ? shapeHash(cue.start - 1) : OUTSIDE_BEFORE
  const nextShape = cue.end < window.to ? shapeHash(cue.end) : OUTSIDE_AFTER
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

/** What the boundary features of one cue read: its window, its neighbours, its first and last words. */
interface CueScan {
  context: StatementContext
  window: TokenWindow
  cueEnd: number
  head: number
  nextWord: number
  nextClass: number
  nextPos: number
  firstWord: number
  lastWord: number
  writer: BoundaryWriter
}

// The features of every cue's boundaries, and the commas counted after it: reused from one cue to the next.
const WRITER = new BoundaryWriter()
let commasAfterCue = new Uint32Array(256)

function wordAt(scan: CueScan, t: number): number {
  const { window } = scan
  return t < window.from ? OUTSIDE_BEFORE : t >= window.to ? OUTSIDE_AFTER : scan.context.wordHash(t)
}

function classAt(scan: CueScan, t: number): number {
  return t < scan.window.from || t >= scan.window.to ? NONE : scan.context.classHash(t)
}

function posAt(scan: CueScan, t: number): number {
  return t < scan.window.from || t >= scan.window.to ? NONE : scan.context.posHash(t)
}

/** How many commas (0–2) lie between the cue and the word at t after it, as a hash; NONE elsewhere. */
function commasBefore(scan: CueScan, t: number): number {
  return t >= scan.cueEnd && t < scan.window.to ? (commasAfterCue[t - scan.cueEnd] as number) : NONE
}

/**
 * The first word token in [from, to), else -1.
 * @example firstWordIn(Uint8Array.of(0, 1, 1), 0, 3) // 1
 */
export function firstWordIn(isWord: Uint8Array, from: number, to: number): number {
  for (let t = Math.max(0, from); t < to; t++) if (isWord[t]) return t
  return -1
}

/**
 * The last word token in [from, to), else -1.
 * @example lastWordIn(Uint8Array.of(1, 1, 0), 0, 3) // 1
 */
export function lastWordIn(isWord: Uint8Array, from: number, to: number): number {
  for (let t = to - 1; t >= Math.max(0, from); t--) if (isWord[t]) return t
  return -1
}

/**
 * Where the last `count` words of [from, to) begin: the position of the earliest of them (`from` when there are
 * fewer), so that a forward scan from there meets exactly those words.
 * @example lastWordsFrom(Uint8Array.of(1, 0, 0, 1, 0, 0, 1, 0, 1), 0, 9, 2) // 6
 */
export function lastWordsFrom(isWord: Uint8Array, from: number, to: number, count: number): number {
  const low = Math.max(0, from)
  let seen = 0
  for (let t = to - 1; t >= low; t--) if (isWord[t] && ++seen === count) return t
  return low
}

function addStart(scan: CueScan, list: Boundaries, t: number, distance: number, sided: typeof T): void {
  const { writer, context } = scan
  const previous = wordAt(scan, t - 1)
  const word = wordAt(scan, t)
  const previousClass = classAt(scan, t - 1)
  writer.push(feature1(sided['s:w'], word))
  writer.push(feature1(sided['s:p'], previous))
  writer.push(feature2(sided['s:pw'], previous, word))
  writer.push(feature1(sided['s:d'], bucket(distance)))
  writer.push(feature2(sided['s:hd'], scan.head, bucket(distance)))
  writer.push(feature1(sided['s:sh'], context.shapeHash(t)))
  writer.push(feature1(sided['s:q'], SMALL[quoteEdge(context, t - 1) + 1] as number))
  writer.push(feature1(sided['s:first'], t === scan.firstWord ? YES : NO))
  writer.push(feature3(sided['s:c'], previousClass, classAt(scan, t), bucket(distance)))
  writer.push(feature3(sided['s:b'], commasBefore(scan, t), previousClass, scan.nextClass))
  writer.push(feature2(sided['s:pos'], posAt(scan, t - 1), posAt(scan, t)))
  writer.close(list, t)
}

function addEnd(
  scan: CueScan,
  list: Boundaries,
  t: number,
  distance: number,
  breaks: number,
  sided: typeof T,
): void {
  const { writer, nextClass } = scan
  const word = wordAt(scan, t)
  const next = wordAt(scan, t + 1)
  const pos1 = posAt(scan, t + 1)
  const pos2 = posAt(scan, t + 2)
  writer.push(feature1(sided['e:w'], word))
  writer.push(feature1(sided['e:n'], next))
  writer.push(feature2(sided['e:wn'], word, next))
  writer.push(feature2(sided['e:nn'], next, wordAt(scan, t + 2)))
  writer.push(feature1(sided['e:d'], bucket(distance)))
  writer.push(feature2(sided['e:hd'], scan.head, bucket(distance)))
  writer.push(feature1(sided['e:q'], SMALL[quoteEdge(scan.context, t + 1) + 1] as number))
  writer.push(feature1(sided['e:last'], t === scan.lastWord ? YES : NO))
  writer.push(feature1(sided['e:b'], breaks))
  writer.push(feature2(sided['e:bn'], breaks, next))
  writer.push(feature2(sided['e:nw'], scan.nextWord, next))
  writer.push(feature2(sided['e:hn'], scan.head, next))
  writer.push(feature2(sided['e:cn'], nextClass, next))
  writer.push(feature2(sided['e:cb'], nextClass, breaks))
  writer.push(feature3(sided['e:cnb'], nextClass, classAt(scan, t + 1), breaks))
  writer.push(feature3(sided['e:pos'], posAt(scan, t), pos1, pos2))
  writer.push(feature3(sided['e:posc'], scan.nextPos, pos1, pos2))
  writer.close(list, t)
}

/**
 * The candidate contents of a cue inside its window, on each side: after the cue ("said that …"), before it
 * ("…, he said") or around it ("'…,' he said, '…'"), with hashed features for each side, start and end. A content
 * after the cue starts within CONTENT_GAP words of it, one before it ends within CONTENT_GAP words; the sides share
 * boundary lists where their features agree. The boundary lists share one feature array, reused by the next call:
 * score (or copy) them before calling again.
 * @example contentSides(context, cue, window, description)[0].name // 'after'
 */
export function contentSides(
  context: StatementContext,
  cue: Cue,
  window: TokenWindow,
  description: number[],
): Side[] {
  const { lower, isWord } = context
  const firstBefore = firstWordIn(isWord, window.from, cue.start)
  const lastAfter = lastWordIn(isWord, cue.end, window.to)
  const scan: CueScan = {
    context,
    window,
    cueEnd: cue.end,
    head: context.stemHash(cue.head),
    nextWord: 0,
    nextClass: 0,
    nextPos: 0,
    firstWord: firstBefore >= 0 ? firstBefore : firstWordIn(isWord, cue.end, window.to),
    lastWord: lastAfter >= 0 ? lastAfter : lastWordIn(isWord, window.from, cue.start),
    writer: WRITER,
  }
  scan.nextWord = wordAt(scan, cue.end)
  scan.nextClass = classAt(scan, cue.end)
  scan.nextPos = posAt(scan, cue.end)
  // For each word after the cue, how many commas lie between the cue and it ("according to police, officers saw").
  if (commasAfterCue.length < window.to - cue.end) commasAfterCue = new Uint32Array(2 * (window.to - cue.end))
  for (let t = cue.end, commas = 0; t < window.to; t++) {
    commasAfterCue[t - cue.end] = SMALL[Math.min(commas, 2)] as number
    if (lower(t) === ',') commas++
  }
  WRITER.reset()
  // For each end after the cue: how many commas and dashes lie between the cue and it, and how far it is.
  const afterEnds = WRITER.open()
  let commas = 0
  let breakScan = cue.end
  for (let t = Math.max(0, cue.end); t < window.to; t++) {
    if (!isWord[t]) continue
    for (; breakScan <= t; breakScan++) if (BREAKS.has(lower(breakScan) as string)) commas++
    const breaks = feature1(COMMA_COUNTS[Math.min(commas, 3)] as number, bucket(t - cue.end))
    addEnd(scan, afterEnds, t, window.to - 1 - t, breaks, SEEDED.after)
  }
  const beforeStarts = WRITER.open()
  for (let t = Math.max(0, window.from); t < cue.start; t++)
    if (isWord[t]) addStart(scan, beforeStarts, t, t - window.from, SEEDED.before)
  const afterStarts = WRITER.open()
  for (let t = Math.max(0, cue.end), n = 0; t < window.to && n < CONTENT_GAP; t++)
    if (isWord[t]) {
      // "reported at 1:30 p.m.": the minutes of a time open nothing that was said.
      if (!isAfterNumberColon(context, t)) addStart(scan, afterStarts, t, t - cue.end, SEEDED.after)
      n++
    }
  const beforeEnds = WRITER.open()
  for (let t = lastWordsFrom(isWord, window.from, cue.start, CONTENT_GAP); t < cue.start; t++)
    if (isWord[t]) addEnd(scan, beforeEnds, t, cue.start - 1 - t, NO_BREAKS, SEEDED.before)
  const features = [feature0(T.side)].concat(description)
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
