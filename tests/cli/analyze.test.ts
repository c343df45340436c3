import { execFile, execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const bin = fileURLToPath(new URL('../../packages/cli/bin/whosaid.js', import.meta.url))
const seed = fileURLToPath(new URL('../../seeds/000_b304420120629e83.txt', import.meta.url))

/** Runs the real `whosaid` binary on this Node (the project's Node 24) and answers code, stdout, stderr. */
async function whosaid(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string }
    return { code, stdout, stderr }
  }
}

describe('the whosaid binary', () => {
  it('analyzes the seed: title, dateline, a body without the comment form', async () => {
    const { code, stdout } = await whosaid('analyze', seed)
    expect(code).toBe(0)
    const { article } = JSON.parse(stdout)
    expect(article.title).toBe('Russia opposes to US military presence in Central Asia')
    expect(article.dateline).toBe('Moscow')
    const body = article.text.slice(article.body.start, article.body.end)
    expect(body.startsWith('The United States has declared')).toBe(true)
    expect(body.endsWith('inviting the Taliban for talks.')).toBe(true)
    expect(body).not.toContain('Leave a Reply')
  })

  it('prints byte-identical output on two runs', async () => {
    const [first, second] = await Promise.all([whosaid('analyze', seed), whosaid('analyze', seed)])
    expect(first.stdout.length).toBeGreaterThan(1000)
    expect(second.stdout).toBe(first.stdout)
  })

  it('answers a missing file with one line and no stack trace', async () => {
    const { code, stdout, stderr } = await whosaid('analyze', 'no/such/file.txt')
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe('whosaid: no/such/file.txt: no such file\n')
  })

  it('keeps going past a bad file with --ndjson', async () => {
    const { code, stdout } = await whosaid('analyze', '--ndjson', seed, 'missing.txt', seed)
    expect(code).toBe(1)
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((line) => line.file ?? line.article.id)).toEqual([
      lines[0].article.id,
      'missing.txt',
      lines[0].article.id,
    ])
  })
})

describe('named pipes and other special files given by name', () => {
  /**
   * Runs the binary, killed after a limit far above what a busy machine needs (under load an ingest has taken
   * 70 s to start), so that a hang fails the case instead of the whole run.
   */
  async function whosaidOrHang(...args: string[]) {
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
        timeout: 600_000,
        killSignal: 'SIGKILL',
      })
      return { code: 0, stdout, stderr, killed: false }
    } catch (error) {
      const { code, stdout, stderr, killed } = error as {
        code: number
        stdout: string
        stderr: string
        killed: boolean
      }
      return { code, stdout, stderr, killed }
    }
  }

  const dir = mkdtempSync(join(tmpdir(), 'whosaid-fifo-'))
  const fifo = join(dir, 'no-writer.txt')
  execFileSync('mkfifo', [fifo])
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each([
    [['analyze', fifo], `whosaid: ${fifo}: is a named pipe (FIFO), expected a regular file`],
    [['analyze', '/dev/null'], 'whosaid: /dev/null: is a device, expected a regular file'],
    [['ingest', '--data', join(dir, 'store'), fifo], `whosaid: ${fifo}: is a named pipe (FIFO)`],
    [['ingest', '--data', join(dir, 'store-2'), dir], `whosaid: ${fifo}: is a named pipe (FIFO)`],
  ])(
    '%j refuses it in one line and exits 1, without waiting for a writer',
    async (args, line) => {
      const { code, stderr, killed } = await whosaidOrHang(...args)
      expect(killed).toBe(false)
      expect(code).toBe(1)
      expect(stderr.split('\n').filter((got) => got.startsWith(line))).toHaveLength(1)
      expect(stderr).not.toMatch(/\n\s+at /)
    },
    660_000,
  )

  it('still reads standard input given as -', async () => {
    const child = spawnSync(process.execPath, [bin, 'analyze', '-'], {
      input: readFileSync(seed),
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    })
    expect(child.status).toBe(0)
    expect(JSON.parse(child.stdout.toString()).article.dateline).toBe('Moscow')
  })
})
