import { describe, expect, it } from 'vitest'
import { firstStance as stanceOf } from './stance-read.fixture.ts'

describe('confidentStance', () => {
  it.each([
    ['Tory leader Jane Doe said she was confident that Mr Reed would win.', 'person:reed'],
    [
      'Tory leader Jane Doe said she was confident Labour would win the election.',
      'organization:labour-party',
    ],
    ['"I am confident the Greens will do well," said Tory leader Jane Doe.', 'organization:green-party'],
    ['Tory leader Jane Doe said she was confident Mr Reed would be re-elected.', 'person:reed'],
  ])('%s supports the actor trusted', (text, target) => {
    expect(stanceOf(text)).toEqual([target, 'support'])
  })

  it.each([
    // A forecast of loss, a denied confidence, another's confidence, and no actor: no support.
    'Tory leader Jane Doe said she was confident Labour would lose.',
    'Tory leader Jane Doe said she was confident Labour would be beaten.',
    'Tory leader Jane Doe said she was not confident that Mr Reed would win.',
    'Tory leader Jane Doe said voters were confident that Mr Reed would win.',
    'Tory leader Jane Doe said she was confident that the deal would hold.',
    // A forecast of punishment or defeat is no trust in the actor.
    'Tory leader Jane Doe said she was confident Mr Reed would be convicted.',
    'Tory leader Jane Doe said she was confident Mr Reed would be found guilty.',
    'Tory leader Jane Doe said she was confident Mr Reed would stand down.',
    'Tory leader Jane Doe said she was confident Mr Reed would face justice.',
    'Tory leader Jane Doe said she was confident Labour would come third.',
  ])('%s backs no one', (text) => {
    expect(stanceOf(text)).toBeNull()
  })

  it('leaves an explicit judgement before a forecast to the judging pass', () => {
    expect(
      stanceOf('"Tom Reed is a liar. I am confident Ann Pell will win," said Tory leader Jane Doe.'),
    ).toEqual(['person:tom-reed', 'blame'])
  })
})
