import encoded from '../../../data/actors/tagger.model.json' with { type: 'json' }
import type { TaggerModel } from './model.ts'
import { decodeModel } from './model-codec.ts'

let model: TaggerModel | null = null

/** The shipped tagger model (trained by scripts/train-actors.ts), decoded once on first use. */
export function loadTagger(): TaggerModel {
  model ??= decodeModel(encoded)
  return model
}
