import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import type { Span } from '../../schemas/span.ts'
import { buildContext } from './context.ts'
import { findCues } from './cues.ts'
import { shippedModel } from './model.ts'

/** Cue, source and content of the statement of `text` whose cue holds "quoted", "reported" or "cited". */
function quotedReport(text: string): [string, string, string] | null {
  const slice = (span: Span | null) => (span ? text.slice(span.start, span.end) : '')
  const found = analyze(text).statements.find((statement) =>
    /quoted|reported|cited/.test(slice(statement.cue)),
  )
  return found ? [slice(found.cue), slice(found.source), slice(found.content)] : null
}

describe('joinQuotedAsSaying', () => {
  it.each([
    // [case, text, [cue, source, content]]
    [
      'a passive with the paper between',
      'The minister was quoted by the Times as saying that rents would rise.',
      ['was quoted by the Times as saying', 'The minister', 'that rents would rise'],
    ],
    [
      'a passive with a place and a day between',
      'Mr Lane was quoted in the Herald on Monday as saying he would stand down.',
      ['was quoted in the Herald on Monday as saying', 'Mr Lane', 'he would stand down'],
    ],
    [
      'a passive after its quote',
      '"We will not back down," the mayor was quoted as saying.',
      ['was quoted as saying', 'the mayor', 'We will not back down'],
    ],
    [
      'an active: the object speaks, not the agency',
      'Reuters quoted officials as saying the plant would shut in June.',
      ['quoted officials as saying', 'officials', 'the plant would shut in June'],
    ],
    [
      'an active after its words',
      'The plant will shut in June, Reuters quoted officials as saying.',
      ['quoted officials as saying', 'officials', 'The plant will shut in June'],
    ],
    [
      'an active with an apposition',
      'The Post quoted Mr Lane, the club chairman, as saying that he would stand down.',
      [
        'quoted Mr Lane, the club chairman, as saying',
        'Mr Lane, the club chairman',
        'that he would stand down',
      ],
    ],
    [
      'an active "reported … as saying" after its words',
      'The scheme will end in May, the Post reported the council as saying.',
      ['reported the council as saying', 'the council', 'The scheme will end in May'],
    ],
    [
      'a passive "cited … as saying"',
      'The chairman was cited by the paper as saying that the club would be sold.',
      ['was cited by the paper as saying', 'The chairman', 'that the club would be sold'],
    ],
  ])('%s', (_, text, expected) => {
    expect(quotedReport(text)).toEqual(expected)
  })

  it.each([
    ['"as saying" in the next sentence', 'Ms Vale was quoted in the Herald. As saying goes, it rained.'],
    [
      '"as saying" past a semicolon',
      'Ms Vale was quoted in the Herald; her rivals read that as saying too much.',
    ],
  ])('leaves "was quoted" alone: %s', (_, text) => {
    const context = buildContext(parseArticle(text))
    const cues = findCues(context, shippedModel()).map((cue) =>
      text.slice(context.tokens[cue.start]?.start, context.tokens[cue.end - 1]?.end),
    )
    expect(cues.filter((cue) => cue.includes('quoted'))).toHaveLength(1)
    expect(cues.filter((cue) => cue.includes('as saying'))).toEqual([])
  })
})
