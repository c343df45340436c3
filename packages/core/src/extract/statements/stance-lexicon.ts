import type { Polarity } from '../../schemas/statement.ts'

/** A phrase that shows a stance, and on which side of it the target stands. */
export interface StanceCue {
  /** Lower-case words; a word ending in '*' matches any word that starts with it. */
  words: readonly string[]
  /** For each word ending in '*', what a matching word starts with; null for a word matched whole. */
  prefixes: readonly (string | null)[]
  polarity: Exclude<Polarity, 'neutral'>
  /** Where the target is: after the phrase ("opposed the US"), or before it ("the US is responsible"). */
  target: 'after' | 'before'
}

const cue = (
  phrase: string,
  polarity: StanceCue['polarity'],
  target: StanceCue['target'] = 'after',
): StanceCue => ({
  words: phrase.split(' '),
  prefixes: phrase.split(' ').map((word) => (word.endsWith('*') ? word.slice(0, -1) : null)),
  polarity,
  target,
})

/**
 * The stance phrases, most specific first. Written by hand from how news reports stances; general English, not
 * taken from any one article.
 */
export const STANCE_CUES: readonly StanceCue[] = [
  cue('not tolerate', 'oppose'),
  cue("n't tolerate", 'oppose'),
  cue('will not allow', 'oppose'),
  cue('oppos*', 'oppose'),
  cue('against', 'oppose'),
  cue('reject*', 'oppose'),
  cue('condemn*', 'oppose'),
  cue('denounc*', 'oppose'),
  cue('criticiz*', 'oppose'),
  cue('criticis*', 'oppose'),
  cue('object* to', 'oppose'),
  cue('protest*', 'oppose'),
  cue('unacceptable', 'oppose', 'before'),
  cue('sanction*', 'oppose'),
  cue('attack*', 'oppose'),
  cue('responsible for', 'blame', 'before'),
  cue('to blame', 'blame', 'before'),
  cue('blam*', 'blame'),
  cue('accus*', 'blame'),
  cue('fault', 'blame', 'before'),
  cue('is up to', 'demand'),
  cue('up to', 'demand'),
  cue('must', 'demand', 'before'),
  cue('should', 'demand', 'before'),
  cue('demand*', 'demand'),
  cue('urg*', 'demand'),
  cue('call* on', 'demand'),
  cue('insist*', 'demand'),
  cue('threaten*', 'threaten'),
  cue('retaliat*', 'threaten'),
  cue('warn*', 'threaten'),
  cue('support*', 'support'),
  cue('welcom*', 'support'),
  cue('prais*', 'support'),
  cue('back*', 'support'),
  cue('endors*', 'support'),
  cue('applaud*', 'support'),
  cue('thank*', 'support'),
  cue('agree* with', 'support'),
  cue('stand* with', 'support'),
]

/** Words that turn a stance around when they come just before it: "does not support". */
export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nor', 'without'])
