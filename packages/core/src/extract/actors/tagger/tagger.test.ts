import { describe, expect, it } from 'vitest'
import { FeatureBuffer } from './feature-buffer.ts'
import { loadGazetteer } from './lexicon.ts'
import { loadTagger } from './load-tagger.ts'
import { addEmission, createModel } from './model.ts'
import { decodeModel, encodeModel, weightAt } from './model-codec.ts'
import { tagDescribedInto, tagDocument } from './tag-document.ts'
import { canFollow, TAG_COUNT, TAGS } from './tags.ts'
import { constrainTransitions, decodeViterbi, decodeViterbiInto, ViterbiScratch } from './viterbi.ts'
import { describeWord } from './word-info.ts'
import { shapeOf } from './word-shape.ts'

const tagsOf = (sentence: string) =>
  Array.from(
    tagDocument(loadTagger(), loadGazetteer(), [sentence.split(' ')])[0] as Uint8Array,
    (t) => TAGS[t],
  )

describe('the shipped tagger', () => {
  it.each([
    ['Sergei Ryabkov met officials in Moscow .', ['B-PER', 'I-PER', 'O', 'O', 'O', 'B-LOC', 'O']],
    [
      'The European Commission said on Thursday it disagreed .',
      ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'O', 'O'],
    ],
    ['Germany imported sheep from Britain .', ['B-LOC', 'O', 'O', 'O', 'B-LOC', 'O']],
  ])('%s', (sentence, expected) => {
    expect(tagsOf(sentence)).toEqual(expected)
  })
})

describe('decodeViterbi', () => {
  it('never puts I-x after O or after another type', () => {
    const emission = new Float32Array(3 * TAG_COUNT)
    emission[TAGS.indexOf('I-PER')] = 5 // token 0 wants I-PER, which cannot start a sentence
    emission[TAG_COUNT + TAGS.indexOf('I-LOC')] = 5
    emission[2 * TAG_COUNT] = 1
    const tags = Array.from(
      decodeViterbi(emission, 3, new Float32Array((TAG_COUNT + 1) * TAG_COUNT)),
      (t) => TAGS[t],
    )
    expect(tags).not.toContain('I-PER')
    expect(tags[1] === 'I-LOC' ? tags[0] : 'B-LOC').toMatch(/-LOC$/)
  })

  it('handles an empty sentence', () => {
    expect(decodeViterbi(new Float32Array(0), 0, new Float32Array((TAG_COUNT + 1) * TAG_COUNT))).toHaveLength(
      0,
    )
  })
})

describe('buffers reused across sentences', () => {
  // A long sentence (more than the buffers' first size) between short ones, so that they grow and are reused.
  const long = Array.from({ length: 90 }, (_, i) => (i % 9 === 0 ? 'Paris' : 'and')).join(' ')
  const document = [
    'Sergei Ryabkov met officials in Moscow .',
    long,
    'Germany imported sheep from Britain .',
    'The European Commission said on Thursday it disagreed .',
  ].map((sentence) => sentence.split(' '))

  it('tag a document as the per-sentence arrays do, also into places with gaps', () => {
    const expected = tagDocument(loadTagger(), loadGazetteer(), document)
    const starts: number[] = []
    let at = 3
    for (const sentence of document) {
      starts.push(at)
      at += sentence.length + 2
    }
    const tags = new Uint8Array(at).fill(255)
    const words = document.map((sentence) => sentence.map(describeWord))
    tagDescribedInto(loadTagger(), loadGazetteer(), words, tags, starts)
    document.forEach((sentence, s) => {
      const from = starts[s] as number
      expect(Array.from(tags.subarray(from, from + sentence.length))).toEqual(
        Array.from(expected[s] as Uint8Array),
      )
      expect(tags[from + sentence.length]).toBe(255)
    })
  })

  it('decode the best allowed sequence, found by trying every one, before and after a long sequence', () => {
    const transition = Float32Array.from(
      { length: (TAG_COUNT + 1) * TAG_COUNT },
      (_, k) => Math.cos(k * 1.7) * 2,
    )
    const allowed = constrainTransitions(transition)
    const scratch = new ViterbiScratch()
    for (const n of [4, 150, 3]) {
      const emission = Float32Array.from({ length: n * TAG_COUNT }, (_, k) => Math.sin(k * 5.1 + n) * 3)
      const out = new Uint8Array(n)
      decodeViterbiInto(emission, n, allowed, out, 0, scratch)
      if (n <= 4) expect(Array.from(out)).toEqual(bestByEnumeration(emission, n, transition))
    }
  })

  it('decode as fresh buffers do, a long sequence after a short one', () => {
    const transition = loadTagger().transition
    const allowed = constrainTransitions(transition)
    const scratch = new ViterbiScratch()
    for (const n of [5, 150, 7]) {
      const emission = Float32Array.from({ length: n * TAG_COUNT }, (_, k) => Math.sin(k * 7.3 + n) * 3)
      const out = new Uint8Array(n + 1)
      decodeViterbiInto(emission, n, allowed, out, 1, scratch)
      expect(Array.from(out.subarray(1))).toEqual(Array.from(decodeViterbi(emission, n, transition)))
    }
  })
})

