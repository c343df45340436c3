// Switches package.json between its two forms. In the repository the CLI runs its TypeScript sources and those of
// the workspace packages it depends on (`bin/whosaid.js`, `@whosaid/*`); the packed tarball runs dist/, the bundle
// build-package.ts makes, and depends on the packages that bundle imports, at the versions installed here (which
// the workspace's ranges accept and the tests ran with). `prepack` keeps the source form beside package.json and
// writes the packed form; `postpack` and every build put the source form back (a build heals a package.json an
// interrupted pack left in the packed form).
// Run: node scripts/build-manifest.ts dist|source
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

type Manifest = Record<string, unknown>

const MANIFEST = fileURLToPath(new URL('../package.json', import.meta.url))
const SOURCE_MANIFEST = fileURLToPath(new URL('../package.source.json', import.meta.url))
const IMPORTED = new URL('../dist/dependencies.json', import.meta.url)

/**
 * The packed form of a source manifest: bin and exports at dist/, the files dist/ and the README, the given
 * dependencies (package name → version range) in place of the source's, Node 24, and no scripts (nothing to
 * build, nothing to test once installed).
 * @example toPackedManifest({ name: 'whosaid', bin: { whosaid: './bin/whosaid.js' } }, { hono: '^4.1.0' }).bin // { whosaid: './dist/whosaid.js' }
 */
export function toPackedManifest(source: Manifest, dependencies: Record<string, string>): Manifest {
  const { scripts: _scripts, devDependencies: _dev, ...rest } = source
  return {
    ...rest,
    bin: { whosaid: './dist/whosaid.js' },
    exports: { '.': './dist/main.js' },
    files: ['dist', 'README.md'],
    dependencies,
    // What the tests run it on (and what `process.execve`, the relaunch with the V8 flag, needs: Node 23.11).
    engines: { node: '>=24' },
  }
}

/** `^VERSION` of each named package as installed where this package resolves it. */
function installedRanges(packages: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    packages.map((name) => {
      const manifest = new URL('package.json', findPackageRoot(name))
      return [name, `^${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`]
    }),
  )
}

/** The folder of an installed package (a URL ending in /), looked up as Node does: node_modules here, then above. */
function findPackageRoot(name: string): URL {
  for (let folder = new URL('../', import.meta.url); ; folder = new URL('../', folder)) {
    const candidate = new URL(`node_modules/${name}/`, folder)
    if (existsSync(new URL('package.json', candidate))) return candidate
    if (new URL('../', folder).href === folder.href) throw new Error(`${name} is not installed`)
  }
}

/** Writes the packed form, keeping the source form in package.source.json; needs a build's dist/. */
function writePackedManifest(): void {
  restoreSourceManifest()
  const text = readFileSync(MANIFEST, 'utf8')
  const imported = JSON.parse(readFileSync(IMPORTED, 'utf8')) as string[]
  const packed = toPackedManifest(JSON.parse(text) as Manifest, installedRanges(imported))
  writeFileSync(SOURCE_MANIFEST, text)
  writeFileSync(MANIFEST, `${JSON.stringify(packed, null, 2)}\n`)
}

/** Puts the source form back when a pack left the packed one; answers whether it did. */
export function restoreSourceManifest(): boolean {
  if (!existsSync(SOURCE_MANIFEST)) return false
  renameSync(SOURCE_MANIFEST, MANIFEST)
  return true
}

if (import.meta.main) {
  const form = process.argv[2]
  if (form === 'dist') {
    writePackedManifest()
    console.log('package.json: the packed form (bin and exports at dist/)')
  } else if (form === 'source') {
    if (restoreSourceManifest()) console.log('package.json: the source form again')
  } else {
    console.error('usage: node scripts/build-manifest.ts dist|source')
    process.exit(2)
  }
}
