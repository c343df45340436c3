import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { opensAfterFronted } from './fronted-subject.ts'

describe('a name after a phrase set before the subject', () => {
  // [sentence, name, whether the name opens the main clause]
  it.each([
    ["Formerly one of Mr Hale's closest aides, Ann Vale hinted at a deal.", 'Ann Vale', true],
    ['Speaking to reporters on Monday, Tom Reed said the plan would go ahead.', 'Tom Reed', true],
    ['After the vote, the Greens said they would appeal.', 'Greens', true],
    ['Asked about the deal, Ivo Drask declined to comment.', 'Ivo Drask', true],
    ['Ted Kennedy, Tom Reed said, was a friend.', 'Tom Reed', false],
    ['Tom Reed met Ann Vale, Ivo Drask and the mayor.', 'Ivo Drask', false],
    ['In London, Paris and Rome, Ann Vale met voters.', 'Ann Vale', false],
    ['Ann Vale hinted at a deal, Tom Reed said.', 'Tom Reed', false],
  ])('%s', (text, name, expected) => {
    const parsed = parseArticle(text)
    const start = text.indexOf(name)
    expect(opensAfterFronted(parsed, parsed.sentences[0] as never, { start, end: start + name.length })).toBe(
      expected,
    )
  })
})
