import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Packed, packAndInstall, run } from './packed.ts'

// `npm pack` of @whosaid/core, installed into a fresh project and used from plain Node, as a user would
// (packed.ts: from a copy of packages/core, installed from npm's cache).
let packed: Packed

beforeAll(() => {
  packed = packAndInstall('packages/core')
}, 1_800_000)

afterAll(() => {
  if (packed) rmSync(packed.work, { recursive: true, force: true })
})

describe('npm pack of @whosaid/core', () => {
  it('restores the source form of package.json after packing', () => {
    expect(readFileSync(join(packed.copy, 'package.json'), 'utf8')).toBe(packed.manifestBefore)
  })

  it('ships compiled JavaScript, declarations, data and JSON Schemas, and no tests or fixtures', () => {
    expect(packed.files).toEqual(
      expect.arrayContaining(['package/package.json', 'package/dist/index.js', 'package/dist/index.d.ts']),
    )
    for (const name of ['article', 'actor', 'statement', 'analysis'])
      expect(packed.files).toContain(`package/schemas/${name}.schema.json`)
    const unexpected = packed.files.filter(
      (file) =>
        /\.test\.|fixture|__snapshots__|\/src\/|\/scripts\/|\.ts$/.test(file) && !file.endsWith('.d.ts'),
    )
    expect(unexpected).toEqual([])
  })

  it('declares zod and eld (language identification) as its only runtime dependencies and exports dist', () => {
    const manifest = JSON.parse(
      readFileSync(join(packed.consumer, 'node_modules', '@whosaid', 'core', 'package.json'), 'utf8'),
    )
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['eld', 'zod'])
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' })
  })

  it('imports in plain Node, validates an Analysis with its schema and runs analyze', () => {
    writeFileSync(
      join(packed.consumer, 'index.js'),
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
    const output = JSON.parse(run(process.execPath, ['index.js'], packed.consumer))
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
      join(packed.consumer, 'check.ts'),
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
      join(packed.consumer, 'tsconfig.json'),
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
    expect(run(process.execPath, [tsc, '-p', 'tsconfig.json'], packed.consumer)).toBe('')
  })
})
