import model from '../../data/html/block-model.json' with { type: 'json' }
import { BLOCK_FEATURES, describeBlocks } from './block-features.ts'
import type { TextBlock } from './blocks.ts'

/** A logistic model of boilerplate over `BLOCK_FEATURES`, and the probability above which a block is dropped. */
export interface BlockModel {
  features: readonly string[]
  weights: readonly number[]
  threshold: number
}

const shipped: BlockModel = model

/**
 * The probability that each block is site boilerplate (a call to subscribe, an author box, a teaser, a credit)
 * rather than article text, by the learned model in `data/html/block-model.json` (trained on the even half of
 * html-eval by `scripts/train-html-blocks.ts`).
 * @example scoreBlocks(blocks) // [0.02, 0.01, 0.93]
 */
export function scoreBlocks(blocks: readonly TextBlock[], blockModel: BlockModel = shipped): number[] {
  if (blockModel.features.length !== BLOCK_FEATURES.length) return blocks.map(() => 0)
  return describeBlocks(blocks).map((features) => {
    let sum = 0
    for (let i = 0; i < features.length; i++) sum += (features[i] as number) * (blockModel.weights[i] ?? 0)
    return 1 / (1 + Math.exp(-sum))
  })
}

/** The blocks the model does not take for boilerplate. */
export function dropBoilerplateBlocks(
  blocks: readonly TextBlock[],
  blockModel: BlockModel = shipped,
): TextBlock[] {
  const scores = scoreBlocks(blocks, blockModel)
  return blocks.filter((_, i) => (scores[i] ?? 0) <= blockModel.threshold)
}
