import { describe, expect, it } from 'vitest'
import { pronounSpeakers } from './pronoun-speakers.fixture.ts'

describe('a pronoun after a nameless spokesperson', () => {
  it.each([
    [
      'carries the spokesman on, not the person the article is about',
      'Plan row\n\nTom Reed has defended the plan.\n\nA spokesman said the minister was confident. He said the details would come soon.',
      [['person:tom-reed', ['Tom Reed']]],
      ['anonymous'],
    ],
    [
      'carries the spokeswoman on through her quote',
      'Plan row\n\nTom Reed has defended the plan.\n\nBut a spokeswoman insisted the plan was fair. "It is fair," she said.',
      [['person:tom-reed', ['Tom Reed']]],
      ['anonymous'],
    ],
    [
      'carries the spokesman on over his quote of two paragraphs',
      'Plan row\n\nTom Reed has defended the plan.\n\nA spokesman said the plan was fair. "It will help farms. It will help towns.\n\n"It will not cost more," he added.',
      [['person:tom-reed', ['Tom Reed']]],
      ['anonymous'],
    ],
    [
      'not over a sentence of the writer between',
      'Plan row\n\nTom Reed has defended the plan.\n\nA spokesman said the plan was fair. The vote is in May. "It will not cost more," he added.',
      [['person:tom-reed', ['Tom Reed']]],
      ['person:tom-reed'],
    ],
    [
      'stops at a man named between',
      'Plan row\n\nTom Reed has defended the plan.\n\nA spokesman said the plan was fair. Ed Vale attacked it. He said it would fail.',
      [
        ['person:tom-reed', ['Tom Reed']],
        ['person:ed-vale', ['Ed Vale']],
      ],
      ['person:ed-vale'],
    ],
    [
      'stops two sentences on',
      'Plan row\n\nTom Reed has defended the plan.\n\nA spokesman said the plan was fair. The vote is in May. Tom Reed is in Leeds. He said it would pass.',
      [['person:tom-reed', ['Tom Reed']]],
      ['person:tom-reed'],
    ],
    [
      'is no spokeswoman for "he"',
      'Plan row\n\nTom Reed has defended the plan.\n\nA spokeswoman said the plan was fair. He said it would pass.',
      [['person:tom-reed', ['Tom Reed']]],
      ['person:tom-reed'],
    ],
  ] as Array<[string, string, Array<[string, string[]]>, string[]]>)(
    '%s',
    (_case, text, people, expected) => {
      expect(pronounSpeakers(text, people)).toEqual(expected)
    },
  )
})
