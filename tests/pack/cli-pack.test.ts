import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  freePort,
  groupGoneWithin,
  killGroup,
  type Started,
  startGroup,
  waitForHealth,
} from '../start/processes.ts'
import { type Packed, packAndInstall, run } from './packed.ts'

// `npm pack` of the CLI (issue 16), installed into a fresh project and run from there as a user would: no npm when
// it runs, nothing found in this repository. Packed as @whosaid/core is (packed.ts): its prepack bundles the
// workspace packages, which the copy finds through the monorepo's node_modules.
let packed: Packed
const started: Started[] = []

/** `npx whosaid ARGS` in the consumer project: its installed CLI, never one fetched from the registry (`--no`). */
const whosaid = (args: string[]) => run('npx', ['--no', '--', 'whosaid', ...args], packed.consumer)

beforeAll(() => {
  packed = packAndInstall('packages/cli')
}, 1_800_000)

afterEach(() => {
  for (const { child } of started.splice(0)) killGroup(child.pid)
})
afterAll(() => {
  if (packed) rmSync(packed.work, { recursive: true, force: true })
})

describe('npm pack of the whosaid CLI', () => {
  it('restores the source form of package.json after packing', () => {
    expect(readFileSync(join(packed.copy, 'package.json'), 'utf8')).toBe(packed.manifestBefore)
    expect(existsSync(join(packed.copy, 'package.source.json'))).toBe(false)
  })

  it('ships the bundle and the seed articles, and no TypeScript, tests or sources', () => {
    expect(packed.files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/dist/whosaid.js',
        'package/dist/main.js',
        'package/dist/api-start.js',
        'package/dist/analysis-thread.js',
        'package/dist/pglite-thread.js',
      ]),
    )
    expect(packed.files.some((file) => /^package\/dist\/seeds\/[^/]+\.txt$/.test(file))).toBe(true)
    expect(packed.files.filter((file) => /\.test\.|\/src\/|\/scripts\/|\.ts$/.test(file))).toEqual([])
  })

  it('runs dist/ and depends on published packages only, not on the workspace ones it bundles', () => {
    const manifest = JSON.parse(
      readFileSync(join(packed.consumer, 'node_modules', 'whosaid', 'package.json'), 'utf8'),
    )
    expect(manifest.bin).toEqual({ whosaid: './dist/whosaid.js' })
    const dependencies = Object.keys(manifest.dependencies)
    expect(dependencies.filter((name) => name.startsWith('@whosaid/'))).toEqual([])
    expect(dependencies).toEqual(expect.arrayContaining(['@electric-sql/pglite', 'hono', 'pg-boss', 'zod']))
  })

  it('answers --version and analyzes a text through npx', () => {
    expect(whosaid(['--version'])).toMatch(/^whosaid \d+\.\d+\.\d+\n$/)
    writeFileSync(
      join(packed.consumer, 'ferry.txt'),
      'Ferry fares to rise\n\n"Nobody wants this, but the boats are old," Transport Minister Lena Varga said on Friday.\n',
    )
    const analysis = JSON.parse(whosaid(['analyze', 'ferry.txt']))
    const speakers = analysis.statements.map(
      (statement: { speaker: string }) =>
        analysis.actors.find((actor: { id: string }) => actor.id === statement.speaker)?.name,
    )
    expect(speakers).toEqual(['Lena Varga'])
  })

  it('ingests into a data folder, serves it with no npm on PATH, and stops on SIGTERM', async () => {
    const data = join(packed.work, 'data')
    writeFileSync(
      join(packed.consumer, 'bridge.txt'),
      'Bridge repairs delayed\n\nThe works will take another year, council leader Omar Haddad said on Monday.\n',
    )
    expect(whosaid(['ingest', '--data', data, 'bridge.txt'])).toMatch(/ingested 1 article\(s\): 1 new/)
    const port = await freePort()
    const api = `http://127.0.0.1:${port}`
    // The installed bin itself, with only Node on PATH: neither npm nor this repository is there to lean on.
    const bin = join(packed.consumer, 'node_modules', '.bin', 'whosaid')
    const server = startGroup(bin, ['serve', '--port', String(port), '--host', '127.0.0.1', '--data', data], {
      cwd: packed.consumer,
      env: { PATH: dirname(process.execPath), HOME: packed.work },
    })
    started.push(server)
    await waitForHealth(`${api}/healthz`, server)
    expect((await fetch(`${api}/healthz`)).status).toBe(200)
    const articles = await fetch(`${api}/v1/articles`)
    expect(articles.status).toBe(200)
    const { items } = (await articles.json()) as { items: { title: string }[] }
    expect(items.map((item) => item.title)).toEqual(['Bridge repairs delayed'])
    const pid = server.child.pid as number
    // The command started Node again in place (same process) with its V8 flag, as bin/whosaid.js does in the
    // repository (src/node-flags.ts); Linux shows a process's arguments in /proc.
    if (process.platform === 'linux')
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toContain(
        '--scavenger-max-new-space-capacity-mb=8',
      )
    process.kill(pid, 'SIGTERM')
    expect(await server.exited, server.output()).toEqual({ code: 143, signal: null })
    // Its API process too (stop-whole.test.ts holds serve to 5 s; here only an outliving process fails).
    expect(await groupGoneWithin(pid, 60)).toBe(true)
  })
})
