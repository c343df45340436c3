import { describe, expect, it } from 'vitest'
import { speakerNames } from './speaker-actors.fixture.ts'

/** The speaker's name (or "none") of the first statement whose cue starts with `cue`. */
const speakerOfCue = (text: string, cue: string): string | undefined =>
  speakerNames(text, (statement) => statement.cue !== '' && statement.cue.startsWith(cue))[0]

// The subject of a clause the source ran into speaks, not the verb's object (clause-subject.ts).
describe("a clause's object is not who goes on to speak", () => {
  it.each([
    [
      'participle straight after the object',
      'Tom Reed held a press conference. He again heaped praise on Ann Vale saying she did well.',
      'saying',
      'Tom Reed',
    ],
    [
      'participle with an adverb before the verb',
      'Mr Reed then e-mailed Ms Vale pointing out the error in the figures.',
      'pointing',
      'Reed',
    ],
    [
      'a verb after "and": the subject is no actor, so no one',
      'The summit congratulated President Ann Vale on her victory and stressed that the talks would go on.',
      'stressed',
      'none',
    ],
    [
      'a verb after ", and" with a list between',
      'The Farm Trust held talks with the Soil Board, the Water Agency and others on Monday, and promised to publish a plan.',
      'promised',
      'Farm Trust',
    ],
  ])('%s', (_case, text, cue, expected) => {
    expect(speakerOfCue(text, cue)).toBe(expected)
  })
})

// Where the name after the verb is the one who speaks, it stays the speaker.
describe('a name that opens its own clause still speaks', () => {
  it.each([
    [
      'a verb that shows its object speaking',
      'The film showed Ann Vale saying the plan had failed.',
      'saying',
    ],
    ['a clause after "after"', 'The move came after Ann Vale said the plan had failed.', 'said'],
    ['"with" and a participle', 'The law faces a test, with Ann Vale saying she will fight it.', 'saying'],
    [
      'a title between "with" and the name',
      'Labour hit back with party chief Ann Vale accusing the board.',
      'accusing',
    ],
    ['"despite" and a participle', 'The vote went ahead despite Ann Vale saying it was unlawful.', 'saying'],
  ])('%s', (_case, text, cue) => {
    expect(speakerOfCue(text, cue)).toBe('Ann Vale')
  })
})
