import { describe, expect, it } from 'vitest'
import { toPackedManifest } from './build-manifest.ts'

const SOURCE = {
  name: 'whosaid',
  version: '1.2.3',
  private: true,
  type: 'module',
  bin: { whosaid: './bin/whosaid.js' },
  exports: { '.': './src/main.ts' },
  scripts: { build: 'node scripts/build-package.ts', prepack: 'node scripts/build-package.ts' },
  dependencies: { '@whosaid/store': '*', 'pg-boss': '^12.0.0' },
  devDependencies: { esbuild: '^0.28.2' },
}

describe('toPackedManifest', () => {
  it('points bin and exports at dist/ and ships only dist/ and the README', () => {
    const packed = toPackedManifest(SOURCE, {})
    expect(packed.bin).toEqual({ whosaid: './dist/whosaid.js' })
    expect(packed.exports).toEqual({ '.': './dist/main.js' })
    expect(packed.files).toEqual(['dist', 'README.md'])
  })

  it('declares the given dependencies in place of the workspace ones, and no scripts to run once installed', () => {
    const packed = toPackedManifest(SOURCE, { 'pg-boss': '^12.38.0', hono: '^4.13.0' })
    expect(packed.dependencies).toEqual({ 'pg-boss': '^12.38.0', hono: '^4.13.0' })
    expect(packed).not.toHaveProperty('scripts')
    expect(packed).not.toHaveProperty('devDependencies')
  })

  it('keeps the rest as it is', () => {
    const { name, version, private: isPrivate, type } = toPackedManifest(SOURCE, {})
    expect({ name, version, private: isPrivate, type }).toEqual({
      name: 'whosaid',
      version: '1.2.3',
      private: true,
      type: 'module',
    })
  })
})
