import { describe, expect, it } from 'vitest'
import { actor, speakersOf } from './speaker-actors.fixture.ts'

/** The speakers found for a text that names two economists and two bodies. */
function speakers(text: string) {
  return speakersOf(text, [
    actor(text, 'person:tom-reed', ['Tom Reed', 'Mr Reed']),
    actor(text, 'person:ann-lee', ['Ann Lee', 'Ms Lee']),
    actor(text, 'organization:vale-trust', ['Vale Trust']),
    actor(text, 'organization:pellmark', ['Pellmark']),
  ])
}

// Tom Reed is given the post first, so a bare post would go to him.
const LEAD = 'Rates row\n\nPellmark chief economist Tom Reed said rates would rise. '

describe('a person set off after a post, after the cue', () => {
  // [case, text after the lead, speakers after Tom Reed's]
  const cases: Array<[string, string, string[]]> = [
    ['a body and a post', '"Costs are up," said Vale Trust chief economist, Ann Lee.', ['person:ann-lee']],
    [
      'a post with "of"',
      '"Costs are up," said Vale Trust director of planning, Ann Lee.',
      ['person:ann-lee'],
    ],
    ['a post alone', '"Costs are up," said chief economist, Ann Lee.', ['person:ann-lee']],
    [
      'two names, no post, are not a post and a name',
      '"Costs are up," said Tom Reed, Ann Lee.',
      ['person:tom-reed'],
    ],
    [
      'a post before the cue is read as before',
      'Vale Trust chief economist, Ann Lee, said costs were up.',
      ['person:ann-lee'],
    ],
  ]
  it.each(cases)('%s', (_case, text, expected) => {
    expect(speakers(LEAD + text)).toEqual(['person:tom-reed', ...expected])
  })
})
