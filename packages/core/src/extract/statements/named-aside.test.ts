import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { namedAsideContent } from './named-aside.ts'
import { spanOf } from './token-span.fixture.ts'

/** The source and content, as written, of the statement whose cue is `cue`; empty strings when there is none. */
function reported(text: string, cue: string): [string, string] {
  const statement = analyze(text).statements.find((s) => s.cue && text.slice(s.cue.start, s.cue.end) === cue)
  if (!statement) return ['', '']
  const source = statement.source ? text.slice(statement.source.start, statement.source.end) : ''
  return [source, text.slice(statement.content.start, statement.content.end)]
}

/** The speaker and content, as written, of the statement whose cue is `cue`; empty strings when there is none. */
function spoken(text: string, cue: string): [string, string] {
  const statement = analyze(text).statements.find((s) => s.cue && text.slice(s.cue.start, s.cue.end) === cue)
  if (!statement) return ['', '']
  return [statement.speaker ?? '', text.slice(statement.content.start, statement.content.end)]
}

/** The content namedAsideContent alone gives the cue `cue` in a one-sentence text, as written; null for none. */
function asideContent(text: string, cue: string): string | null {
  const context = buildContext(parseArticle(text))
  const at = spanOf(context, text, cue).start
  const place = namedAsideContent(
    context,
    { start: at, end: at + 1, head: at, negated: false },
    { from: 0, to: context.tokens.length },
  )
  if (!place) return null
  const first = context.tokens[place.start]
  const last = context.tokens[place.last]
  return first && last ? text.slice(first.start, last.end) : null
}

describe('namedAsideContent', () => {
  // [text, cue, source, content]: a verb of saying and its speaker set off by commas inside the words reported.
  const cases: Array<[string, string, string, string]> = [
    [
      'The scheme, said an aide who had read it, was quietly shelved.',
      'said',
      'an aide who had read it',
      'The scheme, said an aide who had read it, was quietly shelved',
    ],
    [
      'The main difficulty, says Prof Lee, is the price of fuel.',
      'says',
      'Prof Lee',
      'The main difficulty, says Prof Lee, is the price of fuel',
    ],
    [
      'The new timetable, said Tom Reed, who runs the depot, would start in May.',
      'said',
      'Tom Reed',
      'The new timetable, said Tom Reed, who runs the depot, would start in May',
    ],
    [
      'Their offer, warned the head of the union, could still be withdrawn.',
      'warned',
      'the head of the union',
      'Their offer, warned the head of the union, could still be withdrawn',
    ],
  ]
  it.each(cases)('%s', (text, cue, source, content) => {
    expect(reported(text, cue)).toEqual([source, content])
  })

  // [text, cue, speaker, content]: no subject before the aside, or no predicate after it; '' for no statement.
  const others: Array<[string, string, string, string]> = [
    ['Prices rose, said Tom Reed, adding that costs fell.', 'said', 'person:tom-reed', 'Prices rose'],
    ['The cook stirred the soup, added a pinch of salt, and served it.', 'added', '', ''],
  ]
  it.each(others)('%s', (text, cue, speaker, content) => {
    expect(spoken(text, cue)).toEqual([speaker, content])
  })

  // [text, cue, content or null]: the stage alone; a described speaker must hold a role or a body.
  const alone: Array<[string, string, string | null]> = [
    ['The fee, said an aide, was cut.', 'said', 'The fee, said an aide, was cut'],
    ['The fee, said his aide, was cut.', 'said', 'The fee, said his aide, was cut'],
    [
      'The fee, wrote the head of the union, was cut.',
      'wrote',
      'The fee, wrote the head of the union, was cut',
    ],
    ['The child wept, said a few words, ran home.', 'said', null],
    ['The old monk knelt, said a short prayer, walked out.', 'said', null],
    ['In March, said Ann Vale, the rents rose.', 'said', null],
  ]
  it.each(alone)('%s', (text, cue, content) => {
    expect(asideContent(text, cue)).toBe(content)
  })
})
