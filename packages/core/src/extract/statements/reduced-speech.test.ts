import { describe, expect, it } from 'vitest'
import { foundCues as cues } from './found-cues.fixture.ts'

describe('describesANoun', () => {
  // [case, text, cue word]: a participle that describes the noun before it, no statement
  const described: Array<[string, string, string]> = [
    ['the sentence verb right after', 'Ivo Drask says the lines written were his own.', 'written'],
    ['phrases before the verb', 'Few of the permits refused under the old rules would pass now.', 'refused'],
    [
      'an aside between commas',
      'Ann Lee said the new fees, announced in a short notice, will rise.',
      'announced',
    ],
  ]
  it.each(described)('%s', (_, text, word) => {
    expect(cues(text).filter((cue) => cue.includes(word))).toEqual([])
  })

  // [case, text, cue kept]: the subject's own verb of saying
  const said: Array<[string, string, string]> = [
    ['a clause after the verb', 'The club denied the fees were too high.', 'denied'],
    ['a phrase, then "that"', 'The mayor announced on Friday that the pool would close.', 'announced'],
    ['a phrase, then a clause', 'The council said on Monday the pool was safe.', 'said'],
    ['a free relative', 'Ms Quill fought what the porters said was a pay cut.', 'said'],
    ['a name after a day', 'The club denied on Friday Ivo Drask was leaving.', 'denied'],
    ['"whether" after a phrase', 'The MP asked in the Commons whether the fees would rise.', 'asked'],
    ["a clause after a phrase's noun", 'The club said in a letter members had voted twice.', 'said'],
    ['a clause after "at the …"', 'The school said at the open day parents would pay less.', 'said'],
    ['a clause after "under the …"', 'The firm said under the plan staff would keep their jobs.', 'said'],
    ["a clause after an adjective's noun", 'The union said in a short note workers would strike.', 'said'],
  ]
  it.each(said)('%s', (_, text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})
