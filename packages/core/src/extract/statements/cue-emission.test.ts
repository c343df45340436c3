import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { cueEmission } from './cue-emission.ts'
import { cueFeatures } from './cue-features.ts'
import { scoreEmission, shippedModel } from './model.ts'

/** Each token's [B, I] scores from the cached parts and from all its features at once. */
function bothScores(text: string): { cached: number[][]; plain: number[][] } {
  const context = buildContext(parseArticle(text))
  const { cue } = shippedModel()
  const emit = cueEmission(context, cue)
  const out = new Float64Array(2)
  const cached: number[][] = []
  const plain: number[][] = []
  for (const sentence of context.parsed.sentences) {
    for (let t = sentence.firstToken; t < sentence.lastToken; t++) {
      emit(t, sentence.firstToken, sentence.lastToken, out)
      cached.push(Array.from(out))
      scoreEmission(cue, cueFeatures(context, t), out)
      plain.push(Array.from(out))
    }
  }
  return { cached, plain }
}

describe("cueEmission: the parts remembered per word sum to the scores of all of a token's features", () => {
  it.each([
    ['a word repeated in and out of quotes', '"We said no," she said. He said that they said so.'],
    ['a word opening one sentence and inside the next', 'Said the mayor: no. Critics said otherwise.'],
    ['a one-word sentence and a two-word one', 'No. He said.'],
    ['after a quote mark, not at the start', 'She told reporters "Voters know" and left.'],
    ['one form opening a sentence and after a quote mark', 'Asked, he said "Voters know". Voters know.'],
    ['a transcript line', 'WALLACE: Do you agree?\n\nTRUMP: I said it.'],
  ])('%s', (_, text) => {
    const { cached, plain } = bothScores(text)
    expect(cached.length).toBeGreaterThan(2)
    expect(cached).toEqual(plain)
    // Scored at all: the tagger's weights for these words are not all zero.
    expect(plain.some(([b]) => b !== 0)).toBe(true)
  })
})