describe('model codec', () => {
  it('round-trips weights within a quantization step', () => {
    const model = createModel(4)
    model.emission[3] = 2.5
    model.emission[40] = -0.75
    model.emission[100] = 9
    model.transition[5] = -1.25
    const decoded = decodeModel(JSON.parse(JSON.stringify(encodeModel(model))))
    expect(weightAt(decoded, 3)).toBeCloseTo(2.5, 1)
    expect(weightAt(decoded, 40)).toBeCloseTo(-0.75, 1)
    expect(weightAt(decoded, 100)).toBeCloseTo(9, 5)
    expect(weightAt(decoded, 0)).toBe(0)
    expect(decoded.transition[5]).toBe(-1.25)
  })
})

describe('addEmission on a decoded model', () => {
  // Rows 1 and 3 hold weights, rows 0 and 2 none: features landing on empty rows add nothing.
  const model = createModel(2)
  model.emission.set([0.5, -1, 2], TAG_COUNT)
  model.emission.set([4, 0, -0.25], 3 * TAG_COUNT)
  const decoded = decodeModel(encodeModel(model))
  it.each([
    ['no features', []],
    ['one filled row', [1]],
    ['an empty row', [2]],
    ['filled and empty rows', [0, 1, 2, 3]],
    ['a row twice', [3, 3, 1]],
  ])('%s: sums the decoded weights', (_, features) => {
    const out = new Float32Array(TAG_COUNT)
    addEmission(decoded, features, out, 0)
    for (let t = 0; t < TAG_COUNT; t++) {
      const expected = features.reduce((sum, row) => sum + weightAt(decoded, row * TAG_COUNT + t), 0)
      expect(out[t]).toBeCloseTo(expected, 5)
    }
  })
})

describe('FeatureBuffer', () => {
  it('grows past its first storage and keeps it when cleared', () => {
    const buffer = new FeatureBuffer()
    for (let k = 0; k < 100; k++) buffer.push(k * 7)
    expect(buffer.length).toBe(100)
    expect(buffer.values[99]).toBe(693)
    const storage = buffer.values
    buffer.clear()
    buffer.push(5)
    expect([buffer.length, buffer.values[0], buffer.values === storage]).toEqual([1, 5, true])
  })
})

describe('shapeOf', () => {
  it.each([
    ['Ryabkov', 'Xxx'],
    ['U.S.', 'X.X.'],
    ['1996-08-22', 'dd-dd-dd'],
    ['McDonald', 'XxXxx'],
    ['NATO', 'XX'],
  ])('%s → %s', (word, shape) => {
    expect(shapeOf(word)).toBe(shape)
  })
})

/** The best IOB2-valid tag sequence by scoring every sequence: a reference for short ones. */
function bestByEnumeration(emission: Float32Array, n: number, transition: Float32Array): number[] {
  let best: number[] = []
  let bestScore = Number.NEGATIVE_INFINITY
  const walk = (sequence: number[], score: number) => {
    if (sequence.length === n) {
      if (score > bestScore) {
        bestScore = score
        best = [...sequence]
      }
      return
    }
    const previous = sequence.length === 0 ? -1 : (sequence[sequence.length - 1] as number)
    for (let t = 0; t < TAG_COUNT; t++) {
      if (!canFollow(previous, t)) continue
      const step =
        (transition[(previous + 1) * TAG_COUNT + t] as number) +
        (emission[sequence.length * TAG_COUNT + t] as number)
      sequence.push(t)
      walk(sequence, score + step)
      sequence.pop()
    }
  }
  walk([], 0)
  return best
}
