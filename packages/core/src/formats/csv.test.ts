import { describe, expect, it } from 'vitest'
import seed from '../../../../seeds/000_b304420120629e83.txt?raw'
import { analyze } from '../analyze.ts'
import { sampleAnalysis } from './analysis.fixture.ts'
import { CSV_COLUMNS, formatCell, formatCsv } from './csv.ts'

// A small RFC 4180 reader, so the tests check what a spreadsheet would see.
function readCsv(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' && csv[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += char
  }
  return rows
}

describe('formatCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+2', "'=1+2"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['＝1', "'＝1"],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [42, '42'],
    [true, 'true'],
  ])('%j → %j', (cell, expected) => {
    expect(formatCell(cell)).toBe(expected)
  })
})

describe('formatCsv', () => {
  const rows = readCsv(formatCsv(sampleAnalysis))
  const record = (index: number) =>
    Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[index]?.[i]]))

  it('has a header and one row per statement, every row as wide as the header', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows).toHaveLength(1 + sampleAnalysis.statements.length)
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length)
  })

  it('writes speaker, cue, content parts, target and offsets', () => {
    const { text } = sampleAnalysis.article
    const first = record(1)
    expect(first).toMatchObject({
      article_id: 'a_00000000000000aa',
      statement_id: 's_0000000000000001',
      speaker_id: 'person:jane-doe',
      speaker_name: 'Jane Doe',
      cue: 'said',
      content: 'We will not accept this, … not now, not ever.',
      mode: 'direct',
      negated: 'false',
      target_id: 'country:france',
      target_name: 'France',
      polarity: 'oppose',
      article_url: 'https://news.example.com/2024/levies',
      article_published_at: '2024-03-05T10:00:00Z',
    })
    expect(text.slice(Number(first.content_start), Number(first.content_end))).toMatch(/^We will .* ever\.$/)
    expect(text.slice(Number(first.cue_start), Number(first.cue_end))).toBe('said')
    expect(text.slice(Number(first.source_start), Number(first.source_end))).toBe('Jane Doe')
  })

  it('leaves missing values empty and defuses formulas', () => {
    expect(record(2)).toMatchObject({ negated: 'true', target_id: '', polarity: '' })
    expect(record(3)).toMatchObject({ speaker_id: '', speaker_name: '', content: "'=1+2, as they say," })
  })

  it('adds a byte order mark on request', () => {
    expect(formatCsv(sampleAnalysis, { bom: true }).startsWith('\uFEFFarticle_id,')).toBe(true)
  })

  it('writes the seed: a header and a row per statement', () => {
    const analysis = analyze(seed)
    const seedRows = readCsv(formatCsv([analysis, sampleAnalysis]))
    expect(seedRows).toHaveLength(1 + analysis.statements.length + sampleAnalysis.statements.length)
    for (const row of seedRows.slice(1, 1 + analysis.statements.length))
      expect(row[0]).toBe(analysis.article.id)
  })
})
