import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { namesOnlyData, namesOnlyStudies, ownWords } from './data-source.ts'
import { spanOf } from './token-span.fixture.ts'

/** The token places of the last occurrence of `words` in the text, with the text's context. */
function placeOf(text: string, words: string) {
  const context = buildContext(parseArticle(text))
  return { context, place: spanOf(context, text, words, 0, text.lastIndexOf(words)) }
}

describe('namesOnlyData and namesOnlyStudies', () => {
  // [case, text, source words (last place they occur), names only data or studies]
  const cases: Array<[string, string, string, boolean]> = [
    ['bare data', 'Fares rose by 6%, according to transport data.', 'transport data', true],
    [
      '"the research" pointing back to research named with no one',
      'Research on sleep shows naps help. Parents know what the research tells them.',
      'the research',
      true,
    ],
    [
      '"the research" pointing back to research with its topic and an adjective',
      'In May, new research into school meals suggested pupils eat less fruit. The research also found few eat breakfast.',
      'The research',
      true,
    ],
    [
      '"the research" pointing back to research by a named body',
      'Research by Kestrel Labs shows naps help. Parents know what the research tells them.',
      'the research',
      false,
    ],
    [
      '"the research" pointing back to a body\'s own research',
      "Kestrel Labs' research shows naps help. Parents know what the research tells them.",
      'the research',
      false,
    ],
    [
      '"the figures" pointing back to figures someone released',
      'Figures released by the council show rents rose. The figures also show fares fell.',
      'The figures',
      false,
    ],
    [
      '"the research" with no earlier mention (it may point back to a named study)',
      'A study by Kestrel Labs found naps help. The research shows sleep matters.',
      'The research',
      false,
    ],
    [
      'earlier mention in the same sentence only',
      'The research, unlike earlier research, shows naps help.',
      'The research',
      false,
    ],
    [
      '"the research" pointing back to research whose verb follows it',
      'Research suggested naps help. The research also found sleep matters.',
      'The research',
      true,
    ],
    ['bare studies', 'Naps help, according to earlier studies.', 'earlier studies', true],
    [
      '"the research" pointing back to research whose maker is named in a comma aside after its topic',
      'Research into tides, funded by the Pell Institute, shows seas rise. The research also found that storms grow.',
      'The research',
      false,
    ],
    [
      '"the research" pointing back to research whose maker is named in an aside right after it',
      'Research, led by the Pell Institute, shows seas rise. The research also found that storms grow.',
      'The research',
      false,
    ],
    [
      '"the research" pointing back to research whose dashed aside names no maker',
      'Research into tides — like earlier work — shows seas rise. The research also found that storms grow.',
      'The research',
      true,
    ],
    [
      'data whose maker is named in a comma aside',
      'Bus fares went up, according to figures, released by the Orrin council.',
      'figures, released by the Orrin council',
      false,
    ],
    [
      '"these studies" pointing back to studies named with no one',
      'Studies on diet find sugar harms teeth. These studies also suggest fruit helps.',
      'These studies',
      true,
    ],
  ]
  it.each(cases)('%s', (_, text, words, expected) => {
    const { context, place } = placeOf(text, words)
    expect(namesOnlyData(context, place) || namesOnlyStudies(context, place)).toBe(expected)
  })
})

describe('ownWords', () => {
  // [case, text, source words, its own words]
  const cases: Array<[string, string, string, string]> = [
    [
      'a dash aside',
      'Vale leads, according to our forecasts — ahead of Reed.',
      'our forecasts — ahead of Reed',
      'our forecasts',
    ],
    ['a comma aside', 'Fares rose, the data, out today, shows.', 'the data, out today', 'the data'],
    ['no aside', 'Fares rose, the council said.', 'the council', 'the council'],
    [
      'an aside that names the maker',
      'Bus fares went up, according to figures, released by the Orrin council.',
      'figures, released by the Orrin council',
      'figures, released by the Orrin council',
    ],
    [
      'an aside opening with a name',
      "Bus fares went up, according to figures — Orrin Transit's own.",
      "figures — Orrin Transit's own",
      "figures — Orrin Transit's own",
    ],
    [
      'a hyphen inside a word',
      'Fares rose, the pro-rail group said.',
      'the pro-rail group',
      'the pro-rail group',
    ],
  ]
  it.each(cases)('%s', (_, text, words, own) => {
    const { context, place } = placeOf(text, words)
    const found = ownWords(context, place)
    const start = context.tokens[found.start]?.start ?? 0
    const end = context.tokens[found.last]?.end ?? 0
    expect(text.slice(start, end)).toBe(own)
  })
})
