import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import { completeClause } from './clause-rest.ts'
import { buildContext } from './context.ts'
import { findCues } from './cues.ts'
import { shippedModel } from './model.ts'
import { cueWindow } from './windows.ts'

/** The contents analyze finds in a text, as written. */
const contents = (text: string) =>
  analyze(text).statements.map((statement) => text.slice(statement.content.start, statement.content.end))

describe('completeClause', () => {
  // [case, text, a content found]
  const cases: Array<[string, string, string]> = [
    [
      'a reported clause with no "that" runs on past its subject',
      'Officials have confirmed climate change was discussed when influential senator Tom Vale recently visited Ms Orr.',
      'climate change was discussed when influential senator Tom Vale recently visited Ms Orr',
    ],
    [
      'a subject followed by "do not"',
      'Labour and the Tories claim the sums do not add up.',
      'the sums do not add up',
    ],
    [
      'a participle with "by" stays the object\'s',
      'The mayor denied the charges filed by his rival in the spring.',
      'the charges filed by his rival in the spring',
    ],
    [
      'a verb in -s the tagger takes for a noun',
      'Mr Vance argues government is too big and cannot go on.',
      'government is too big and cannot go on',
    ],
    [
      'a pronoun subject kept with its clause',
      'The Cabinet Office has confirmed it is reviewing the pension scheme.',
      'it is reviewing the pension scheme',
    ],
    [
      'up to a trailing report, not over it',
      'Some ministers denied the plan was dead, party sources told the BBC.',
      'the plan was dead',
    ],
  ]
  it.each(cases)('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })

  // [case, text, a content not found]
  const kept: Array<[string, string, string]> = [
    [
      'a coordination ends the object: the next verb is another clause',
      'Germany proposed a freeze last week and Canada has begun its own.',
      'a freeze last week and Canada has begun its own',
    ],
    [
      "a cue inside the subject: its verb is the sentence's",
      'Voters who have praised his plan warned on Tuesday that it may fail.',
      'his plan warned on Tuesday that it may fail',
    ],
  ]
  it.each(kept)('%s', (_, text, content) => {
    expect(contents(text)).not.toContain(content)
  })
})

describe('completeClause on a content cut after its subject', () => {
  /** The words of the content completeClause gives when the chosen content is only the word after the cue. */
  const completed = (text: string) => {
    const context = buildContext(parseArticle(text))
    const cue = findCues(context, shippedModel())[0]
    if (!cue) return ''
    const place = completeClause(
      context,
      cue,
      { start: cue.end, last: cue.end, side: 'after' },
      cueWindow(context, cue),
    )
    return text.slice(context.tokens[place.start]?.start, context.tokens[place.last]?.end)
  }
  // [case, text, the completed content]
  const cases: Array<[string, string, string]> = [
    [
      "a past form in -ed the tagger takes for a participle is the clause's verb",
      'The union contends Acme filed for protection in May.',
      'Acme filed for protection in May',
    ],
    ['a participle before "by" is not', 'The union contends Acme filed by post.', 'Acme'],
  ]
  it.each(cases)('%s', (_, text, content) => {
    expect(completed(text)).toBe(content)
  })
})
