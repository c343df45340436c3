import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { StatementDraft } from './assemble.ts'
import { buildContext } from './context.ts'
import { isUnnamedReport } from './sourceless.ts'
import { spanOf } from './token-span.fixture.ts'

/** Whether a sourceless draft cued by the first `cue` words of `body` is a report. */
function unnamedReport(body: string, cue: string): boolean {
  const text = `Notes\n\nThe page opens here.\n\n${body}`
  const context = buildContext(parseArticle(text))
  const { start, last } = spanOf(context, text, cue, 28)
  const draft = {
    cue: { start, end: last + 1, head: start, negated: false },
    source: null,
  } as unknown as StatementDraft
  return isUnnamedReport(context, draft)
}

describe('isUnnamedReport', () => {
  // [case, body, cue words, a report]
  const cases: Array<[string, string, string, boolean]> = [
    ['a passive', 'The suspect is described as tall and thin.', 'is described', true],
    ['a past passive', 'It was reported that the bridge had closed.', 'was reported', true],
    ['a participle alone', 'Other actors expected to attend include two stars.', 'expected', true],
    ['a gerund after a verb', 'On tape, he is heard asking the guard if he is lost.', 'asking', true],
    ['a heading of a noun', 'Questions about studying in Japan', 'Questions about', false],
    ['a noun phrase as subject', 'Concerns about growth weighed on the markets.', 'Concerns about', false],
    ['a gerund after a preposition', 'After denying the rumours, Lee quit.', 'denying', true],
    ['a noun phrase cue', 'Their song is a call to action for the town.', 'a call', false],
    ['a bare verb', 'Drivers should ask if a taxi would suit them better.', 'ask', false],
  ]
  it.each(cases)('%s', (_case, body, cue, expected) => {
    expect(unnamedReport(body, cue)).toBe(expected)
  })
})
