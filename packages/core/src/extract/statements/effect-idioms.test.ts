import { describe, expect, it } from 'vitest'
import { foundCues as cues } from './found-cues.fixture.ts'

describe('isEffectIdiom', () => {
  // [case, text, cue word]: a speech word in an idiom of effect, no words given
  const idioms: Array<[string, string, string]> = [
    ['speculation grown', 'Ann Lee has added to speculation linking her with a move to Leeds.', 'add'],
    ['fears grown', 'The news has added to fears that the plant will close.', 'add'],
    ['a modified noun', 'The delay added to the growing doubts about the bridge.', 'add'],
    ['persuaded into', 'The coach talked him into staying for another season.', 'talk'],
    ['persuaded out of', 'Her mother talked her out of quitting the team.', 'talk'],
    ['a topic of talk', 'The row has been the main talking point of the season so far.', 'talk'],
  ]
  it.each(idioms)('%s', (_, text, word) => {
    expect(cues(text).filter((cue) => cue.includes(word))).toEqual([])
  })

  // [case, text, cue kept]
  const words: Array<[string, string, string]> = [
    ['a clause added', 'Ann Lee added that the plan would fail.', 'added'],
    ['a listener, then a clause', 'She added to reporters that the plan was dead.', 'added'],
    ['a listener, then fears', 'He added to aides that fears of a strike were overdone.', 'added'],
    ['a listener after "to"', 'It is hard work, she added to the magazine.', 'added'],
    ['a talk about', 'They talked about the plan for an hour.', 'talked about'],
    ['a report after the idiom', 'Adding to the pressure, the union said it would strike.', 'said'],
  ]
  it.each(words)('%s', (_, text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})
