import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The contents of the statements analyze finds, with the cue each has ('' for none). */
const found = (text: string) =>
  analyze(text).statements.map((statement) => [
    statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '',
    text.slice(statement.content.start, statement.content.end),
  ])

const said = 'Ann Lee spoke after the vote. "We will appeal at once," she said.'

describe('dropPullQuotes', () => {
  // [case, text, [cue, content] pairs found]
  const cases: Array<[string, string, string[][]]> = [
    [
      'a quote paragraph printed again further on',
      `Vote lost\n\n${said}\n\n'This was a dark day for the town.'\n\nThe mayor said: "This was a dark day for the town."`,
      [
        ['said', 'We will appeal at once'],
        ['said:', 'This was a dark day for the town'],
      ],
    ],
    [
      'a quote paragraph whose sentences the body gives apart',
      `Vote lost\n\n${said}\n\n"This was a dark day for us. The town will remember it for years."\n\nThe mayor spoke at noon. "This was a dark day for us," he said. "The town will remember it for years."`,
      [
        ['said', 'We will appeal at once'],
        ['said', 'This was a dark day for us," he said. "The town will remember it for years'],
      ],
    ],
    [
      'a quote paragraph with one sentence the body does not give again',
      `Vote lost\n\n${said}\n\n"This was a dark day for us. We lost the vote."\n\nThe mayor spoke at noon. "This was a dark day for us," he said.`,
      [
        ['said', 'We will appeal at once'],
        ['', 'This was a dark day for us. We lost the vote'],
        ['said', 'This was a dark day for us'],
      ],
    ],
    [
      'a quote paragraph said once goes on the quote before',
      `Vote lost\n\n${said}\n\n"This was a dark day for the town."`,
      [
        ['said', 'We will appeal at once'],
        ['', 'This was a dark day for the town'],
      ],
    ],
    [
      'a quote paragraph printed twice, no copy with a cue',
      `Vote lost\n\n${said}\n\n"This was a dark day for the town."\n\nTom Reed spoke next. "We lost fairly," he said.\n\n"This was a dark day for the town."`,
      [
        ['said', 'We will appeal at once'],
        ['', 'This was a dark day for the town'],
        ['said', 'We lost fairly'],
        ['', 'This was a dark day for the town'],
      ],
    ],
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected)
  })
})
