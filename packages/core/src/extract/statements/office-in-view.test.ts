import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { withoutWhen } from './office-in-view.ts'

/** The speaker (or reason for none) of the statement whose content starts with `opening`. */
function speakerOf(text: string, opening: string): string | undefined {
  const { statements } = analyze(text)
  const found = statements.find((statement) => text.slice(statement.content.start).startsWith(opening))
  return found ? (found.speaker ?? `null:${found.speakerReason}`) : undefined
}

const TITLE = 'Fares row grows\n\n'

describe('an office whose nearest person is ruled out goes to the next person in view', () => {
  it.each([
    [
      'the prime minister is not the officer the lead gave a post, but the next person in view',
      "Bus fares will rise, London's most senior police officer has said.\n\nSir Tom Reed told councillors the rise was needed. Ann Vale has backed a freeze. Sir Tom said costs had grown. Asked about Sir Tom's comments, the prime minister said the rise was fair.",
      'the rise was fair',
      'person:ann-vale',
    ],
    [
      'no one when no one else is in view',
      "Bus fares will rise, London's most senior police officer has said.\n\nSir Tom Reed told councillors the rise was needed. Asked about Sir Tom's comments, the prime minister said the rise was fair.",
      'the rise was fair',
      'null:unresolved',
    ],
    [
      'a day after the office is read past',
      "Bus fares will rise, London's most senior police officer has said.\n\nSir Tom Reed told councillors the rise was needed. Ann Vale has backed a freeze. Sir Tom said costs had grown. The prime minister on Monday said the rise was fair.",
      'the rise was fair',
      'person:ann-vale',
    ],
    [
      'no one when the person ruled out by another office has just spoken',
      "The row over Tom Ruddle's budget grew.\n\nAnn Vale said a rival government would cut spending. Party chairman Ed Pike called the claim a smear. The Greens accused Mr Ruddle of ducking the issue.\n\nAt a launch, the prime minister praised the plans. The Greens said taxes would rise.\n\nMr Ruddle defended his sums. The chancellor insisted his plans were affordable.",
      'his plans were affordable',
      'null:unresolved',
    ],
  ])('%s', (_, body, opening, speaker) => {
    expect(speakerOf(TITLE + body, opening)).toBe(speaker)
  })
})

describe('withoutWhen', () => {
  it.each([
    ['the prime minister on Sunday', 'the prime minister'],
    ['the chancellor yesterday', 'the chancellor'],
    ['the minister last week', 'the minister'],
    ['the prime minister', 'the prime minister'],
    ['the Sunday paper', 'the Sunday paper'],
  ])('%s', (words, expected) => {
    expect(withoutWhen(words)).toBe(expected)
  })

  // Long runs of spaces before a near-miss: a pattern that retried every space would not return.
  it.each([`a${' '.repeat(300_000)}on Sundays`, `${'a '.repeat(300_000)}lastweek`])(
    'stays linear on adversarial input %#',
    (words) => {
      expect(withoutWhen(words)).toBe(words.trim())
    },
  )
})
