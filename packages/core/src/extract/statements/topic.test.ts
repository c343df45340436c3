import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The cues and contents analyze finds in a text, as written. */
const found = (text: string) =>
  analyze(text).statements.map((statement) => ({
    cue: statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '',
    content: text.slice(statement.content.start, statement.content.end),
  }))

describe('namesOnlyATopic', () => {
  // [case, text, a content that is only a topic]
  const topics: Array<[string, string, string]> = [
    [
      'a fronted "Commenting on", the quote found by its own cue',
      'Commenting on the merger, a Vexco spokesman said: "We are delighted."',
      'on the merger',
    ],
    [
      '"commented on" with no words given',
      'Neither Vexco nor Dalmor commented on the reports.',
      'the reports',
    ],
    [
      '"responded to" after another report',
      'Mr Hale said the plan was careful, and responded to the concerns raised.',
      'to the concerns raised',
    ],
    [
      '"referred to"',
      'That remark referred to the setting up of a new fund.',
      'the setting up of a new fund',
    ],
  ]
  it.each(topics)('%s', (_, text, content) => {
    expect(found(text).map((statement) => statement.content)).not.toContain(content)
  })

  // [case, text, content kept]
  const said: Array<[string, string, string]> = [
    ['a quote before "commented"', '"We will win," Ms Orr commented.', 'We will win'],
    [
      'the quote after the topic',
      'Commenting on the merger, a Vexco spokesman said: "We are delighted."',
      'We are delighted',
    ],
  ]
  it.each(said)('%s', (_, text, content) => {
    expect(found(text).map((statement) => statement.content)).toContain(content)
  })
})
