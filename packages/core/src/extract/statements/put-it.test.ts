import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from '../actors/index.ts'
import { buildContext } from './context.ts'
import { extractStatements } from './index.ts'
import { shippedModel } from './model.ts'
import { findPutItCues } from './put-it.ts'

/** The text of each "put it" cue found in a short text, when no other cue is there yet. */
function putItCuesOf(text: string): string[] {
  const context = buildContext(parseArticle(text))
  return findPutItCues(context, []).map((cue) =>
    text.slice(context.tokens[cue.start]?.start, context.tokens[cue.end - 1]?.end),
  )
}

describe('findPutItCues', () => {
  it.each([
    ['The deal is dead, as one aide put it.', ['put it']],
    ['As Ann Lee has put it, the town needs jobs.', ['put it']],
    ['The test is a "clean record," as the memo put it.', ['put it']],
    ['As Tom Reed, a lawyer at the firm, put it in a letter, the fee is a trap.', ['put it']],
    // No aside: the verb of placing; an "as" too far back or behind a verb of its own; an aside inside a clause.
    ['He put it on the table before lunch.', []],
    ['She served as mayor and put it to a vote.', []],
    ['The vote, as far as we know, put it off for a year.', []],
  ])('"%s" → %j', (text, cues) => {
    expect(putItCuesOf(text)).toEqual(cues)
  })
})

/** The attribution (reach 'all') of a short text whose cue starts with "put", if any. */
function putItStatement(text: string) {
  const parsed = parseArticle(text)
  const statements = extractStatements(parsed, extractActors(parsed), shippedModel(), 'all')
  return statements.find((s) => s.cue && text.slice(s.cue.start, s.cue.end).startsWith('put'))
}

describe('extractStatements with "as … put it"', () => {
  it.each([
    ['The deal is dead, as one aide put it.', 'The deal is dead'],
    ['While rents rise, the city is broke, as Ann Lee put it.', 'the city is broke'],
    ['As Ann Lee has put it, the town needs jobs.', 'the town needs jobs'],
    ['As Tom Reed put it in a letter, the fee is a trap.', 'the fee is a trap'],
  ])('"%s" → %j', (text, content) => {
    const put = putItStatement(text)
    expect(put && text.slice(put.content.start, put.content.end)).toBe(content)
  })
})

describe('putItSource: the words between "as" and "put"', () => {
  it.each([
    [
      'As Ann Lee, a tax lawyer at the firm, recently put it, "Who pays for this?"',
      'Ann Lee, a tax lawyer at the firm',
    ],
    ['The deal is dead, as one aide recently put it.', 'one aide'],
    ['As Tom Reed has put it, the town needs jobs.', 'Tom Reed'],
    ['The fee is a trap, as she put it.', 'she'],
  ])('"%s" → %j', (text, source) => {
    const put = putItStatement(text)
    expect(put?.source && text.slice(put.source.start, put.source.end)).toBe(source)
  })

  it('leaves the source of another cue alone', () => {
    const text = 'Ann Lee, a tax lawyer, said the fee was a trap.'
    const parsed = parseArticle(text)
    const [said] = extractStatements(parsed, extractActors(parsed), shippedModel(), 'all')
    expect(said?.source && text.slice(said.source.start, said.source.end)).toBe('Ann Lee, a tax lawyer')
  })
})
