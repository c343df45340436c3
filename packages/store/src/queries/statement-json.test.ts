import { describe, expect, it } from 'vitest'
import { type StatementRow, statementViewJson, toStatementRow } from './statement-json.ts'

/** A row with nothing optional set. */
const bare: StatementRow = {
  dataJson: '{"id":"s_1","mode":"direct"}',
  articleId: 'a_1',
  ordinal: 0,
  articleTitle: 'Report',
  datedAt: '2024-03-01T08:00:00.000Z',
  quote: 'We will respond',
  speakerName: null,
  targetName: null,
  cueText: null,
  sourceText: null,
}

/** What every case adds to the stored statement when nothing optional is set. */
const added = {
  articleId: 'a_1',
  articleTitle: 'Report',
  date: '2024-03-01T08:00:00.000Z',
  quote: 'We will respond',
}

describe('statementViewJson', () => {
  it.each([
    { name: 'compact stored JSON', row: bare, view: { id: 's_1', mode: 'direct', ...added } },
    {
      name: 'stored JSON as jsonb prints it',
      row: { ...bare, dataJson: '{"id": "s_1", "cue": {"end": 9, "start": 5}}' },
      view: { id: 's_1', cue: { end: 9, start: 5 }, ...added },
    },
    {
      name: 'trailing whitespace',
      row: { ...bare, dataJson: '{"id":"s_1"} \n' },
      view: { id: 's_1', ...added },
    },
    { name: 'an empty object', row: { ...bare, dataJson: '{}' }, view: added },
    {
      name: 'no title',
      row: { ...bare, articleTitle: null },
      view: { id: 's_1', mode: 'direct', ...added, articleTitle: null },
    },
    {
      name: 'every optional field',
      row: { ...bare, speakerName: 'Ann Lee', targetName: 'NATO', cueText: 'said', sourceText: 'Lee' },
      view: {
        id: 's_1',
        mode: 'direct',
        ...added,
        speakerName: 'Ann Lee',
        targetName: 'NATO',
        cueText: 'said',
        sourceText: 'Lee',
      },
    },
    {
      name: 'quotes, backslashes, line breaks and non-ASCII text',
      row: { ...bare, quote: 'He said "no" \\ then\nleft — déjà vu 😀', articleTitle: 'Ünïcode\u2028title' },
      view: {
        id: 's_1',
        mode: 'direct',
        ...added,
        quote: 'He said "no" \\ then\nleft — déjà vu 😀',
        articleTitle: 'Ünïcode\u2028title',
      },
    },
  ])('$name', ({ row, view }) => {
    expect(JSON.parse(statementViewJson(row))).toStrictEqual(view)
  })

  it('lets the view’s fields win over same-named stored ones, as an object spread would', () => {
    const json = statementViewJson({ ...bare, dataJson: '{"quote":"stale","articleId":"old"}' })
    expect(JSON.parse(json)).toMatchObject({ quote: 'We will respond', articleId: 'a_1' })
  })
})

describe('toStatementRow', () => {
  it('reads the columns in query order', () => {
    expect(
      toStatementRow(['{}', 'a_2', 3, '2024-03-02T00:00:00.000Z', 'q', 'said', 'Lee', 'T', 'Ann', null]),
    ).toEqual({
      dataJson: '{}',
      articleId: 'a_2',
      ordinal: 3,
      datedAt: '2024-03-02T00:00:00.000Z',
      quote: 'q',
      cueText: 'said',
      sourceText: 'Lee',
      articleTitle: 'T',
      speakerName: 'Ann',
      targetName: null,
    })
  })
})
