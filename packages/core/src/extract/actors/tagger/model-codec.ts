import { createModel, type TaggerModel } from './model.ts'
import { TAG_COUNT } from './tags.ts'

/**
 * A model as shipped: emission weights quantized to signed bytes on a square-root scale (fine steps for the
 * many small weights, coarse for the few large ones), stored sparsely and base64-encoded.
 */
export interface EncodedModel {
  readonly bits: number
  /** Steps per unit of square-root weight: a byte q stands for sign(q) · (q / scale)². */
  readonly scale: number
  readonly transition: readonly number[]
  /** Base64 of (varint gap to the previous non-zero weight, int8 weight) pairs over the emission table. */
  readonly emission: string
}

/** The emission weight at index k of a model, whether it holds floats or byte codes. */
export function weightAt(model: TaggerModel, k: number): number {
  const value = model.emission[k] as number
  return (model.levels ? (model.levels[value] as number) : value) * model.unit
}

/** Encodes a model, its largest emission weight becoming ±127; weights that round to zero are dropped. */
export function encodeModel(model: TaggerModel): EncodedModel {
  let max = 0
  for (let k = 0; k < model.emission.length; k++) max = Math.max(max, Math.abs(weightAt(model, k)))
  const scale = 127 / Math.sqrt(max || 1)
  const bytes: number[] = []
  let last = -1
  const { emission } = model
  for (let k = 0; k < emission.length; k++) {
    const x = weightAt(model, k)
    const q = Math.sign(x) * Math.min(127, Math.round(Math.sqrt(Math.abs(x)) * scale))
    if (q === 0) continue
    let gap = k - last - 1
    last = k
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80)
      gap >>>= 7
    }
    bytes.push(gap, q & 0xff)
  }
  return {
    bits: model.bits,
    scale,
    transition: Array.from(model.transition, (x) => Math.round(x * 1000) / 1000),
    emission: toBase64(Uint8Array.from(bytes)),
  }
}

/** What each byte code stands for, in steps: sign(q) · q² for the signed byte q. */
const LEVELS = Float64Array.from({ length: 256 }, (_, q) => {
  const signed = q > 127 ? q - 256 : q
  return Math.sign(signed) * signed * signed
})

/** Decodes a shipped model back into weight tables. */
export function decodeModel(encoded: EncodedModel): TaggerModel {
  const transition = createModel(0).transition
  transition.set(encoded.transition.slice(0, (TAG_COUNT + 1) * TAG_COUNT))
  const bytes = fromBase64(encoded.emission)
  // A byte q stands for sign(q) · q² steps of 1 / scale²: the bytes are kept, with what each stands for.
  const emission = new Uint8Array((1 << encoded.bits) * TAG_COUNT)
  const filled = new Uint8Array(Math.ceil((1 << encoded.bits) / 8))
  let k = -1
  let i = 0
  while (i < bytes.length) {
    let gap = 0
    let shift = 0
    let b = bytes[i++] as number
    while (b & 0x80) {
      gap |= (b & 0x7f) << shift
      shift += 7
      b = bytes[i++] as number
    }
    gap |= b << shift
    k += gap + 1
    emission[k] = bytes[i++] as number
    const row = Math.floor(k / TAG_COUNT)
    filled[row >> 3] = (filled[row >> 3] as number) | (1 << (row & 7))
  }
  const unit = 1 / (encoded.scale * encoded.scale)
  return { bits: encoded.bits, emission, levels: LEVELS, filled, unit, transition }
}

// Base64 by hand: core runs in Node, browsers and edge runtimes and leans on no platform global.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function toBase64(bytes: Uint8Array): string {
  const out: string[] = []
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number
    const b = bytes[i + 1] ?? 0
    const c = bytes[i + 2] ?? 0
    const n = (a << 16) | (b << 8) | c
    out.push(
      ALPHABET.charAt(n >> 18),
      ALPHABET.charAt((n >> 12) & 63),
      i + 1 < bytes.length ? ALPHABET.charAt((n >> 6) & 63) : '=',
      i + 2 < bytes.length ? ALPHABET.charAt(n & 63) : '=',
    )
  }
  return out.join('')
}

function fromBase64(text: string): Uint8Array {
  const values = new Uint8Array(128)
  for (let i = 0; i < ALPHABET.length; i++) values[ALPHABET.charCodeAt(i)] = i
  let length = (text.length / 4) * 3
  if (text.endsWith('==')) length -= 2
  else if (text.endsWith('=')) length -= 1
  const bytes = new Uint8Array(length)
  let j = 0
  for (let i = 0; i < text.length; i += 4) {
    const n =
      ((values[text.charCodeAt(i)] as number) << 18) |
      ((values[text.charCodeAt(i + 1)] as number) << 12) |
      ((values[text.charCodeAt(i + 2) & 127] as number) << 6) |
      (values[text.charCodeAt(i + 3) & 127] as number)
    if (j < length) bytes[j++] = n >> 16
    if (j < length) bytes[j++] = (n >> 8) & 255
    if (j < length) bytes[j++] = n & 255
  }
  return bytes
}
