import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { findDrafts } from './index.ts'
import { shippedModel } from './model.ts'
import { isQuestionedSubject } from './questioned-passive.ts'

/** The cues of the drafts kept for a reach. */
function cues(text: string, reach: 'spoken' | 'all'): string[] {
  return findDrafts(parseArticle(text), shippedModel(), reach).map((draft) =>
    text.slice(draft.cueSpan.start, draft.cueSpan.end),
  )
}

/** Whether the rule holds for each draft of the text, all attributions kept. */
function questioned(text: string): boolean[] {
  const parsed = parseArticle(text)
  const context = buildContext(parsed)
  return findDrafts(parsed, shippedModel(), 'all').map((draft) => isQuestionedSubject(context, draft))
}

describe('isQuestionedSubject', () => {
  it.each([
    ['a subject questioned by police', 'Three men were questioned by police before being freed.', [true]],
    [
      'a passive with what was asked after it',
      'He was questioned about whether the plan would work.',
      [false],
    ],
    ['an active questioning', 'Reporters questioned him about whether the plan would work.', [false]],
    [
      'a passive with a question after a time',
      'She was questioned on Monday about why the plan failed.',
      [false],
    ],
  ])('%s', (_case, text, expected) => {
    expect(questioned(text)).toEqual(expected)
  })

  it('leaves the questioned subject out of what a reader counts', () => {
    const text = 'Three men were questioned by police before being freed.'
    expect(cues(text, 'all')).toEqual(['were questioned'])
    expect(cues(text, 'spoken')).toEqual([])
  })
})
