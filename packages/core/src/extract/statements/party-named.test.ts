import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The speaker's name (or "none") of each statement whose source is a nameless party voice. */
function partyVoiceSpeakers(text: string): string[] {
  const analysis = analyze(text)
  const names = new Map(analysis.actors.map((actor) => [actor.id, actor.name]))
  return analysis.statements
    .filter((s) => s.source && /party (?:spokes|official)/i.test(text.slice(s.source.start, s.source.end)))
    .map((s) => (s.speaker ? (names.get(s.speaker) ?? s.speaker) : 'none'))
}

// "A party spokesman" speaks for the one party named before (party-named.ts).
describe('a party spokesman is the one party named before', () => {
  it.each([
    [
      'a party named by its name',
      'The leader of the Vale Party was held on Monday. A party spokesman said he had done nothing wrong.',
      ['Vale Party'],
    ],
    [
      'a party in the list of known parties',
      'Labour held a rally in Leeds on Monday. A senior party spokesman said the talks went well.',
      ['Labour Party'],
    ],
    [
      'two parties named: no one',
      'Labour and the Green Party met on Monday. A party spokesman said the talks went well.',
      ['none'],
    ],
    [
      'no party named',
      'Two men were held on Monday. A party official said they had done nothing wrong.',
      ['none'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(partyVoiceSpeakers(text)).toEqual(expected)
  })
})
