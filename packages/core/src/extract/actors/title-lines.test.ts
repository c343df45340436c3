import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'
import { tagArticle } from './tag-article.ts'
import { titleCaseLines, writtenIn } from './title-lines.ts'

const linesOf = (text: string) => titleCaseLines(tagArticle(parseArticle(text)))
const namesOf = (text: string) =>
  extractActors(parseArticle(text)).flatMap((a) => a.mentions.map((m) => text.slice(m.start, m.end)))

describe('titleCaseLines', () => {
  it.each([
    ['Rolling Blackouts in Tarrow Have Power Experts Stumped', true],
    ['Blockade and Little Aid', true],
    ['What It’s Like to Give Birth in Tarrow', true],
    // A sentence, a line of names, results, a credit with initials.
    ['Blackouts in Tarrow have power experts stumped.', false],
    ['Ann Lee and Tom Rake', false],
    ['Tarrow Rovers 2 Vale County 1', false],
    ['Did Not Bat: A. Lee.', false],
    // Lines in capitals are judged apart.
    ['BLACKOUTS HAVE POWER EXPERTS STUMPED', false],
  ])('%s → %s', (text, expected) => {
    expect(linesOf(text)[0]).toBe(expected)
  })
})

describe('names in a headline in title case', () => {
  it.each([
    [
      'Polarization Isn’t the Problem, But Identity Politics May Be the Solution\n\nAnn Lee wrote it.',
      'Polarization',
    ],
    ['What It’s Like to Give Birth in Tarrow\n\nDoctors in Tarrow said beds ran out.', 'Give Birth'],
  ])('%s: "%s" is no actor', (text, junk) => {
    expect(namesOf(text).some((name) => name.includes(junk))).toBe(false)
  })

  it.each([
    ['What It’s Like to Give Birth in Tarrow\n\nDoctors in Tarrow said beds ran out.', 'Tarrow'],
    ['Why the Rain Keeps Falling on Glasgow\n\nCrews in Glasgow were busy.', 'Glasgow'],
  ])('%s: "%s" named in the text too stays in the headline', (text, name) => {
    expect(namesOf(text).filter((written) => written === name)).toHaveLength(2)
  })
})

describe('writtenIn', () => {
  // [text, spans as [start, end], name, whether the name stands whole inside one span]
  it.each([
    ['Gaza. In Gaza, no.', [[6, 18]], 'Gaza', true],
    ['Gaza. In Gazans, no.', [[6, 20]], 'Gaza', false],
    ['Gaza. In Gaza, no.', [[0, 5]], 'Gaza', true],
    ['In Gaza. Then Vale.', [[0, 5]], 'Gaza', false],
    ['Ann Lee spoke. Lee left.', [[15, 24]], 'Ann Lee', false],
    [
      'Ann Lee spoke. Lee left.',
      [
        [0, 14],
        [15, 24],
      ],
      'Lee',
      true,
    ],
    [
      'Ann\nLee spoke.',
      [
        [0, 3],
        [4, 14],
      ],
      'Ann\nLee',
      true,
    ],
  ] as const)('%j in %j: %j → %j', (text, spans, name, expected) => {
    expect(
      writtenIn(
        text,
        spans.map(([start, end]) => ({ start, end })),
        name,
      ),
    ).toBe(expected)
  })
})
