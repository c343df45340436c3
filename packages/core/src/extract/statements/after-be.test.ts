import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { afterBe, beBefore, isPassive } from './after-be.ts'
import { buildContext } from './context.ts'

/** The context of `text` and the index of the token `word` in it. */
function at(text: string, word: string) {
  const context = buildContext(parseArticle(text))
  const t = context.tokens.findIndex((token) => text.slice(token.start, token.end) === word)
  return { context, t }
}

describe('after-be', () => {
  it.each([
    // [text, word, afterBe, the "be" before it, isPassive]
    ['She was asked about the vote.', 'asked', true, 'was', true],
    ['They are widely expected to win.', 'expected', true, 'are', true],
    ['He was famously questioned by police.', 'questioned', true, 'was', true],
    ['The town has been attacked twice.', 'attacked', true, 'been', true],
    ['She asked about the vote.', 'asked', false, null, false],
    ['The mayor is tired of it.', 'tired', true, 'is', true],
    ['The mayor is happy.', 'happy', true, 'is', false],
    ['Asked about it, she smiled.', 'Asked', false, null, false],
  ])('%s (%s)', (text, word, after, be, passive) => {
    const { context, t } = at(text, word)
    expect(t).toBeGreaterThanOrEqual(0)
    expect(afterBe(context, t)).toBe(after)
    const b = beBefore(context, t)
    expect(b < 0 ? null : text.slice(context.tokens[b]?.start, context.tokens[b]?.end)).toBe(be)
    expect(isPassive(context, t)).toBe(passive)
  })
})
