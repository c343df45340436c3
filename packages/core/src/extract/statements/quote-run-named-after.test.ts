import { describe, expect, it } from 'vitest'
import type { Statement } from '../../schemas/statement.ts'
import { speakerFromNextQuote } from './quote-run-named-after.ts'
import { spokenStatements } from './speaker-actors.fixture.ts'

/** A statement over the first occurrence of `content` in `view`, with a cue and source where given. */
function statementOf(
  view: string,
  content: string,
  speaker: string | null,
  words: { cue?: string; source?: string } = {},
): Statement {
  const span = (part: string) => {
    const start = view.indexOf(part)
    return { start, end: start + part.length }
  }
  return {
    id: `s_${'0'.repeat(16)}`,
    speaker,
    ...(speaker === null ? { speakerReason: 'unresolved' as const } : {}),
    source: words.source ? span(words.source) : null,
    cue: words.cue ? span(words.cue) : null,
    content: span(content),
    mode: 'direct',
    negated: false,
  }
}

describe('a quote with no speaker before a quote named after it', () => {
  it.each([
    ['an open first quote', '"Rents will rise. "Few can pay," said Ann Lee.', 'person:ann-lee'],
    ['a closed first quote', '"Rents will rise." "Few can pay," said Ann Lee.', 'person:ann-lee'],
    ['words between the quotes', '"Rents will rise." It is late. "Few can pay," said Ann Lee.', null],
    ['a comma between the quotes', '"Rents will rise", "Few can pay," said Ann Lee.', null],
    ['a paragraph break between them', '"Rents will rise."\n\n"Few can pay," said Ann Lee.', null],
    ['the next quote named before it', '"Rents will rise." Ann Lee said: "Few can pay."', null],
    ['a question the next quote answers', '"Rents will rise?" "Few can pay," said Ann Lee.', null],
    ['an open question the next quote answers', '"Rents will rise? "Few can pay," said Ann Lee.', null],
  ])('%s', (_, view, speaker) => {
    const named = view.includes('said:')
    const first = statementOf(view, 'Rents will rise', null)
    const second = statementOf(view, 'Few can pay', 'person:ann-lee', {
      cue: named ? 'said:' : 'said',
      source: 'Ann Lee',
    })
    expect(speakerFromNextQuote([first, second], view)[0]?.speaker ?? null).toBe(speaker)
  })

  it('leaves a quote whose next quote has no speaker', () => {
    const view = '"Rents will rise. "Few can pay," a tenant said.'
    const first = statementOf(view, 'Rents will rise', null)
    const second = statementOf(view, 'Few can pay', null, { cue: 'said', source: 'a tenant' })
    expect(speakerFromNextQuote([first, second], view)[0]).toEqual(first)
  })

  it('gives the quote its speaker in a whole analysis', () => {
    const text =
      'Vote\n\nSome councillors were sure of the result. Turnout, they insisted, would not be low. "The main worry is that the polls look too good for us. "It makes our own voters lazy and that is the bigger risk," said city councillor Tom Reed.'
    const found = spokenStatements(text).find((statement) => statement.content.startsWith('The main worry'))
    expect(found?.speaker).toBe('Tom Reed')
  })
})
