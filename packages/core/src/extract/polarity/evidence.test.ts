import { describe, expect, it } from 'vitest'
import { polarityEvidence } from './evidence.ts'

/** The evidence words toward the first occurrence of `target`, as text. */
function evidence(sentence: string, target: string, direction: 'negative' | 'positive') {
  const start = sentence.indexOf(target)
  const span = polarityEvidence(sentence, { start, end: start + target.length }, direction)
  return span ? sentence.slice(span.start, span.end) : null
}

describe('polarityEvidence', () => {
  it.each([
    ['Prosecutors accused Jones of fraud.', 'Jones', 'negative', 'accused'],
    ['Supporters praised Garcia for her work.', 'Garcia', 'positive', 'praised'],
    ['Critics said Jones failed to deliver on his promises.', 'Jones', 'negative', 'failed'],
    ['Jones met the mayor on Tuesday.', 'Jones', 'negative', null],
    // Quotes and commas do not count in the distance.
    ['Jones\'s rule, he said, was "marked" by "total" "failure".', 'Jones', 'negative', 'failure'],
  ] as const)('%s → %s %s: %s', (sentence, target, direction, words) => {
    expect(evidence(sentence, target, direction)).toBe(words)
  })
})
