import { describe, expect, it } from 'vitest'
import { initialsOf } from './name-initials.ts'

describe('initialsOf', () => {
  it.each([
    ['Guild of Harbour Pilots', 'GHP'],
    // A leading article is left out, one inside the name too.
    ['The Guild of Harbour Pilots', 'GHP'],
    ['the Bank of the Fens', 'BF'],
    // Hyphens split words: each capitalized part counts, a lower-case part does not.
    ['Anglo-Dutch Grain Board', 'ADGB'],
    ['Post-war Housing Trust', 'PHT'],
    // Capitals of any script count.
    ['Électricité du Nord', 'ÉN'],
    ['Øster Ferry Line', 'ØFL'],
    // Lower-case words, figures and marks are no initials; runs of spaces are one break.
    ['Friends  of 10 Tarrow Street', 'FTS'],
    ['Tarrow', 'T'],
    ['the', ''],
    ['', ''],
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials)
  })
})
