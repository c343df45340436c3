import { describe, expect, it } from 'vitest'
import { findCapitalRuns } from './capital-runs.ts'
import { describeWord } from './word-info.ts'

/** The runs of a sentence written as text, each as its words joined by spaces. */
function runsOf(sentence: string, bridged: boolean): string[] {
  const words = sentence.split(' ')
  const runs = findCapitalRuns(words.map(describeWord))
  const start = bridged ? runs.bridgedStart : runs.start
  const end = bridged ? runs.bridgedEnd : runs.end
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    if (start[i] === i) out.push(words.slice(i, end[i]).join(' '))
  }
  return out
}

describe('findCapitalRuns', () => {
  it.each([
    ['the Social Democratic Party won', ['Social Democratic Party'], ['Social Democratic Party']],
    [
      'the Communist Party of the Russian Federation said',
      ['Communist Party', 'Russian Federation'],
      ['Communist Party of the Russian Federation'],
    ],
    ['in the 2016 United Kingdom general election', ['United Kingdom'], ['United Kingdom']],
    ['Germany and France', ['Germany', 'France'], ['Germany and France']],
    // Three joiners in a row do not join; a joiner at the end joins nothing.
    ['Bank of the of England', ['Bank', 'England'], ['Bank', 'England']],
    ['a friend of the', [], []],
    // A common word capitalized only because it opens the sentence starts no run.
    ['Critics of America said', ['America'], ['America']],
    ['Clinton of Arkansas said', ['Clinton', 'Arkansas'], ['Clinton of Arkansas']],
  ])('%s', (sentence, strict, bridged) => {
    expect(runsOf(sentence, false)).toEqual(strict)
    expect(runsOf(sentence, true)).toEqual(bridged)
  })

  it('gives joiners the widened run only', () => {
    const runs = findCapitalRuns('Party of Serbia'.split(' ').map(describeWord))
    expect([runs.start[1], runs.end[1], runs.bridgedStart[1], runs.bridgedEnd[1]]).toEqual([-1, -1, 0, 3])
  })
})
