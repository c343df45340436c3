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

describe('polarityEvidence: a negation opened before the target', () => {
  // A word list the caller trusts, as the stance stage gives one.
  const wrecking = (lower: string) => (lower.startsWith('wreck') ? -1 : 0)
  it.each([
    // About the target's verb, not the word after it: the word tells neither side.
    ["Don't let Jones wreck the schools.", 'positive', null],
    ["Don't let Jones wreck the schools.", 'negative', null],
    // A negation after the target still turns its word.
    ['Jones has not wrecked the schools.', 'positive', 'not wrecked'],
  ] as const)('%s → Jones %s: %s', (sentence, direction, words) => {
    const start = sentence.indexOf('Jones')
    const span = polarityEvidence(sentence, { start, end: start + 5 }, direction, wrecking)
    expect(span ? sentence.slice(span.start, span.end) : null).toBe(words)
  })
})
