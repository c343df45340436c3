import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { shapeOf } from './cue-features.ts'
import type { Side } from './span-decoder.ts'
import { wordsBetween } from './words.ts'

/** The sides a source can take relative to its cue. */
export const SOURCE_SIDES = ['before', 'after'] as const

/** Where the content lies: its first and last token (inclusive) and on which side of the cue. */
export interface ContentPlace {
  start: number
  last: number
  side: string
}

function bucket(n: number): string {
  if (n < 4) return String(n)
  if (n < 8) return '4-7'
  if (n < 16) return '8-15'
  return '16+'
}

/** The features of "no source at all" for a cue: the passive "is expected", a lone "saying", a headline colon. */
export function noSourceFeatures(description: readonly string[], content: ContentPlace): string[] {
  return ['none', `none|c=${content.side}`, ...description.map((feature) => `none|${feature}`)]
}

/**
 * The candidate sources of a cue: word spans before it or after it that do not cross its content,
 * with features for each side, start and end.
 * @example sourceSides(context, cue, window, description, content)[0].name // 'before'
 */
export function sourceSides(
  context: StatementContext,
  cue: Cue,
  window: TokenWindow,
  description: readonly string[],
  content: ContentPlace,
): Side<string[]>[] {
  const { lower } = context
  const word = (t: number) => (t < window.from ? '<w>' : t >= window.to ? '</w>' : (lower[t] as string))
  const posAt = (t: number) => (t < window.from || t >= window.to ? '-' : (context.pos[t] as string))
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
  const beforeWords = wordsBetween(context, before[0], before[1])
  const afterWords = wordsBetween(context, after[0], after[1])
  const sideFeatures = (side: string) => [side, `${side}|c=${content.side}`, ...description.map((f) => `${side}|${f}`)]
  const startFeatures = (side: string, t: number, distance: number): string[] => [
    `${side}:s:w=${word(t)}`,
    `${side}:s:p=${word(t - 1)}`,
    `${side}:s:pw=${word(t - 1)}|${word(t)}`,
    `${side}:s:sh=${shapeOf(context.tokens[t]?.text ?? '')}`,
    `${side}:s:psh=${shapeOf(context.tokens[t - 1]?.text ?? '')}|${shapeOf(context.tokens[t]?.text ?? '')}`,
    `${side}:s:d=${bucket(distance)}`,
    `${side}:s:first=${t === window.from}`,
    `${side}:s:pos=${posAt(t - 1)}|${posAt(t)}`,
  ]
  const endFeatures = (side: string, t: number, gap: number): string[] => [
    `${side}:e:w=${word(t)}`,
    `${side}:e:n=${word(t + 1)}`,
    `${side}:e:wn=${word(t)}|${word(t + 1)}`,
    `${side}:e:sh=${shapeOf(context.tokens[t]?.text ?? '')}`,
    `${side}:e:nsh=${shapeOf(context.tokens[t]?.text ?? '')}|${shapeOf(context.tokens[t + 1]?.text ?? '')}`,
    `${side}:e:g=${bucket(gap)}`,
    `${side}:e:pos=${posAt(t)}|${posAt(t + 1)}`,
  ]
  return [
    {
      name: 'before',
      features: sideFeatures('before'),
      starts: beforeWords.map((t) => ({ at: t, features: startFeatures('before', t, cue.start - t) })),
      ends: beforeWords.map((t) => ({ at: t, features: endFeatures('before', t, cue.start - 1 - t) })),
    },
    {
      name: 'after',
      features: sideFeatures('after'),
      starts: afterWords.map((t) => ({ at: t, features: startFeatures('after', t, t - cue.end) })),
      ends: afterWords.map((t) => ({ at: t, features: endFeatures('after', t, t - cue.end) })),
    },
  ]
}
