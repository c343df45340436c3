import { describe, expect, it } from 'vitest'
import { negationScope } from './negation.ts'
import { readSentence } from './sentence.ts'
import { readTargetContext } from './target-context.ts'
import { targetRoles } from './target-roles.ts'

describe('readTargetContext', () => {
  it.each([
    ['Critics slammed Smith.', 'Smith'],
    ['Smith did not lie to the committee.', 'Smith'],
    ["Voters never trusted Smith's promises.", 'Smith'],
  ])('reads the negation scope and roles of %s once', (sentence, target) => {
    const start = sentence.indexOf(target)
    const read = readSentence(sentence, { start, end: start + target.length })
    expect(readTargetContext(read)).toEqual({ negated: negationScope(read.lower), roles: targetRoles(read) })
  })
})
