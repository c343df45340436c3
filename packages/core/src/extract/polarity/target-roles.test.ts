import { describe, expect, it } from 'vitest'
import { readSentence } from './sentence.ts'
import { targetRoles } from './target-roles.ts'

/** The words in each role toward the first occurrence of `target`. */
function roles(sentence: string, target: string) {
  const start = sentence.indexOf(target)
  const read = readSentence(sentence, { start, end: start + target.length })
  const found = targetRoles(read)
  const word = (k: number) => (k < 0 ? null : read.lower[k])
  return [word(found.predicate), word(found.possessed), word(found.governor), word(found.preposition)]
}

describe('targetRoles', () => {
  it.each([
    ['Smith lied to the committee.', 'Smith', ['lied', null, null, null]],
    ['Smith has repeatedly denied the claims.', 'Smith', ['denied', null, null, null]],
    ["Smith's lies cost him the election.", 'Smith', [null, 'lies', null, null]],
    ['Critics slammed Smith.', 'Smith', [null, null, 'slammed', null]],
    ['The criticism of Smith grew louder.', 'Smith', ['grew', null, 'criticism', 'of']],
    ['They praised President Smith.', 'Smith', [null, null, 'praised', null]],
  ])('%s (%s)', (sentence, target, expected) => {
    expect(roles(sentence, target)).toEqual(expected)
  })
})
