import { describe, expect, it } from 'vitest'
import { statementSlices as statements } from './statement-slices.fixture.ts'

describe('interposedContent: "according to" set off by commas inside what it reports', () => {
  it.each([
    // [case, text, statements as [source, cue, content]]
    [
      'a subject, the aside, a predicate in the past',
      'Peak demand, according to Tom Rake, reached 40,000 megawatts on Monday.',
      [['Tom Rake', 'according to', 'Peak demand | reached 40,000 megawatts on Monday']],
    ],
    [
      'a subject, the aside, a modal',
      'The deficit, according to the Treasury, will reach £30bn next year.',
      [['the Treasury', 'according to', 'The deficit | will reach £30bn next year']],
    ],
    // Not an aside: a clause before it, an appositive after its source.
    [
      'a clause, then the source and its appositive',
      'Taxes would rise, according to an analysis by Ann Vale, a former aide now teaching law.',
      [['an analysis by Ann Vale, a former aide now teaching law', 'according to', 'Taxes would rise']],
    ],
  ])('%s', (_case, text, expected) => {
    expect(statements(text)).toEqual(expected)
  })
})
