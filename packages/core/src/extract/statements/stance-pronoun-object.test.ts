import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The last statement's stance of a short text as [target, polarity], null for none. */
function lastStance(text: string) {
  const stance = analyze(text).statements.at(-1)?.stance
  return stance ? [stance.target, stance.polarity] : null
}

describe('"him" or "her" as a stance verb\'s object', () => {
  it.each([
    // A name that only owns something ("Jim Hale's forecast") is passed over for the person who spoke before it.
    [
      "Labour leader Jim Hale spoke on Monday. Tory chairman Tom Reed said the figures clashed with Jim Hale's forecast. But Home Secretary Ann Vale accused him of playing games with numbers.",
      'person:tom-reed',
    ],
    [
      "Labour leader Ben Giles spoke on Monday. Tory chairman Tom Reed said the plan ignored Ben Giles' advice. But Home Secretary Ann Vale accused him of twisting the facts.",
      'person:tom-reed',
    ],
    // Without a possessive the nearest name before it is still the one.
    [
      'Tory chairman Tom Reed spoke on Monday. Labour leader Jim Hale said the figures were sound. But Home Secretary Ann Vale accused him of playing games with numbers.',
      'person:jim-hale',
    ],
    ['Tom Reed said he would stay. Ann Vale accused him of lying.', 'person:tom-reed'],
    // A possessor named alone is still the one.
    [
      "Tom Reed's speech was long. Tory chairman Ann Vale, on Sunday, accused him of wasting time.",
      'person:tom-reed',
    ],
  ])('%s → %s', (text, target) => {
    expect(lastStance(text)).toEqual([target, 'blame'])
  })
})
