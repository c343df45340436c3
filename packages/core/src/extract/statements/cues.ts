import { findAsByCues } from './as-by-cues.ts'
import type { StatementContext } from './context.ts'
import { withCriticismCues } from './criticism-cues.ts'
import { type Cue, makeCue } from './cue.ts'
import { cueEmission } from './cue-emission.ts'
import { findFeltCues } from './felt-cues.ts'
import { isIdentityIdiom } from './identity-idiom.ts'
import type { StatementsModel } from './model.ts'
import { isNominalCueWithoutContent } from './nominal-cues.ts'
import { isModifyingGerund, isNounCue } from './noun-cues.ts'
import { withoutOpeningParticiples } from './opening-participle.ts'
import { findPollCues } from './poll-cues.ts'
import { withPossessedPositionCues } from './possessed-position.ts'
import { findPutItCues } from './put-it.ts'
import { joinQuotedAsSaying } from './quoted-as-saying.ts'
import { findSilenceCues, findSpeechVerbCues, isReducedPassive, isSaidIdiom } from './rule-cues.ts'
import { withRuleOutCues } from './ruled-out.ts'
import { findRulingCues } from './ruling-cues.ts'
import { decodeTags } from './tagger.ts'
import { withTopicPreposition } from './topic-preposition.ts'
import { findTrailingCues } from './trailing-cues.ts'

const NEVER = -1e9

/**
 * Whether token t may belong to a cue at all: a lower-case word, a capitalised one that opens its sentence or a
 * quote, or a colon. Names, numbers, quote marks and other punctuation are left out unscored (96% of PolNeAR's cue
 * tokens pass), which spares the tagger a third of the tokens.
 * @example mayBeCue(context, t, sentence.firstToken) // false for "Ryabkov"
 */
export function mayBeCue(context: StatementContext, t: number, sentenceStart: number): boolean {
  const shape = context.shape(t)
  if (shape === 'x') return true
  if (shape === 'Xx') return t === sentenceStart || context.shape(t - 1) === 'q'
  return context.lower(t) === ':'
}

/**
 * Finds the reporting cues of an article with the learned B/I/O tagger, one sentence at a time, then by rule: drops
 * participles that only modify a noun ("the withdrawal ordered by"), "said" in an idiom ("That said, …", "who they
 * say they are") and nouns ("a greater say", "criticism from consumer groups" with no content after it, "the asking price"), and adds
 * negated ones ("has not commented on"), trailing reports ("…, a panel has warned."), rulings ("a court has ruled that"), polls that open a sentence ("In a poll
 * released Monday, …"), idioms of public criticism ("hit out at", "rounded on"), positions stated in public ("does
 * not rule out", "Vale's one objection was that") and "feels that" (a statement only when the holder's quote follows);
 * a sentence-opening "Writing in …," gives way to its sentence's own cue.
 * @example findCues(context, shippedModel()).map((cue) => cue.start) // [3, 17]
 */
export function findCues(context: StatementContext, model: StatementsModel): Cue[] {
  const cues: Cue[] = []
  const emit = cueEmission(context, model.cue)
  const emission = new Float64Array(2)
  for (const sentence of context.parsed.sentences) {
    const length = sentence.lastToken - sentence.firstToken
    const b = new Float64Array(length)
    const inside = new Float64Array(length)
    for (let t = sentence.firstToken; t < sentence.lastToken; t++) {
      if (!mayBeCue(context, t, sentence.firstToken)) {
        b[t - sentence.firstToken] = NEVER
        inside[t - sentence.firstToken] = NEVER
        continue
      }
      emit(t, sentence.firstToken, sentence.lastToken, emission)
      b[t - sentence.firstToken] = (emission[0] as number) + model.cueBias
      inside[t - sentence.firstToken] = emission[1] as number
    }
    const tags = decodeTags(b, inside, model.transitions)
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
  const kept = cues
    .filter(
      (cue) =>
        !isReducedPassive(context, cue) &&
        !isSaidIdiom(context, cue) &&
        !isNounCue(context, cue) &&
        !isModifyingGerund(context, cue) &&
        !isNominalCueWithoutContent(context, cue),
    )
    .map((cue) => withTopicPreposition(context, cue))
  const withSilences = [...kept, ...findSilenceCues(context, kept)]
  const withSpeech = [...withSilences, ...findSpeechVerbCues(context, withSilences)]
  withSpeech.push(...findAsByCues(context, withSpeech))
  withSpeech.push(...findTrailingCues(context, withSpeech))
  withSpeech.push(...findRulingCues(context, withSpeech))
  withSpeech.push(...findPollCues(context, withSpeech))
  withSpeech.push(...findPutItCues(context, withSpeech))
  withSpeech.push(...findFeltCues(context, withSpeech))
  const withIdioms = withRuleOutCues(context, withCriticismCues(context, withSpeech))
  const sorted = withPossessedPositionCues(context, withIdioms).sort((a, b) => a.start - b.start)
  // Last: the rule that finds "said" after a subject would find the idiom's again.
  const settled = withoutOpeningParticiples(context, sorted).filter((cue) => !isIdentityIdiom(context, cue))
  return joinQuotedAsSaying(context, settled)
}
