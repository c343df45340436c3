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
      '"tweeted about" in a relative clause',
      'Mr Kato, a farmer who tweeted about the floods, said the roads were shut.',
      'the floods',
    ],
    ['"tweeted about" with no words given', 'Dozens of residents tweeted about the smoke.', 'the smoke'],
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
      '"posted on" with a clause',
      'She posted on Facebook that the school would close.',
      'that the school would close',
    ],
    ['"tweeted that"', 'He tweeted that the vote was rigged.', 'that the vote was rigged'],
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

describe('namesOnlyAnExplainedTopic', () => {
  // [case, text, a content that is only the topic explained]
  const topics: Array<[string, string, string]> = [
    [
      '"explaining why" after a quote',
      '"Nobody expects a winner," said Ms Orr, explaining why local councillors hold back.',
      'why local councillors hold back',
    ],
    [
      '"revealed what"',
      'Later in the interview the singer revealed what had kept her off the stage.',
      'what had kept her off the stage',
    ],
    [
      '"explained where"',
      'At the hearing, Ms Vale explained where the money had been spent.',
      'where the money had been spent',
    ],
  ]
  it.each(topics)('%s', (_, text, content) => {
    expect(found(text).map((statement) => statement.content)).not.toContain(content)
  })

  // [case, text, content kept]
  const said: Array<[string, string, string]> = [
    [
      '"asked whether": the question put',
      'Ms Orr asked whether the council would pay for the repairs.',
      'whether the council would pay for the repairs',
    ],
    [
      '"explained that": the words given',
      'The engineer explained that the pump had failed twice.',
      'that the pump had failed twice',
    ],
    [
      '"explained how": often what was said in other words',
      'At the hearing, Ms Vale explained how important it is to act.',
      'how important it is to act',
    ],
    [
      'a quoted explanation',
      'She explained: "What kept me away was my knee."',
      'What kept me away was my knee',
    ],
  ]
  it.each(said)('%s', (_, text, content) => {
    expect(found(text).map((statement) => statement.content)).toContain(content)
  })
})
