// Writes the trained tagger into core's data as a compact JSON file (quantized, sparse, base64).
import { writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { TaggerModel } from '../src/extract/actors/tagger/model.ts'
import { type EncodedModel, encodeModel, weightAt } from '../src/extract/actors/tagger/model-codec.ts'

/** Where the shipped model lives. */
export const MODEL_PATH = new URL('../src/data/actors/tagger.model.json', import.meta.url).pathname

/** Quantizes a model, first zeroing the weights smaller than `prune`. */
export function quantize(model: TaggerModel, prune: number): EncodedModel {
  const emission = Float32Array.from(model.emission, (_, k) => {
    const x = weightAt(model, k)
    return Math.abs(x) < prune ? 0 : x
  })
  return encodeModel({ bits: model.bits, transition: model.transition, emission, unit: 1 })
}
/** Writes an encoded model and prints its size. */
export function writeModel(encoded: EncodedModel, note: string, path = MODEL_PATH): void {
  const json = JSON.stringify({ ...encoded, note })
  writeFileSync(path, `${json}\n`)
  console.log(
    `wrote ${path}: ${(json.length / 1e6).toFixed(2)} MB, ${(gzipSync(json).length / 1e6).toFixed(2)} MB gzipped`,
  )
}
