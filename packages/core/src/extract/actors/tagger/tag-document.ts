import { collectDocumentStats, type DescribedSentences, readSentences } from './document-stats.ts'
import { FeatureBuffer } from './feature-buffer.ts'
import { historyFeature, pushContextFeatures, pushWordFeatures, type SentenceView } from './features.ts'
import { type Gazetteer, matchGazetteer, NO_MATCHES } from './gazetteer.ts'
import { type PredictionHistory, recallType, rememberTags } from './history.ts'
import { addEmission, type TaggerModel } from './model.ts'
import { TAG_COUNT } from './tags.ts'
import { constrainTransitions, decodeViterbiInto, ViterbiScratch } from './viterbi.ts'
import { describeWord, type WordInfo } from './word-info.ts'

/** Describes a sentence for the feature extractor: its words and gazetteer matches. */
export function viewSentence(
  words: readonly WordInfo[],
  gazetteer: Gazetteer,
  allCaps: boolean,
): SentenceView {
  const matches: (readonly number[])[] = words.map(() => NO_MATCHES)
  matchGazetteer(gazetteer, words, matches)
  return { words, gazetteer: matches, allCaps }
}

/**
 * Tags every token of a document, given as sentences of tokens, with IOB2 tag indices (see TAGS).
 * Sentences are read in order so that what was found earlier informs later sentences. Linear in the text.
 * @example tagDocument(model, gazetteer, [['Sergei', 'Ryabkov', 'spoke', '.']]) // [Uint8Array [1, 2, 0, 0]]
 */
export function tagDocument(
  model: TaggerModel,
  gazetteer: Gazetteer,
  sentences: readonly (readonly string[])[],
): Uint8Array[] {
  return tagDescribed(
    model,
    gazetteer,
    sentences.map((tokens) => tokens.map(describeWord)),
  )
}

/** `tagDocument` over words already described (see describeLexeme). */
export function tagDescribed(
  model: TaggerModel,
  gazetteer: Gazetteer,
  described: readonly (readonly WordInfo[])[],
): Uint8Array[] {
  const tags = new Uint8Array(described.reduce((n, words) => n + words.length, 0))
  tagDescribedInto(model, gazetteer, described, tags)
  let start = 0
  return described.map((words) => {
    start += words.length
    return tags.subarray(start - words.length, start)
  })
}

/**
 * `tagDescribed` writing the tags of each sentence into `tags`, from `starts[s]` (by default one sentence after
 * another). A long text makes no array per sentence: the emission scores and Viterbi's work reuse buffers grown to
 * the longest sentence.
 */
export function tagDescribedInto(
  model: TaggerModel,
  gazetteer: Gazetteer,
  described: DescribedSentences,
  tags: Uint8Array,
  starts?: ArrayLike<number>,
): void {
  const doc = collectDocumentStats(described)
  const { count, wordsOf } = readSentences(described)
  const history: PredictionHistory = new Map()
  const features = new FeatureBuffer()
  const wordScores = wordScoreCache(model)
  const allowed = constrainTransitions(model.transition)
  const scratch = new ViterbiScratch()
  let emission = new Float32Array(64 * TAG_COUNT)
  let next = 0
  for (let s = 0; s < count; s++) {
    const words = wordsOf(s)
    const offset = starts ? (starts[s] as number) : next
    const sentence = viewSentence(words, gazetteer, doc.allCapsSentence[s] === true)
    if (emission.length < words.length * TAG_COUNT) emission = new Float32Array(words.length * TAG_COUNT * 2)
    for (let i = 0; i < words.length; i++) {
      emission.set(wordScores(words[i] as WordInfo), i * TAG_COUNT)
      features.clear()
      pushContextFeatures(sentence, i, doc, features)
      features.push(historyFeature(recallType(history, words[i] as WordInfo)))
      addEmission(model, features.values, emission, i * TAG_COUNT, features.length)
    }
    decodeViterbiInto(emission, words.length, allowed, tags, offset, scratch)
    rememberTags(history, words, tags, offset)
    next = offset + words.length
  }
}

/**
 * The summed weights of a word's own features under a model, remembered on the word's description (which
 * describeWord keeps, bounded), since words repeat: one field read per token instead of a map lookup.
 */
function wordScoreCache(model: TaggerModel): (word: WordInfo) => Float32Array {
  const features = new FeatureBuffer()
  return (word) => {
    const slot = word.scores
    if (slot.model === model && slot.values) return slot.values
    features.clear()
    pushWordFeatures(word, features)
    const values = new Float32Array(TAG_COUNT)
    addEmission(model, features.values, values, 0, features.length)
    slot.model = model
    slot.values = values
    return values
  }
}
