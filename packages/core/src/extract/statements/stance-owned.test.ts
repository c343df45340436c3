import { describe, expect, it } from 'vitest'
import { firstStance as stanceOf } from './stance-read.fixture.ts'

describe('a thing an actor owns stands for its owner', () => {
  it.each([
    // A capitalized act after a possessive: the judging word is on the thing, the stance on its owner.
    ["Green leader Tom Hale said Mr Reed's Budget was a shambles.", 'person:reed', 'oppose'],
    // An act's "of" names its owner.
    ['Green leader Tom Hale attacked the ambition of Mr Reed.', 'person:reed', 'oppose'],
    ['Green leader Tom Hale criticised the plans of Mr Reed.', 'person:reed', 'oppose'],
  ])('%s', (text, target, polarity) => {
    expect(stanceOf(text)).toEqual([target, polarity])
  })

  it.each([
    // "of" after a harm done takes the one it was done to, not its owner.
    'Green leader Tom Hale condemned the killing of Mr Reed.',
    'Green leader Tom Hale criticised the treatment of Mr Reed.',
  ])('%s judges no owner', (text) => {
    expect(stanceOf(text)).toBeNull()
  })
})
