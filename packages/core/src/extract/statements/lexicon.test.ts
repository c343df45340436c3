import { describe, expect, it } from 'vitest'
import { reportingClass } from './lexicon.ts'
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
