import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// `npm pack` of @whosaid/core, installed into a fresh project and used from plain Node, as a user would.
// The package is packed from a copy of packages/core (sharing the monorepo's node_modules through a symlink),
// so that the pack's temporary package.json switch never touches the checkout other tests are reading.
const repo = fileURLToPath(new URL('../../', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'whosaid-pack-'))
const copy = join(work, 'monorepo', 'packages', 'core')
const consumer = join(work, 'consumer')
// npm passes its own settings to child processes as npm_* variables; the nested npm runs must not inherit them.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')),
)
// Each step is stopped only after ten minutes: an install once passed two minutes on a busy CI machine
// (spawnSync npm ETIMEDOUT), and no step's duration is part of a result.
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 600_000,
  })

let tarball = ''
let files: string[] = []
let manifestBefore = ''

beforeAll(() => {
  const skip = new Set(['node_modules', 'dist', '.turbo', '.vitest-report.json'])
  cpSync(join(repo, 'packages', 'core'), copy, {
    recursive: true,
    filter: (source) => !skip.has(source.split('/').at(-1) ?? ''),
  })
  cpSync(join(repo, 'tsconfig.base.json'), join(work, 'monorepo', 'tsconfig.base.json'))
  symlinkSync(join(repo, 'node_modules'), join(work, 'monorepo', 'node_modules'))
  manifestBefore = readFileSync(join(copy, 'package.json'), 'utf8')
  run('npm', ['pack', '--pack-destination', work], copy)
  tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz')) ?? 'missing.tgz')
  files = run('tar', ['-tzf', tarball], work).split('\n').filter(Boolean)
  mkdirSync(consumer)
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  )
  // From npm's cache where it has the dependencies (zod, eld), without asking the registry whether they changed;
  // a slow or failing registry is retried rather than failing the run.
  run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--fetch-retries=5',
      tarball,
    ],
    consumer,
  )
}, 1_800_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('npm pack of @whosaid/core', () => {
  it('restores the source form of package.json after packing', () => {
    expect(readFileSync(join(copy, 'package.json'), 'utf8')).toBe(manifestBefore)
  })

  it('ships compiled JavaScript, declarations, data and JSON Schemas, and no tests or fixtures', () => {
    expect(files).toEqual(
      expect.arrayContaining(['package/package.json', 'package/dist/index.js', 'package/dist/index.d.ts']),
    )
    for (const name of ['article', 'actor', 'statement', 'analysis'])
      expect(files).toContain(`package/schemas/${name}.schema.json`)
    const unexpected = files.filter(
      (file) =>
        /\.test\.|fixture|__snapshots__|\/src\/|\/scripts\/|\.ts$/.test(file) && !file.endsWith('.d.ts'),
    )
    expect(unexpected).toEqual([])
  })

  it('declares zod and eld (language identification) as its only runtime dependencies and exports dist', () => {
    const manifest = JSON.parse(
      readFileSync(join(consumer, 'node_modules', '@whosaid', 'core', 'package.json'), 'utf8'),
    )
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['eld', 'zod'])
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' })
  })

  it('imports in plain Node, validates an Analysis with its schema and runs analyze', () => {
    writeFileSync(
      join(consumer, 'index.js'),
      `import { analyze, AnalysisSchema, extractArticleFromHtml, formatCsv } from '@whosaid/core'
import { StatementSchema } from '@whosaid/core/schemas'
import analysisJsonSchema from '@whosaid/core/schemas/analysis.schema.json' with { type: 'json' }
const text = 'Harbour plan divides council\\n\\nLONDON - "We cannot afford it," Mayor Ruth Olsen said on Tuesday.'
const analysis = AnalysisSchema.parse(analyze(text, { url: 'https://example.com/a' }))
const page = extractArticleFromHtml('<title>T</title><article><p>Ann said so, twice.</p></article>')
console.log(JSON.stringify({
  title: analysis.article.title,
  url: analysis.article.url,
  statements: analysis.statements.length,
  csvHeader: formatCsv(analysis).split('\\r\\n')[0].split(',')[0],
  page: page.text,
  statementSchema: typeof StatementSchema.safeParse,
  jsonSchemaTitle: analysisJsonSchema.title,
}))
`,
    )
    const output = JSON.parse(run(process.execPath, ['index.js'], consumer))
    expect(output).toEqual({
      title: 'Harbour plan divides council',
      url: 'https://example.com/a',
      statements: expect.any(Number),
      csvHeader: 'article_id',
      page: 'T\n\nAnn said so, twice.',
      statementSchema: 'function',
      jsonSchemaTitle: 'Analysis',
    })
  })

  it('type-checks a TypeScript consumer against the shipped declarations', () => {
    writeFileSync(
      join(consumer, 'check.ts'),
      `import { type Analysis, analyze, formatJsonLd, type Statement } from '@whosaid/core'
import { ActorSchema } from '@whosaid/core/schemas'
const analysis: Analysis = analyze('Ann said so.')
const statements: Statement[] = analysis.statements
const jsonLd: string = formatJsonLd(analysis)
const kind: 'person' | 'organization' | 'country' | 'location' | 'group' = ActorSchema.parse({}).kind
export { jsonLd, kind, statements }
`,
    )
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          noEmit: true,
          types: [],
        },
        files: ['check.ts'],
      }),
    )
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
    expect(run(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer)).toBe('')
  })
})
