import { describe, expect, it } from 'vitest'
import { stemWord } from './stem.ts'

describe('stemWord', () => {
  it.each([
    [['say', 'says', 'said', 'saying'], 'say'],
    [['claim', 'claims', 'claimed', 'claiming'], 'claim'],
    [['declare', 'declares', 'declared', 'declaring'], 'declar'],
    [['clarify', 'clarifies', 'clarified'], 'clarify'],
    [['admit', 'admits', 'admitted', 'admitting'], 'admit'],
    [['add', 'adds', 'added', 'adding'], 'add'],
    [['tell', 'tells', 'told'], 'tell'],
  ])('%j → %s', (words, stem) => {
    for (const word of words) expect(stemWord(word)).toBe(stem)
  })
})
