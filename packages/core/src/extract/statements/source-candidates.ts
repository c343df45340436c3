import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { countBucket, feature0, feature1, feature2, hashString, NO, templates, YES } from './feature-hash.ts'
import { sourceEndBeforeQuote } from './source-sentence-end.ts'
import { addBoundary, type Boundaries, newBoundaries, type Side } from './span-decoder.ts'
import { wordsBetween } from './words.ts'

/** Where the content lies: its first and last token (inclusive) and on which side of the cue. */
export interface ContentPlace {
  start: number
  last: number
  side: string
}

// Feature templates of the source ranker, hashed once.
const NAMES = [
  'none',
  'none:c',
  'side',
  'c',
  's:w',
  's:p',
  's:pw',
  's:sh',
  's:psh',
  's:d',
  's:first',
  's:pos',
  'e:w',
  'e:n',
  'e:wn',
  'e:sh',
  'e:nsh',
  'e:g',
  'e:pos',
] as const
const T = templates('source', NAMES)
const OUTSIDE_BEFORE = hashString('<w>')
const OUTSIDE_AFTER = hashString('</w>')
const NONE = hashString('-')

/** The features of "no source at all" for a cue: the passive "is expected", a lone "saying", a headline colon. */
export function noSourceFeatures(description: readonly number[], content: ContentPlace): number[] {
  return [feature0(T.none), feature1(T['none:c'], hashString(content.side)), ...description]
}

/** The seed of the "no source" choice's features. */
export const NO_SOURCE_SEED = hashString('none')

/** How far from its cue, in words, a source may lie: 99.5% of PolNeAR's sources are this close. */
export const SOURCE_REACH = 30

/**
 * The candidate sources of a cue: word spans before it or after it, within SOURCE_REACH words, that do not cross its
 * content, with hashed features for each side, start and end.
 * @example sourceSides(context, cue, window, description, content)[0].name // 'before'
 */
export function sourceSides(
  context: StatementContext,
  cue: Cue,
  window: TokenWindow,
  description: readonly number[],
  content: ContentPlace,
): Side[] {
  const { wordHash, posHash, shapeHash } = context
  const word = (t: number) =>
    t < window.from ? OUTSIDE_BEFORE : t >= window.to ? OUTSIDE_AFTER : wordHash(t)
  const posAt = (t: number) => (t < window.from || t >= window.to ? NONE : posHash(t))
  const shapeAt = (t: number) => (t < 0 || t >= context.tokens.length ? NONE : shapeHash(t))
  // A source never crosses the content: it sits between the content and the cue, or on the cue's free side;
  // around an interrupted quote it sits in the gap ("'…,' he said, '…'").
  let before: [number, number] = [window.from, cue.start]
  let after: [number, number] = [cue.end, window.to]
  if (content.side === 'after') after = [cue.end, content.start]
  else if (content.side === 'before') before = [content.last + 1, cue.start]
  else {
    before = [content.start + 1, cue.start]
    after = [cue.end, content.last]
  }
  after[1] = sourceEndBeforeQuote(context, after[0], after[1])
  const beforeWords = wordsBetween(context, before[0], before[1]).slice(-SOURCE_REACH)
  const afterWords = wordsBetween(context, after[0], after[1]).slice(0, SOURCE_REACH)
  const addStart = (list: Boundaries, t: number, distance: number, sided: typeof T) => {
    const features = list.features
    features.push(feature1(sided['s:w'], word(t)))
    features.push(feature1(sided['s:p'], word(t - 1)))
    features.push(feature2(sided['s:pw'], word(t - 1), word(t)))
    features.push(feature1(sided['s:sh'], shapeAt(t)))
    features.push(feature2(sided['s:psh'], shapeAt(t - 1), shapeAt(t)))
    features.push(feature1(sided['s:d'], countBucket(distance)))
    features.push(feature1(sided['s:first'], t === window.from ? YES : NO))
    features.push(feature2(sided['s:pos'], posAt(t - 1), posAt(t)))
    addBoundary(list, t)
  }
  const addEnd = (list: Boundaries, t: number, gap: number, sided: typeof T) => {
    const features = list.features
    features.push(feature1(sided['e:w'], word(t)))
    features.push(feature1(sided['e:n'], word(t + 1)))
    features.push(feature2(sided['e:wn'], word(t), word(t + 1)))
    features.push(feature1(sided['e:sh'], shapeAt(t)))
    features.push(feature2(sided['e:nsh'], shapeAt(t), shapeAt(t + 1)))
    features.push(feature1(sided['e:g'], countBucket(gap)))
    features.push(feature2(sided['e:pos'], posAt(t), posAt(t + 1)))
    addBoundary(list, t)
  }
  const beforeStarts = newBoundaries()
  const beforeEnds = newBoundaries()
  for (const t of beforeWords) {
    addStart(beforeStarts, t, cue.start - t, SEEDED.before)
    addEnd(beforeEnds, t, cue.start - 1 - t, SEEDED.before)
  }
  const afterStarts = newBoundaries()
  const afterEnds = newBoundaries()
  for (const t of afterWords) {
    addStart(afterStarts, t, t - cue.end, SEEDED.after)
    addEnd(afterEnds, t, t - cue.end, SEEDED.after)
  }
  const features = [feature0(T.side), feature1(T.c, hashString(content.side)), ...description]
  return [
    { name: 'before', seed: BEFORE, features, starts: beforeStarts, ends: beforeEnds },
    { name: 'after', seed: AFTER, features, starts: afterStarts, ends: afterEnds },
  ]
}

const BEFORE = hashString('before')
const AFTER = hashString('after')
// The boundary templates of each side, prepared with its seed.
const SEEDED = { before: templates('source', NAMES, BEFORE), after: templates('source', NAMES, AFTER) }
