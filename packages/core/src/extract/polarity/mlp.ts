import { decodeBase64 } from '../statements/base64.ts'

/** A one-hidden-layer network over dense features that adds to the three class scores. */
export interface Mlp {
  inputs: number
  hidden: number
  /** inputs × hidden, row-major by input. */
  w1: Float32Array
  b1: Float32Array
  /** hidden × 3. */
  w2: Float32Array
  b2: Float32Array
}

/** A weight matrix as stored: signed 8-bit values `q` standing for `q × step`, base64. */
export interface StoredMatrix {
  step: number
  values: string
}

/** The network as stored; input scaling is folded into `w1` and `b1`. */
export interface StoredMlp {
  inputs: number
  hidden: number
  w1: StoredMatrix
  b1: StoredMatrix
  w2: StoredMatrix
  b2: StoredMatrix
}

function loadMatrix(stored: StoredMatrix): Float32Array {
  const bytes = decodeBase64(stored.values)
  const quantized = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)
  // A loop rather than Float32Array.from with a map function, which takes many times as long on a first call.
  const values = new Float32Array(quantized.length)
  for (let i = 0; i < quantized.length; i++) values[i] = (quantized[i] as number) * stored.step
  return values
}

/** Decodes a stored network. */
export function loadMlp(stored: StoredMlp): Mlp {
  return {
    inputs: stored.inputs,
    hidden: stored.hidden,
    w1: loadMatrix(stored.w1),
    b1: loadMatrix(stored.b1),
    w2: loadMatrix(stored.w2),
    b2: loadMatrix(stored.b2),
  }
}

/**
 * Adds the network's three scores for `input` into `out`; `hidden` receives the hidden layer (tanh), for training.
 * @example addMlpScores(mlp, denseFeatures(read, vectors, valence), scores)
 */
export function addMlpScores(
  mlp: Mlp,
  input: ArrayLike<number>,
  out: Float64Array,
  hidden: Float64Array = new Float64Array(mlp.hidden),
): void {
  const { inputs, w1, b1, w2, b2 } = mlp
  const size = mlp.hidden
  for (let h = 0; h < size; h++) hidden[h] = b1[h] as number
  for (let i = 0; i < inputs; i++) {
    const x = input[i] as number
    if (x === 0) continue
    const row = i * size
    for (let h = 0; h < size; h++) hidden[h] = (hidden[h] as number) + x * (w1[row + h] as number)
  }
  addOutputScores(b2, w2, size, hidden, out)
}

/**
 * The output layer, a function of its own: compiled inside the input loop (on-stack replacement), its loops had no
 * type feedback yet, and the engine threw that code away at every call (the network ran unoptimized).
 */
function addOutputScores(
  b2: Float32Array,
  w2: Float32Array,
  size: number,
  hidden: Float64Array,
  out: Float64Array,
): void {
  for (let c = 0; c < 3; c++) out[c] = (out[c] as number) + (b2[c] as number)
  for (let h = 0; h < size; h++) {
    const a = Math.tanh(hidden[h] as number)
    hidden[h] = a
    for (let c = 0; c < 3; c++) out[c] = (out[c] as number) + a * (w2[h * 3 + c] as number)
  }
}
