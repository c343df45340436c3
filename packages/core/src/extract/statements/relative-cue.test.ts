import { describe, expect, it } from 'vitest'
import { statementSlices as statements } from './statement-slices.fixture.ts'

describe('relativeClauseContent: a cue in a relative clause stops at its subject’s reporting verb', () => {
  it.each([
    // [case, text, statements as [source, cue, content]]
    [
      'the relative cue takes no content past the main verb',
      'Parents who complained to the school said the rules were unfair.',
      [['Parents who complained to the school', 'said', 'the rules were unfair']],
    ],
    [
      'the content around the relative cue is the main verb’s',
      'The groups who wrote to the mayor on Friday say they are worried about the plan.',
      [['The groups who wrote to the mayor on Friday', 'say', 'they are worried about the plan']],
    ],
    // No reporting verb after the relative clause: its content stands (its source "who" the speaker stage resolves).
    [
      'a relative cue with its own content, no main reporting verb',
      'Mr Hale, who said the firm was weak, left in May.',
      [['who', 'said', 'the firm was weak']],
    ],
  ])('%s', (_case, text, expected) => {
    expect(statements(text)).toEqual(expected)
  })
})

describe('relativeClauseContent: a saying verb inside the cue’s own clause is not its subject’s', () => {
  it.each([
    [
      'Parents who complained that the head said nothing were angry.',
      'complained',
      'that the head said nothing',
    ],
    ['The staff who asked whether the firm said so were told to wait.', 'asked', 'whether the firm said so'],
  ])('%s: %s keeps %s', (text, cue, content) => {
    const found = statements(text).find(([, c]) => c === cue)
    expect(found?.[2]?.startsWith(content)).toBe(true)
  })
})
