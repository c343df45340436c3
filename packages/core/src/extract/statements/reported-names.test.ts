import { describe, expect, it } from 'vitest'
import { pronounSpeakers } from './pronoun-speakers.fixture.ts'

// A person named in what someone reportedly said is what was said, not who is in view for the next "he said".
describe('a pronoun after a name inside reported speech', () => {
  it.each([
    [
      'stays with the speaker, not a man named in his words',
      'Budget row\n\nTom Reed spoke in Leeds. He said the vote was close. He said the party was ready. He said the roads were a disgrace. He said the schools were full. The council was ignoring a recent Ed Vale ruling on the roads, he said. He also attacked the budget.',
      [
        ['person:tom-reed', ['Tom Reed']],
        ['person:ed-vale', ['Ed Vale']],
      ],
      [
        'person:tom-reed',
        'person:tom-reed',
        'person:tom-reed',
        'person:tom-reed',
        'person:tom-reed',
        'person:tom-reed',
      ],
    ],
    [
      'stays with the speaker who named another man',
      'Budget row\n\nThe vote is in May. Tom Reed said in Leeds that the mayor, Ben Cole, had misled voters on the budget. He added that the roads were unsafe.',
      [
        ['person:tom-reed', ['Tom Reed']],
        ['person:ben-cole', ['Ben Cole']],
      ],
      ['person:tom-reed'],
    ],
    [
      "takes a man named outside anyone's words",
      'Budget row\n\nThe vote is in May. Tom Reed spoke in Leeds. The council had ignored the roads, he said. Judge Ed Vale heard the case. He said the roads were unsafe.',
      [
        ['person:tom-reed', ['Tom Reed']],
        ['person:ed-vale', ['Ed Vale']],
      ],
      ['person:tom-reed', 'person:ed-vale'],
    ],
  ] as Array<[string, string, Array<[string, string[]]>, string[]]>)(
    '%s',
    (_case, text, people, expected) => {
      expect(pronounSpeakers(text, people)).toEqual(expected)
    },
  )
})
