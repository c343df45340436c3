import { describe, expect, it } from 'vitest'
import { foundCues as cues } from './found-cues.fixture.ts'

describe('winsAPrize', () => {
  // [case, text, cue word]: a prize won, a title kept or lives taken, no words given
  const prizes: Array<[string, string, string]> = [
    ['a win', 'Leeds claimed victory over Hull on Saturday.', 'claim'],
    ['a win by a score', 'Hull claimed a 2-0 win at home.', 'claim'],
    ['a win against a side', 'The Reds claimed a narrow win against Derby.', 'claim'],
    ['lives taken', 'The storm claimed the lives of six people.', 'claim'],
    ['a rank', 'The Reds claimed third place after a late goal.', 'claim'],
    ['a superlative', 'Oslo claimed the coldest night in the country.', 'claim'],
    ['a record set', 'Ms Quill claimed a record in the 400m.', 'claim'],
    ['a medal', 'Ann Lee claimed the gold medal in the 200m.', 'claim'],
    ['a title kept', 'Ms Vale defended her crown in Paris on Sunday.', 'defend'],
    ['a side’s play', 'Italy defended deep in the second half.', 'defend'],
    ['a lead kept', 'The champion defended his lead on the final day.', 'defend'],
  ]
  it.each(prizes)('%s', (_, text, word) => {
    expect(cues(text).filter((cue) => cue.includes(word))).toEqual([])
  })

  // [case, text, cue kept]: claims and defences made in words
  const words: Array<[string, string, string]> = [
    ['a clause claimed', 'Lee claimed that the vote was rigged.', 'claimed'],
    ['responsibility claimed', 'The group claimed responsibility for the attack.', 'claimed'],
    ['plans defended', 'The minister defended controversial plans to close the school.', 'defended'],
    ['a decision defended', 'The minister defended the decision to close the school.', 'defended'],
    ['a record defended', 'Senator Ann Vale defended her record on schools.', 'defended'],
    ['a position defended', 'The minister defended his position on the war.', 'defended'],
    ['a bare clause', 'Mr Ode claimed the first vote had been rigged.', 'claimed'],
    ['victory in a vote', 'Each party claimed victory in the local polls.', 'claimed'],
    ['a win claimed in words', 'The mayor claimed a win for the town after the ruling.', 'claimed'],
  ]
  it.each(words)('%s', (_, text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})
