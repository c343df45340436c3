import type { Statement } from '@whosaid/core'
import { describe, expect, it } from 'vitest'
import { type StatementViewParts, statementViewJson } from './statement-json.ts'

/** A statement with nothing optional set. */
const statement: Statement = {
  id: 's_1',
  speaker: 'person:ann-lee',
  source: null,
  cue: { start: 5, end: 9 },
  content: { start: 10, end: 25 },
  mode: 'direct',
  negated: false,
}

/** Parts with nothing optional set. */
const bare: StatementViewParts = {
  articleId: 'a_1',
  articleTitle: 'Report',
  date: '2024-03-01T08:00:00.000Z',
  dateSource: 'publishedAt',
  quote: 'We will respond',
  cueText: null,
  sourceText: null,
  speakerName: null,
  targetName: null,
}

/** What every case adds to the statement when nothing optional is set. */
const added = {
  articleId: 'a_1',
  articleTitle: 'Report',
  date: '2024-03-01T08:00:00.000Z',
  quote: 'We will respond',
  dateSource: 'publishedAt',
}

describe('statementViewJson', () => {
  it.each([
    { name: 'nothing optional', parts: bare, view: { ...statement, ...added } },
    {
      name: 'an article without a publication date',
      parts: { ...bare, dateSource: 'ingestedAt' as const },
      view: { ...statement, ...added, dateSource: 'ingestedAt' },
    },
    {
      name: 'no title',
      parts: { ...bare, articleTitle: null },
      view: { ...statement, ...added, articleTitle: null },
    },
    {
      name: 'every optional field',
      parts: { ...bare, speakerName: 'Ann Lee', targetName: 'NATO', cueText: 'said', sourceText: 'Lee' },
      view: {
        ...statement,
        ...added,
        speakerName: 'Ann Lee',
        targetName: 'NATO',
        cueText: 'said',
        sourceText: 'Lee',
      },
    },
    {
      name: 'quotes, backslashes, line breaks and non-ASCII text',
      parts: {
        ...bare,
        quote: 'He said "no" \\ then\nleft — déjà vu 😀',
        articleTitle: 'Ünïcode\u2028title',
      },
      view: {
        ...statement,
        ...added,
        quote: 'He said "no" \\ then\nleft — déjà vu 😀',
        articleTitle: 'Ünïcode\u2028title',
      },
    },
  ])('$name', ({ parts, view }) => {
    expect(JSON.parse(statementViewJson(statement, parts))).toStrictEqual(view)
  })

  it('puts the statement first and the view’s fields after it, in a fixed order', () => {
    const keys = Object.keys(
      JSON.parse(statementViewJson(statement, { ...bare, speakerName: 'Ann Lee', cueText: 'said' })),
    )
    expect(keys).toEqual([
      ...Object.keys(statement),
      'articleId',
      'articleTitle',
      'date',
      'quote',
      'speakerName',
      'cueText',
      'dateSource',
    ])
  })
})
