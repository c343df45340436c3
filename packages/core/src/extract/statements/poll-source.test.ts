import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { findDrafts } from './index.ts'
import { shippedModel } from './model.ts'
import { namesOnlyFindings } from './poll-source.ts'
import { spanOf } from './token-span.fixture.ts'

/** Whether namesOnlyFindings holds for the given source words (first place they occur) in the text. */
function onlyFindings(text: string, words: string): boolean {
  const context = buildContext(parseArticle(text))
  return namesOnlyFindings(context, spanOf(context, text, words))
}

describe('namesOnlyFindings', () => {
  // [case, text, source words, names only a finding]
  const cases: Array<[string, string, string, boolean]> = [
    ['polls with "the"', 'The polls suggest the Greens will gain two seats.', 'The polls', true],
    ['a new poll', 'A new poll found that most voters back the plan.', 'A new poll', true],
    [
      "the writer's own forecasts",
      'Labour leads in the north, according to our forecasts.',
      'our forecasts',
      true,
    ],
    [
      'a poll of a number of people',
      'A poll of 900 nurses found most feel unsafe.',
      'A poll of 900 nurses',
      true,
    ],
    [
      "the writer's own forecasts, an aside after a dash",
      'Vale is third in both states, according to our forecasts — ahead of Tom Reed.',
      'our forecasts — ahead of Tom Reed',
      true,
    ],
    [
      'a poll by a named body, an aside after a dash',
      'Vale leads, according to a poll by Kestrel Research — the first this year.',
      'a poll by Kestrel Research — the first this year',
      false,
    ],
    ['a weather forecast', 'The forecast predicts heavy rain on Sunday.', 'The forecast', true],
    [
      'a survey, a writing of the body that made it (document-body.ts)',
      'A new survey found nurses feel unsafe.',
      'A new survey',
      false,
    ],
    [
      "a named body's forecasts",
      'Bank of Tarrow forecasts show prices will fall.',
      'Bank of Tarrow forecasts',
      false,
    ],
    [
      'forecasts of someone named before',
      'The bank said its forecasts show prices will fall.',
      'its forecasts',
      false,
    ],
    ['a pollster, who speaks', 'The pollster said the race was close.', 'The pollster', false],
    ['a person', 'Ann Vale said the race was close.', 'Ann Vale', false],
  ]
  it.each(cases)('%s', (_case, text, words, expected) => {
    expect(onlyFindings(text, words)).toBe(expected)
  })
})

describe('analyze drops a poll or forecast that is the source', () => {
  // [case, text, statements kept]
  const cases: Array<[string, string, number]> = [
    ['polls suggest', 'The polls suggest the Greens will gain two seats.', 0],
    ['according to our forecasts', 'Labour leads in the north, according to our forecasts.', 0],
    ['a poll found', 'A new poll found that most voters back the plan.', 0],
    ['a named forecaster', 'Morgan Grey has forecast that prices will fall.', 1],
    ['a speaker citing polls', 'Ann Vale said the polls suggest the race is tight.', 1],
  ]
  it.each(cases)('%s', (_case, text, count) => {
    expect(analyze(text).statements).toHaveLength(count)
  })
})

describe("reach 'all' keeps a poll's finding, as PolNeAR annotates it", () => {
  // [case, text]
  const cases: Array<[string, string]> = [
    ['polls suggest', 'The polls suggest the Greens will gain two seats.'],
    ['a poll found', 'A new poll found that most voters back the plan.'],
  ]
  it.each(cases)('%s', (_case, text) => {
    const parsed = parseArticle(text)
    expect(findDrafts(parsed, shippedModel(), 'all')).toHaveLength(1)
    expect(findDrafts(parsed, shippedModel(), 'spoken')).toHaveLength(0)
  })
})
