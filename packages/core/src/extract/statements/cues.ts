import type { StatementContext } from './context.ts'
import { type Cue, makeCue } from './cue.ts'
import { cueFeatures } from './cue-features.ts'
import { type StatementsModel, scoreEmission } from './model.ts'
import { findSilenceCues, isReducedPassive } from './rule-cues.ts'
import { decodeTags, type Emission } from './tagger.ts'

/**
 * Finds the reporting cues of an article with the learned B/I/O tagger, one sentence at a time, then by rule: drops
 * participles that only modify a noun ("the withdrawal ordered by") and adds negated ones ("has not commented on").
 * @example findCues(context, shippedModel()).map((cue) => cue.start) // [3, 17]
 */
export function findCues(context: StatementContext, model: StatementsModel): Cue[] {
  const cues: Cue[] = []
  for (const sentence of context.parsed.sentences) {
    const emissions: Emission[] = []
    for (let t = sentence.firstToken; t < sentence.lastToken; t++) {
      const [b, i] = scoreEmission(model.cue, cueFeatures(context, t))
      emissions.push([b + model.cueBias, i])
    }
    const tags = decodeTags(emissions, model.transitions)
    let start = -1
    for (let k = 0; k <= tags.length; k++) {
      const tag = k < tags.length ? tags[k] : 0
      if (start >= 0 && tag !== 2) {
        cues.push(makeCue(context, sentence.firstToken + start, sentence.firstToken + k))
        start = -1
      }
      if (tag === 1) start = k
    }
  }
  const kept = cues.filter((cue) => !isReducedPassive(context, cue))
  return [...kept, ...findSilenceCues(context, kept)].sort((a, b) => a.start - b.start)
}
