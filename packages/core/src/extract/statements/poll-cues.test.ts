import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from '../actors/index.ts'
import { buildContext } from './context.ts'
import { findCues } from './cues.ts'
import { extractStatements } from './index.ts'
import { shippedModel } from './model.ts'
import { findPollCues } from './poll-cues.ts'

/** The text of each poll cue found in a short text, when no other cue is there yet. */
function pollCuesOf(text: string): string[] {
  const context = buildContext(parseArticle(text))
  return findPollCues(context, []).map((cue) =>
    text.slice(context.tokens[cue.start]?.start, context.tokens[cue.end - 1]?.end),
  )
}

describe('findPollCues', () => {
  it.each([
    ['In a poll released on Monday, half of the voters backed the plan.', ['In']],
    ['In a new survey of 500 firms, most bosses expect prices to rise.', ['In']],
    ['In the latest national study, the drug cut deaths by a third.', ['In']],
    ['Rents went up and, in a survey last month, tenants blamed the landlords.', ['in']],
    // Standing in the polls, not a finding; a poll taken part in; a phrase no comma closes.
    ['Labour has a clear lead in the polls.', []],
    ['She took part in a survey last year, but it was never published.', []],
    ['In a poll that nobody trusted the figures were odd.', []],
    ['In March the firm said profits rose, citing a survey.', []],
    // The poll noun modifies another noun, so the phrase names no poll.
    ['In the survey area, police found a car.', []],
    ['In the poll tax protests of 1990, many people were hurt.', []],
  ])('"%s" → %j', (text, cues) => {
    expect(pollCuesOf(text)).toEqual(cues)
  })
})

// A sentence with its own reporting cue keeps it: the poll is then that speaker's evidence, not the source.
describe('findCues with a poll and a reporting verb', () => {
  it.each([
    ['In a survey of 400 nurses, most wanted more pay, Tom Reed said.', 'said', 'Tom Reed'],
    ['In a poll last week, Jo Hill told reporters, voters backed the plan.', 'told', 'Jo Hill'],
  ])('"%s": cue %j by %j', (text, cue, speaker) => {
    const parsed = parseArticle(text)
    const actors = extractActors(parsed)
    const names = new Map(actors.map((actor) => [actor.id, actor.name]))
    const statements = extractStatements(parsed, actors, shippedModel(), 'all')
    expect(
      statements.map((s) => [s.cue && text.slice(s.cue.start, s.cue.end), s.speaker && names.get(s.speaker)]),
    ).toEqual([[cue, speaker]])
  })
})

// The source ranker picks where the source starts; its end may stop at the noun ("a survey" of "a survey of …").
describe('findCues with polls', () => {
  it.each([
    [
      'In a poll released on Monday, half of the voters backed the plan.',
      'a poll released on Monday',
      'half of the voters backed the plan',
    ],
    ['In a survey of 300 farmers, most reported a poor harvest.', 'a survey', 'most reported a poor harvest'],
  ])('"%s": source from %j, content %j', (text, source, content) => {
    const parsed = parseArticle(text)
    const context = buildContext(parsed)
    expect(findCues(context, shippedModel()).some((cue) => context.lower(cue.start) === 'in')).toBe(true)
    const statement = extractStatements(parsed, extractActors(parsed), shippedModel(), 'all').find(
      (s) => s.cue && text.slice(s.cue.start, s.cue.end) === 'In',
    )
    const found = statement?.source ? text.slice(statement.source.start, statement.source.end) : ''
    expect(found.startsWith(source), found).toBe(true)
    expect(statement && text.slice(statement.content.start, statement.content.end)).toBe(content)
  })
})
