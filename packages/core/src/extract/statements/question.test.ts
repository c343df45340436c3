import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The cues analyze finds in a text, as written. */
const cues = (text: string) =>
  analyze(text).statements.map((statement) =>
    statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '',
  )

describe('asksAQuestion', () => {
  // [case, text, a cue that must not report]: the article asks, no one's words are given
  const questions: Array<[string, string, string]> = [
    ['"What did … say"', 'What did the kettle say to the teapot?', 'say'],
    ['"Will … suggest"', 'Will the coach suggest his players were tired?', 'suggest'],
    ['"Did … say"', 'Did the mayor say the pool would reopen?', 'say'],
  ]
  it.each(questions)('%s', (_, text, cue) => {
    expect(cues(text)).not.toContain(cue)
  })

  // [case, text, cue kept]
  const said: Array<[string, string, string]> = [
    ['a question quoted from someone', '"Why did you say that?" the judge asked.', 'asked'],
    ['a quoted question after a colon', 'The ballot paper will ask: "Should the club be sold?"', 'will ask:'],
    ['"did say" in a statement', 'The mayor did say the pool would reopen.', 'say'],
  ]
  it.each(said)('%s', (_, text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})
