import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Words before "to say" / "to speak" that make a set phrase of the writer's ("needless to say", "so to speak",
// "suffice it to say", "that is to say", "sad to say"): a comment on the sentence, no one's words reported.
const BEFORE_TO_SAY = new Set(['needless', 'so', 'suffice', 'sad', 'strange', 'truth'])
// Words that make such a phrase only after their own first word: "suffice *it* to say", "that *is* to say"; "the
// minister *is* to say in a speech" reports a speech to come.
const AFTER_FIRST: ReadonlyMap<string, string> = new Map([
  ['it', 'suffice'],
  ['is', 'that'],
])

// Verbs of saying or thinking that open a sentence as an imperative addressed to the reader when no one is named:
// "Say you have two files, …", "Note that the setting is ignored", "Suppose the rate rises".
const IMPERATIVES = new Set(['say', 'note', 'suppose', 'imagine', 'remember'])

/**
 * Whether a draft's cue is a word of a set phrase that reports no one's words: the preposition "thanks to", the
 * "not to mention" that adds an item to a list, the writer's "needless to say", "as they say" or "it's worth noting", or an imperative
 * to the reader that opens a sentence with no one named ("Say you have…", "Note that…"). Such words are cues
 * elsewhere ("Ann thanks the staff", "he did not mention the plan", "Ann said…"), so the phrase, not the word, tells.
 * @example isSetPhrase(context, draft) // true for the cue of "Prices fell, thanks to a mild winter."
 */
export function isSetPhrase(context: StatementContext, draft: StatementDraft): boolean {
  const { cue, source } = draft
  for (let t = cue.start; t < cue.end; t++) {
    const word = context.lower(t)
    if (word === 'thanks' && context.lower(t + 1) === 'to') return true
    if (word === 'mention' && context.lower(t - 1) === 'to' && context.lower(t - 2) === 'not') return true
    if ((word === 'say' || word === 'speak') && context.lower(t - 1) === 'to') {
      const before = context.lower(t - 2) ?? ''
      if (BEFORE_TO_SAY.has(before)) return true
      if (AFTER_FIRST.has(before) && context.lower(t - 3) === AFTER_FIRST.get(before)) return true
    }
    if (word === 'say' && context.lower(t - 1) === 'they' && context.lower(t - 2) === 'as') return true
    // "It's worth noting that…", "is worth mentioning": the writer's aside to the reader, no one named.
    if (context.lower(t - 1) === 'worth' && (word ?? '').endsWith('ing')) return true
  }
  return source === null && opensAsImperative(context, cue.start)
}

/** Whether a cue word opens its sentence (after any quote mark) as one of the reader-addressed imperatives. */
function opensAsImperative(context: StatementContext, t: number): boolean {
  if (!IMPERATIVES.has(context.lower(t) ?? '')) return false
  let before = t - 1
  while (before >= 0 && context.shape(before) === 'q') before--
  return before < 0 || context.sentenceOf[before] !== context.sentenceOf[t] || context.lower(before) === ':'
}
