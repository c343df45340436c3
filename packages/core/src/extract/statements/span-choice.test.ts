import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chooseByRisk } from './span-choice.ts'
import { type SpanChoice, spanChoice } from './span-decoder.ts'

/** The choice as first written: every ordered pair weighed by its token Jaccard as a quotient. */
function chooseByQuotient(candidates: readonly SpanChoice[], temperature: number): SpanChoice | null {
  if (candidates.length === 0) return null
  const max = Math.max(...candidates.map((c) => c.score))
  const weights = candidates.map((c) => Math.exp((c.score - max) / temperature))
  const mass = weights.reduce((sum, w) => sum + w, 0)
  const top = candidates.find((c) => c.score === max) ?? null
  if (top !== null && 1 / mass > 0.98) return top
  const jaccard = (a: SpanChoice, b: SpanChoice) => {
    const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1)
    return overlap / (a.end - a.start + 1 + (b.end - b.start + 1) - overlap)
  }
  let best: SpanChoice | null = null
  let bestGain = -1
  for (const c of candidates) {
    let gain = 0
    for (let k = 0; k < candidates.length; k++)
      if (jaccard(c, candidates[k] as SpanChoice) >= 0.5) gain += weights[k] as number
    if (
      gain > bestGain + 1e-9 ||
      (Math.abs(gain - bestGain) <= 1e-9 && best !== null && c.score > best.score)
    ) {
      bestGain = gain
      best = c
    }
  }
  return best
}

const span = (start: number, end: number, score: number) => spanChoice(0, start, end, score)

describe('chooseByRisk', () => {
  it.each([
    // [candidates as start, end, score], the chosen one's start and end
    { spans: [[0, 9, 1]], chosen: [0, 9] },
    // One clear best: it holds nearly all the mass.
    {
      spans: [
        [0, 9, 10],
        [3, 4, 0],
      ],
      chosen: [0, 9],
    },
    // Two long readings agree with each other (overlap 8 of 10 and 9 tokens) and outweigh a short one that scores best.
    {
      spans: [
        [2, 3, 1.2],
        [0, 9, 1],
        [0, 8, 1],
      ],
      chosen: [0, 9],
    },
    // Overlap exactly half the union (2 of 4 tokens) counts as agreeing: together they outweigh a lone better one.
    {
      spans: [
        [0, 2, 1],
        [1, 3, 1],
        [9, 12, 1.1],
      ],
      chosen: [0, 2],
    },
    // A third of the union does not: the lone better one stands.
    {
      spans: [
        [0, 2, 1],
        [2, 4, 1],
        [9, 12, 1.1],
      ],
      chosen: [9, 12],
    },
  ])('picks $chosen', ({ spans, chosen }) => {
    const candidates = spans.map(([start, end, score]) =>
      span(start as number, end as number, score as number),
    )
    const choice = chooseByRisk(candidates, 1)
    expect([choice?.start, choice?.end]).toEqual(chosen)
  })

  it('chooses as the quotient form of the Jaccard test does', () => {
    const candidate = fc
      .tuple(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: -4, max: 4, noNaN: true }),
      )
      .map(([start, length, score]) => span(start, start + length, score))
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 25 }),
        fc.constantFrom(0.3, 1, 3),
        (candidates, temperature) => {
          expect(chooseByRisk(candidates, temperature)).toBe(chooseByQuotient(candidates, temperature))
        },
      ),
      { numRuns: 500 },
    )
  })
})
