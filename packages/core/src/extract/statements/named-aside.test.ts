import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The source and content, as written, of the statement whose cue is `cue`; empty strings when there is none. */
function reported(text: string, cue: string): [string, string] {
  const statement = analyze(text).statements.find((s) => s.cue && text.slice(s.cue.start, s.cue.end) === cue)
  if (!statement) return ['', '']
  const source = statement.source ? text.slice(statement.source.start, statement.source.end) : ''
  return [source, text.slice(statement.content.start, statement.content.end)]
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

  // [text, cue, a content not found]: no subject before the aside, or no predicate after it.
  const others: Array<[string, string, string]> = [
    [
      'Prices rose, said Tom Reed, adding that costs fell.',
      'said',
      'Prices rose, said Tom Reed, adding that costs fell',
    ],
    ['In March, said Ann Vale, the rents rose.', 'said', 'In March, said Ann Vale, the rents rose'],
    [
      'The cook stirred the soup, added a pinch of salt, and served it.',
      'added',
      'The cook stirred the soup, added a pinch of salt, and served it',
    ],
  ]
  it.each(others)('%s', (text, cue, wrong) => {
    expect(reported(text, cue)[1]).not.toBe(wrong)
  })
})
