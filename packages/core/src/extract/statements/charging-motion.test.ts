import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The cue words of each statement analyze finds in a text. */
const cues = (text: string) =>
  analyze(text).statements.map((statement) =>
    statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '',
  )

describe('rushesForward', () => {
  // [text, cues of the statements found]: a rush is no accusation; an accusation is
  const cases: Array<[string, string[]]> = [
    ['Vexco chief Tom Reed is charging forward against his rivals.', []],
    ['The fans charged into the hall.', []],
    ['The council charged ahead with the new road.', []],
    ['Ann Vale charged that the plan was flawed.', ['charged']],
    ['Tom Reed is charging forward against his rivals and calling for new rules.', ['calling for']],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected)
  })
})
