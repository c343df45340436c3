import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './testing/run-cli.ts'

const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'))
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const good = file('good.txt', 'A headline\n\nMoscow: – Ryabkov said Russia objects.')
const empty = file('empty.txt', '')
const binary = file('binary.txt', new Uint8Array([0x41, 0x00, 0x42]))
const latin1 = file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))
const big = file('big.txt', 'a'.repeat(2000))

/** Runs the CLI in-process and collects what it prints. */
const run = (argv: string[], stdin = '') => runCli(argv, { stdin })

describe('whosaid analyze errors', () => {
  it.each([
    [['analyze', join(dir, 'missing.txt')], 1, 'no such file'],
    [['analyze', empty], 1, 'is empty'],
    [['analyze', binary], 1, 'looks binary'],
    [['analyze', latin1], 1, 'not valid UTF-8'],
    [['analyze', dir], 1, 'is a directory'],
    [['analyze', '--max-bytes', '100', big], 1, 'larger than the limit of 100 bytes'],
    [['analyze', '--max-bytes', 'lots', good], 2, '--max-bytes takes a positive whole number'],
    [['analyze'], 2, 'needs at least one FILE'],
    [['analyze', '--nope', good], 2, "Unknown option '--nope'"],
    [['frobnicate'], 2, 'unknown command "frobnicate"'],
  ])('%j exits %i with one line naming the problem', async (argv, code, message) => {
    const result = await run(argv)
    expect(result.code).toBe(code)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(message)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('names the file in the error line', async () => {
    const result = await run(['analyze', empty])
    expect(result.stderr).toBe(`whosaid: ${empty}: is empty\n`)
  })

  it('reports errors as JSON with --json', async () => {
    const result = await run(['analyze', '--json', binary])
    expect(JSON.parse(result.stderr)).toEqual({
      error: { code: 'binary', message: expect.any(String), file: binary },
    })
  })
})

describe('whosaid analyze', () => {
  it('prints one analysis as JSON', async () => {
    const result = await run(['analyze', good])
    expect(result.code).toBe(0)
    const analysis = JSON.parse(result.stdout)
    expect(analysis.article.title).toBe('A headline')
    expect(analysis.article.dateline).toBe('Moscow')
  })

  it('reads standard input for -', async () => {
    const result = await run(['analyze', '-'], 'Title\n\nSome text here.')
    expect(JSON.parse(result.stdout).article.title).toBe('Title')
  })

  it('prints NDJSON in argument order, with an error line for a bad file and exit code 1', async () => {
    const result = await run(['analyze', '--ndjson', good, empty, good])
    expect(result.code).toBe(1)
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines).toHaveLength(3)
    expect(lines[0].article.title).toBe('A headline')
    expect(lines[1]).toEqual({ file: empty, error: 'is empty', code: 'empty' })
    expect(lines[2]).toEqual(lines[0])
  })

  it('takes article metadata', async () => {
    const result = await run([
      'analyze',
      '--url',
      'https://example.com/a',
      '--published-at',
      '2024-05-01T10:00:00Z',
      good,
    ])
    const { article } = JSON.parse(result.stdout)
    expect(article.url).toBe('https://example.com/a')
    expect(article.publishedAt).toBe('2024-05-01T10:00:00.000Z')
  })

  it('prints help', async () => {
    const result = await run(['analyze', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: whosaid analyze')
  })
})

describe('whosaid help', () => {
  it.each([
    ['analyze', ['--ndjson', '--max-bytes', '--url', '--published-at', '--source', '--json', '--help']],
    [
      'export',
      ['--format', '--out', '--bom', '--data', '--db', '--max-bytes', '--json', '--help', 'annotations'],
    ],
    [
      'ingest',
      [
        '--data',
        '--db',
        '--api',
        '--concurrency',
        '--timeout',
        '--max-bytes',
        '--json',
        '--help',
        '.ndjson',
        '.rss',
      ],
    ],
    ['serve', ['--port', '--host', '--data', '--db', '--json', '--help']],
  ])('whosaid %s --help names every option and gives examples', async (command, options) => {
    const result = await run([command, '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`Usage: whosaid ${command} [options]`)
    for (const option of options) expect(result.stdout).toContain(option)
    expect(result.stdout).toMatch(new RegExp(`Examples:\\n  whosaid ${command}\\b`))
    expect((await run(['help', command])).stdout).toBe(result.stdout)
  })

  it.each([[['--help']], [['-h']], [['help']]])('%j lists every command and exits 0', async (argv) => {
    const result = await run(argv)
    expect(result.code).toBe(0)
    for (const command of ['analyze', 'export', 'ingest', 'serve'])
      expect(result.stdout).toContain(`  ${command} `)
    expect(result.stdout).toContain('Examples:')
  })

  it('shows help and exits 2 with no command', async () => {
    const result = await run([])
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('Usage: whosaid <command>')
  })
})

describe('--json errors', () => {
  it.each([
    [['frobnicate', '--json'], 'usage'],
    [['analyze', '--json'], 'usage'],
    [['analyze', '--json', empty], 'empty'],
    [['export', '--json', '--format', 'xml', good], 'usage'],
    [['export', '--json', binary], 'binary'],
    [['ingest', '--json'], 'usage'],
    [['ingest', '--json', '--timeout', 'never', good], 'usage'],
    [['serve', '--json', '--nope'], 'usage'],
    [['serve', '--json', '--db', 'mysql://x'], 'usage'],
  ])('%j prints one JSON error with code %s', async (argv, code) => {
    const result = await run(argv)
    expect(result.stdout).toBe('')
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(JSON.parse(result.stderr)).toEqual({
      error: expect.objectContaining({ code, message: expect.any(String) }),
    })
  })
})
