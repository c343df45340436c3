import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from '../actors/index.ts'
import { extractStatements } from './index.ts'
import { shippedModel } from './model.ts'

/** Every attribution found in a one-line body (reach 'all'), as "[source] {cue} <content>". */
function attributions(body: string): string[] {
  const text = `Notes\n\n${body}`
  const parsed = parseArticle(text)
  const slice = (span: { start: number; end: number } | null) =>
    span ? text.slice(span.start, span.end) : ''
  return extractStatements(parsed, extractActors(parsed), shippedModel(), 'all').map(
    (s) => `[${slice(s.source)}] {${slice(s.cue)}} <${slice(s.content)}>`,
  )
}

describe('endBeforeInvertedReport', () => {
  // [case, body, attributions]
  const cases: Array<[string, string, string[]]> = [
    [
      'a report after the comma holds the earlier cue',
      'The board met the builders and cited a list of delays, officials said.',
      ['[officials] {said} <The board met the builders and cited a list of delays>'],
    ],
    [
      'a day after the later cue',
      'The mayor praised the new library, aides said on Friday.',
      ['[aides] {said} <The mayor praised the new library>'],
    ],
    [
      'a report after the cue, not inverted, is left inside',
      'Ann Vale said the club had told her that the pitch was closed.',
      ['[Ann Vale] {said} <the club had told her that the pitch was closed>'],
    ],
  ]
  it.each(cases)('%s', (_case, body, found) => {
    expect(attributions(body)).toEqual(found)
  })
})
