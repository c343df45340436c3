import { describe, expect, it } from 'vitest'
import { addMlpScores, type Mlp } from './mlp.ts'

// Two inputs, one hidden unit that is their difference, pushing negative down and positive up.
const mlp: Mlp = {
  inputs: 2,
  hidden: 1,
  w1: Float32Array.from([1, -1]),
  b1: Float32Array.from([0]),
  w2: Float32Array.from([-2, 0, 2]),
  b2: Float32Array.from([0, 0.5, 0]),
}

describe('addMlpScores', () => {
  it.each([
    [
      [0, 0],
      [0, 0.5, 0],
    ],
    [
      [3, 0],
      [-2 * Math.tanh(3), 0.5, 2 * Math.tanh(3)],
    ],
    [
      [0, 3],
      [2 * Math.tanh(3), 0.5, -2 * Math.tanh(3)],
    ],
  ])('input %j adds %j', (input, expected) => {
    const out = new Float64Array([1, 1, 1])
    addMlpScores(mlp, input, out)
    for (const [c, value] of expected.entries()) expect(out[c]).toBeCloseTo(1 + value)
  })
})
