// Switches package.json between its two forms. In the repository, `exports` point at the TypeScript sources
// (./src/*.ts) so that Node 24, Vitest and Vite run them directly; in the published tarball they point at the
// compiled ./dist/*.js with ./dist/*.d.ts types. `prepack` writes the dist form, `postpack` (or, for a publish,
// `postpublish`, so the registry gets the dist form too) restores the source form, and so does every `build`,
// which heals a package.json left in the dist form by an interrupted publish. Only `exports`, `main` and
// `types` change; the rest of the file is kept as it is on disk.
// Run: node scripts/build-manifest.ts dist|source
import { readFileSync, writeFileSync } from 'node:fs'

/** The two forms of the package manifest. */
export type ManifestForm = 'dist' | 'source'

type Manifest = Record<string, unknown>

const MANIFEST = new URL('../package.json', import.meta.url)
const SOURCE_TARGET = /^\.\/src\/(.+)\.ts$/
const DIST_TARGET = /^\.\/dist\/(.+)\.js$/

/**
 * The manifest in the given form: each `./src/x.ts` export becomes `{ types: ./dist/x.d.ts, default: ./dist/x.js }`
 * (with `main` and `types` for older tools), or back. Idempotent, and the two forms map onto each other exactly.
 * @example toManifestForm({ exports: { '.': './src/index.ts' } }, 'dist').exports // { '.': { types: './dist/index.d.ts', default: './dist/index.js' } }
 */
export function toManifestForm(manifest: Manifest, form: ManifestForm): Manifest {
  const exports = mapExports(manifest.exports, form === 'dist' ? toDistTarget : toSourceTarget)
  const next: Manifest = {}
  for (const [key, value] of Object.entries(manifest)) {
    if (key === 'main' || key === 'types') continue
    if (key === 'exports') {
      const map = exports && typeof exports === 'object' ? (exports as Manifest) : {}
      const main = 'default' in map ? map : map['.']
      if (form === 'dist' && main && typeof main === 'object') {
        next.main = (main as Manifest).default
        next.types = (main as Manifest).types
      }
      next.exports = exports
    } else {
      next[key] = value
    }
  }
  for (const key of ['main', 'types']) {
    if (key in manifest && !(key in next) && !String(manifest[key]).startsWith('./dist/'))
      next[key] = manifest[key]
  }
  return next
}

function mapExports(exports: unknown, mapTarget: (target: unknown) => unknown): unknown {
  if (!exports || typeof exports !== 'object') return mapTarget(exports)
  return Object.fromEntries(Object.entries(exports).map(([subpath, target]) => [subpath, mapTarget(target)]))
}

function toDistTarget(target: unknown): unknown {
  const match = typeof target === 'string' ? SOURCE_TARGET.exec(target) : null
  return match ? { types: `./dist/${match[1]}.d.ts`, default: `./dist/${match[1]}.js` } : target
}

function toSourceTarget(target: unknown): unknown {
  if (!target || typeof target !== 'object') return target
  const match = DIST_TARGET.exec(String((target as Manifest).default))
  return match ? `./src/${match[1]}.ts` : target
}

/** Rewrites package.json in the given form, touching the file only when something changes. */
export function writeManifestForm(form: ManifestForm): boolean {
  const text = readFileSync(MANIFEST, 'utf8')
  const next = `${JSON.stringify(toManifestForm(JSON.parse(text), form), null, 2)}\n`
  if (next === text) return false
  writeFileSync(MANIFEST, next)
  return true
}

if (import.meta.main) {
  const form = process.argv[2]
  if (form !== 'dist' && form !== 'source') {
    console.error('usage: node scripts/build-manifest.ts dist|source')
    process.exit(2)
  }
  // npm runs postpack inside `npm publish` too, and then sends package.json as read after it to the registry:
  // keep the dist form until postpublish. (npm_command and npm_lifecycle_event are set by npm for its scripts.)
  const { npm_command: command, npm_lifecycle_event: event } = process.env
  if (!(form === 'source' && command === 'publish' && event === 'postpack')) {
    if (writeManifestForm(form))
      console.log(`package.json: exports now point at ${form === 'dist' ? 'dist/' : 'src/'}`)
  }
}
