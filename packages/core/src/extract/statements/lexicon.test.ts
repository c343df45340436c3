import { describe, expect, it } from 'vitest'
import { DETERMINERS, reportingClass } from './lexicon.ts'
import { stemWord } from './stem.ts'

describe('reportingClass', () => {
  it.each([
    // [word as written, class]: British spellings report as the American ones do.
    ['criticised', 'speech'],
    ['criticized', 'speech'],
    ['emphasised', 'speech'],
    ['stipulates', 'speech'],
    ['implores', 'speech'],
    ['believes', 'mind'],
    ['bridge', undefined],
  ])('%s', (word, kind) => {
    expect(reportingClass(stemWord(word))).toBe(kind)
  })
})

describe('DETERMINERS', () => {
  it.each([
    // [word, opens a noun phrase]: 'that' is mostly a conjunction ('said that proposed cuts …').
    ['the', true],
    ['their', true],
    ['those', true],
    ['that', false],
    ['said', false],
  ])('%s', (word, determiner) => {
    expect(DETERMINERS.has(word)).toBe(determiner)
  })
})
