import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

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
