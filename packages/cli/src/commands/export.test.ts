import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Analysis, CSV_COLUMNS, OutputFormatSchema } from '@whosaid/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../testing/run-cli.ts'

const seed = fileURLToPath(new URL('../../../../seeds/000_b304420120629e83.txt', import.meta.url))
const bin = fileURLToPath(new URL('../../bin/whosaid.js', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'whosaid-export-'))
const empty = join(dir, 'empty.txt')
writeFileSync(empty, '')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The seed's analysis, as `whosaid analyze` prints it. */
let analysis: Analysis
beforeAll(async () => {
  analysis = JSON.parse((await runCli(['analyze', seed])).stdout)
})

/** What each format must hold for the seed: one article, and one record per statement. */
const checks: Record<(typeof OutputFormatSchema.options)[number], (output: string) => void> = {
  json: (output) => {
    expect(JSON.parse(output)).toEqual([analysis])
  },
  ndjson: (output) => {
    expect(output.endsWith('\n')).toBe(true)
    expect(
      output
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([analysis])
  },
  csv: (output) => {
    const rows = output.split('\r\n')
    expect(rows[0]).toBe(CSV_COLUMNS.join(','))
    expect(rows.at(-1)).toBe('')
    expect(rows).toHaveLength(analysis.statements.length + 2)
    expect(rows.slice(1, -1).every((row) => row.startsWith(`${analysis.article.id},s_`))).toBe(true)
  },
  jsonld: (output) => {
    const document = JSON.parse(output)
    expect(document['@context']).toBe('https://schema.org')
    const types = document['@graph'].map((node: { '@type': string }) => node['@type'])
    expect(types[0]).toBe('NewsArticle')
    expect(types.filter((type: string) => type === 'Quotation')).toHaveLength(analysis.statements.length)
    expect(document['@graph'][0].mentions.length).toBe(analysis.actors.length)
  },
  annotations: (output) => {
    const page = JSON.parse(output)
    expect(page.type).toBe('AnnotationPage')
    expect(page.items).toHaveLength(analysis.statements.length)
    for (const [index, item] of page.items.entries()) {
      const { start, end } = analysis.statements[index]?.content ?? { start: -1, end: -1 }
      const [quote, position] = item.target.selector
      expect(quote).toMatchObject({
        type: 'TextQuoteSelector',
        exact: analysis.article.text.slice(start, end),
      })
      // The seed has no astral characters, so code points and UTF-16 offsets agree.
      expect(position).toEqual({ type: 'TextPositionSelector', start, end })
    }
  },
}

describe('whosaid export FILE', () => {
  it.each(OutputFormatSchema.options)('prints the seed as %s', async (format) => {
    const result = await runCli(['export', '--format', format, seed])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    checks[format](result.stdout)
  })

  it('prints JSON by default, and reads standard input for -', async () => {
    const result = await runCli(['export', '-'], { stdin: readFileSync(seed, 'utf8') })
    checks.json(result.stdout)
  })

  it('writes --out, naming the format by its extension, and prints a summary', async () => {
    const out = join(dir, 'seed.csv')
    const result = await runCli(['export', '--out', out, seed])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      `exported 1 article(s), ${analysis.statements.length} statement(s) to ${out} as csv\n`,
    )
    checks.csv(readFileSync(out, 'utf8'))
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([])
  })

  it('prints the --out summary as JSON with --json', async () => {
    const out = join(dir, 'seed.jsonld')
    const result = await runCli(['export', '--json', '--out', out, seed])
    expect(JSON.parse(result.stdout)).toEqual({
      articles: 1,
      statements: analysis.statements.length,
      format: 'jsonld',
      mediaType: 'application/ld+json',
      out,
    })
  })

  it('starts CSV with a byte order mark with --bom', async () => {
    const result = await runCli(['export', '--format', 'csv', '--bom', seed])
    expect(result.stdout.startsWith('\uFEFFarticle_id,')).toBe(true)
  })

  it.each([
    [
      ['export', '--format', 'xml', seed],
      2,
      'usage',
      '--format takes one of json, ndjson, csv, jsonld, annotations',
    ],
    [['export', '--bom', seed], 2, 'usage', '--bom applies to --format csv only'],
    [['export', '--data', dir, seed], 2, 'usage', '--data and --db export the store'],
    [['export', '--max-bytes', '10', seed], 1, 'too-large', 'larger than the limit of 10 bytes'],
    [['export', seed, empty], 1, 'empty', 'is empty'],
    [
      ['export', '--out', join(dir, 'no', 'such', 'x.csv'), seed],
      1,
      'unwritable',
      'its folder does not exist',
    ],
  ])('%j exits %i with a %s error', async (argv, code, errorCode, message) => {
    const result = await runCli([...argv, '--json'])
    expect(result.code).toBe(code)
    expect(JSON.parse(result.stderr).error).toMatchObject({
      code: errorCode,
      message: expect.stringContaining(message),
    })
  })

  it('leaves --out untouched when a FILE fails', async () => {
    const out = join(dir, 'failed.ndjson')
    const result = await runCli(['export', '--out', out, seed, empty])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`whosaid: ${empty}: is empty\n`)
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([])
  })
})

describe('whosaid export from the store', () => {
  const data = join(dir, 'store')
  beforeAll(async () => {
    expect((await runCli(['ingest', '--data', data, seed])).code).toBe(0)
  })

  it('exports an empty store as an empty list', async () => {
    const none = join(dir, 'empty-store')
    expect((await runCli(['export', '--data', none])).stdout).toBe('[]\n')
    expect((await runCli(['export', '--data', none, '--format', 'csv'])).stdout).toBe(
      `${CSV_COLUMNS.join(',')}\r\n`,
    )
  })

  it.each(OutputFormatSchema.options)(
    'exports the ingested seed as %s, as exporting the file does',
    async (format) => {
      const stored = await runCli(['export', '--data', data, '--format', format])
      expect(stored).toMatchObject({ code: 0, stderr: '' })
      checks[format](stored.stdout)
      expect(stored.stdout).toBe((await runCli(['export', '--format', format, seed])).stdout)
    },
  )

  it('draws a progress bar when standard error is a terminal and the data goes elsewhere', async () => {
    const out = join(dir, 'bar.ndjson')
    const toFile = await runCli(['export', '--data', data, '--out', out], { isTTY: true, isStdoutTTY: true })
    expect(toFile.stderr).toContain('1/1')
    const toTerminal = await runCli(['export', '--data', data], { isTTY: true, isStdoutTTY: true })
    expect(toTerminal.stderr).toBe('')
  })
})

describe('the whosaid binary', () => {
  it('ends quietly when the reader of its output goes away', async () => {
    const child = spawn(process.execPath, [bin, 'export', '--format', 'ndjson', seed, seed, seed, seed])
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise((resolve) => child.once('exit', resolve))
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  })
})
