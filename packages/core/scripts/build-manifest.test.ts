import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toManifestForm } from './build-manifest.ts'

// Read through toManifestForm, so that the test holds even while an `npm pack` has package.json in the dist form.
const manifest = toManifestForm(
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')),
  'source',
)

describe('toManifestForm', () => {
  it('gives the source form exports that point at the TypeScript sources', () => {
    expect(manifest.exports).toMatchObject({ '.': './src/index.ts', './schemas': './src/schemas/index.ts' })
    expect(manifest).not.toHaveProperty('main')
  })

  it('points the dist form at compiled JavaScript and declarations, keeping other exports', () => {
    const dist = toManifestForm(manifest, 'dist')
    expect(dist.exports).toMatchObject({
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './schemas': { types: './dist/schemas/index.d.ts', default: './dist/schemas/index.js' },
      './schemas/*.json': './schemas/*.json',
      './package.json': './package.json',
    })
    expect(dist).toMatchObject({ main: './dist/index.js', types: './dist/index.d.ts' })
    expect(Object.keys(dist).indexOf('main')).toBe(Object.keys(dist).indexOf('exports') - 2)
  })

  it('maps the two forms onto each other exactly, and is idempotent', () => {
    const dist = toManifestForm(manifest, 'dist')
    expect(toManifestForm(dist, 'dist')).toEqual(dist)
    expect(JSON.stringify(toManifestForm(dist, 'source'))).toBe(JSON.stringify(manifest))
  })

  it.each([
    [
      { exports: './src/index.ts' },
      { main: './dist/index.js', exports: { types: './dist/index.d.ts', default: './dist/index.js' } },
    ],
    [{ exports: { '.': { import: './x.js' } } }, { exports: { '.': { import: './x.js' } } }],
  ])('maps %j', (input, expected) => {
    expect(toManifestForm(input, 'dist')).toMatchObject(expected)
  })
})
