import { describe, expect, it } from 'vitest'
import { negationScope } from './negation.ts'

describe('negationScope', () => {
  it.each([
    ['he did not lie , she said', [0, 0, 0, 1, 0, 0, 0]],
    ['never again will they trust him', [0, 1, 1, 1, 1, 1]],
    ["they do n't support it but we do", [0, 0, 0, 1, 1, 0, 0, 0]],
    ['no one was hurt', [0, 1, 1, 1]],
    ['the talks went well', [0, 0, 0, 0]],
    ['he will no doubt praise them', [0, 0, 0, 0, 0, 0]],
    ['not only good but cheap', [0, 0, 0, 0, 0]],
    ['it is nothing less than illegal', [0, 0, 0, 0, 0, 0]],
    ['it was nothing short of a disgrace', [0, 0, 0, 0, 0, 0, 0]],
  ])('%s', (sentence, scope) => {
    expect(Array.from(negationScope(sentence.split(' ')))).toEqual(scope)
  })

  it('reaches a few words only', () => {
    const scope = negationScope('not a b c d e f g h'.split(' '))
    expect(Array.from(scope)).toEqual([0, 1, 1, 1, 1, 1, 1, 0, 0])
  })
})
