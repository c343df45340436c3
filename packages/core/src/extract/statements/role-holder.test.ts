import { describe, expect, it } from 'vitest'
import { isRoleNoun } from './role-holder.ts'
import { speakerNames } from './speaker-actors.fixture.ts'

/** The name of the speaker of each statement whose source opens with "the", "its" or "their", or "none". */
const describedSpeakers = (text: string) =>
  speakerNames(text, ({ source }) => /^(?:the|its|their)\s/i.test(source))

describe('a role noun goes to the one person the text gave that role before', () => {
  it.each([
    [
      'a relative clause states the role',
      'Jane Roe, who owns the Velvet salon, opened it in 2001. Trade was slow last year. The owner said the rent had doubled.',
      ['Jane Roe'],
    ],
    [
      'an apposition with "of"',
      'Tom Bell, the founder of Plinko, left the firm in May. Its founder said the board had misled him.',
      ['Tom Bell'],
    ],
    [
      'a relative clause for a manager',
      'Tom Bell, who manages the depot, was away on Friday. "Trucks were late," said the manager of the depot.',
      ['Tom Bell'],
    ],
    [
      'an apposition before "on"',
      'Ana Diaz, the engineer on the new bridge, met the council. The engineer added that the cables were worn.',
      ['Ana Diaz'],
    ],
    [
      'two owners: neither',
      'Jane Roe, who owns the cafe, and Tom Bell, who owns the bar, met at noon. The owner said prices were high.',
      ['none'],
    ],
    [
      'the owner named only after: no one',
      'The owner said prices were high. Jane Roe, who owns the cafe, spoke to us later.',
      ['none'],
    ],
    [
      'the role of another noun: no one',
      'Tom Bell, the manager of the depot, met Jane Roe on Monday. The owner said the depot would close.',
      ['none'],
    ],
    [
      'a premodifier and a relative clause for two people: neither',
      'Depot manager Ana Diaz called Tom Bell, who manages the port. The manager said the strike was over.',
      ['none'],
    ],
    [
      'a role noun with a word before it is not any holder of the noun',
      'Ann Vale, the press director of the campaign, left early. The bureau director said the files were sealed.',
      ['none'],
    ],
    [
      'a body with no one given the role',
      'Ann Vale and Tom Bell both spoke. Their founder said the charity would grow.',
      ['none'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(describedSpeakers(text)).toEqual(expected)
  })
})

describe('isRoleNoun', () => {
  it.each([
    ['owner', true],
    ['Founder', true],
    ['co-founder', true],
    ['minister', false],
    ['man', false],
  ])('%s → %s', (word, expected) => {
    expect(isRoleNoun(word)).toBe(expected)
  })
})
