import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

// A table copied from a web page, one cell a line: seat, member, address, for each row.
const seats = (rows: readonly (readonly [string, string])[]): string =>
  [
    'Members who signed the letter',
    'Seat',
    'Member',
    'Address',
    ...rows.flatMap(([seat, member]) => [
      seat,
      member,
      `${member.toLowerCase().replace(' ', '.')}@example.org`,
    ]),
  ].join('\n\n')

const TABLE = seats([
  ['Leeds North', 'Ann Vale'],
  ['Cornwall South', 'Tom Pike'],
  ['Devon and Exeter', 'Jo Quill'],
  ['Newton Abbot', 'Ray Dunne'],
  ['Sheffield and Rotherham', 'Ida Marsh'],
  ['Hazel Grove', 'Lee Hart'],
])

describe('the columns of a table set out one cell a line', () => {
  it.each([
    // Seats the tagger took for people take the kind of the column's other seats.
    ['location:Newton Abbot'],
    ['location:Hazel Grove'],
    // The members stay people.
    ['person:Ray Dunne'],
    ['person:Lee Hart'],
  ])('%s', (actor) => {
    expect(actorsIn(TABLE)).toContain(actor)
  })

  it.each([
    // Too few rows for a table: the lines stay as the tagger read them.
    [
      seats([
        ['Leeds North', 'Ann Vale'],
        ['Hazel Grove', 'Lee Hart'],
      ]),
      'location:Hazel Grove',
    ],
    // Paragraphs of prose are no cells.
    [
      [
        'Hazel Grove spoke first. She said the plan was poor.',
        'Leeds North',
        'Ann Vale',
        'Cornwall South',
        'Tom Pike',
        'Devon and Exeter',
        'Jo Quill',
        'Sheffield and Rotherham',
        'Ida Marsh',
      ].join('\n\n'),
      'location:Hazel Grove',
    ],
  ])('%s: %s', (text, actor) => {
    expect(actorsIn(text)).not.toContain(actor)
  })
})
