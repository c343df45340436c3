import { collectDocumentStats } from './document-stats.ts'
import { historyFeature, pushContextFeatures, pushWordFeatures, type SentenceView } from './features.ts'
import { type Gazetteer, matchGazetteer } from './gazetteer.ts'
import { type PredictionHistory, recallType, rememberTags } from './history.ts'
import { addEmission, type TaggerModel } from './model.ts'
import { TAG_COUNT } from './tags.ts'
import { decodeViterbi } from './viterbi.ts'
import { describeWord, type WordInfo } from './word-info.ts'

/** Describes a sentence for the feature extractor: its words and gazetteer matches. */
export function viewSentence(
  words: readonly WordInfo[],
  gazetteer: Gazetteer,
  allCaps: boolean,
): SentenceView {
  const matches: number[][] = words.map(() => [])
  matchGazetteer(
    gazetteer,
    words.map((w) => w.lower),
    matches,
  )
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
  const described = sentences.map((tokens) => tokens.map(describeWord))
  const doc = collectDocumentStats(described)
  const history: PredictionHistory = new Map()
  const features: number[] = []
  const wordScores = wordScoreCache(model)
  return described.map((words, s) => {
    const sentence = viewSentence(words, gazetteer, doc.allCapsSentence[s] === true)
    const emission = new Float32Array(words.length * TAG_COUNT)
    for (let i = 0; i < words.length; i++) {
      emission.set(wordScores(words[i] as WordInfo), i * TAG_COUNT)
      features.length = 0
      pushContextFeatures(sentence, i, doc, features)
      features.push(historyFeature(recallType(history, words[i] as WordInfo)))
      addEmission(model, features, emission, i * TAG_COUNT)
    }
    const tags = decodeViterbi(emission, words.length, model.transition)
    rememberTags(history, words, tags)
    return tags
  })
}

const WORD_SCORE_LIMIT = 100_000
const wordScoreCaches = new WeakMap<TaggerModel, Map<WordInfo, Float32Array>>()

/** The summed weights of a word's own features, remembered per model (bounded), since words repeat. */
function wordScoreCache(model: TaggerModel): (word: WordInfo) => Float32Array {
  let cache = wordScoreCaches.get(model)
  if (!cache) {
    cache = new Map()
    wordScoreCaches.set(model, cache)
  }
  const scores = cache
  const features: number[] = []
  return (word) => {
    let known = scores.get(word)
    if (!known) {
      if (scores.size >= WORD_SCORE_LIMIT) scores.clear()
      features.length = 0
      pushWordFeatures(word, features)
      known = new Float32Array(TAG_COUNT)
      addEmission(model, features, known, 0)
      scores.set(word, known)
    }
    return known
  }
}
