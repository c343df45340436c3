// Builds what the packed CLI runs: dist/, JavaScript that Node runs from node_modules (where it strips no types).
// esbuild bundles the workspace packages (@whosaid/core, store, server, api: TypeScript sources, not published)
// into the CLI and leaves every other package an import of a real dependency, which `npm pack` declares
// (build-manifest.ts). The repository itself keeps running the sources: only the packed package.json points here.
// Run: npm run build -w whosaid (and `npm pack` runs it in prepack)
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'
import { restoreSourceManifest } from './build-manifest.ts'
import { pointRuntimeFiles } from './runtime-files.ts'

const cli = fileURLToPath(new URL('..', import.meta.url))
const dist = join(cli, 'dist')
const workspaceFile = (specifier: string) => fileURLToPath(import.meta.resolve(specifier))

/**
 * The files the packed CLI starts, each a module of its own in dist/ (NAME.js): the command, the API's server
 * (`whosaid serve` runs it as a process) and the worker threads the store and the analysis pool start.
 */
const ENTRIES: Record<string, string> = {
  whosaid: join(cli, 'bin', 'whosaid.js'),
  main: join(cli, 'src', 'main.ts'),
  'api-start': workspaceFile('@whosaid/api/start'),
  'analysis-thread': join(dirname(workspaceFile('@whosaid/server/analysis-pool')), 'analysis-thread.ts'),
  'pglite-thread': join(dirname(workspaceFile('@whosaid/store')), 'pglite-thread.ts'),
}

/** Folders a source finds at run time (by name), shipped in dist/ under the same name. */
const FOLDERS = new Set([
  // The API seeds an empty database with the repository's example articles (`whosaid serve --help`).
  'seeds',
])

/**
 * Points each run-time file reference in a bundled source at what dist/ holds in its place (an entry's NAME.js, a
 * shipped folder), and fails the build on one it does not know, which the installed CLI could not find.
 */
function runtimeFiles(shipped: Map<string, string>): Plugin {
  const nameOf = (path: string) => {
    const entry = Object.entries(ENTRIES).find(([, source]) => source === path)?.[0]
    if (entry !== undefined) return `${entry}.js`
    const folder = basename(path)
    if (!FOLDERS.has(folder) || !statSync(path, { throwIfNoEntry: false })?.isDirectory()) return undefined
    shipped.set(folder, path)
    return folder
  }
  return {
    name: 'whosaid-runtime-files',
    setup(context) {
      context.onLoad({ filter: /\.[jt]s$/ }, (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined
        const { contents, unknown } = pointRuntimeFiles(readFileSync(args.path, 'utf8'), ({ kind, target }) =>
          nameOf(kind === 'url' ? resolve(dirname(args.path), target) : workspaceFile(target)),
        )
        return {
          contents,
          loader: args.path.endsWith('.ts') ? 'ts' : 'js',
          errors: unknown.map((reference) => ({
            text: `${reference} names a file the packed CLI would not have (no entry or shipped folder of build-package.ts)`,
          })),
        }
      })
    },
  }
}

/** Leaves packages other than the workspace's (`@whosaid/*`) as imports of the installed dependency. */
function externalPackages(): Plugin {
  return {
    name: 'whosaid-external-packages',
    setup(context) {
      context.onResolve({ filter: /^[^./#]/ }, (args) =>
        args.path.startsWith('@whosaid/') ? undefined : { path: args.path, external: true },
      )
    },
  }
}

/**
 * Bundles the CLI into dist/ and answers the packages its modules import (by name), which the packed CLI declares.
 * @example await buildPackage() // ['@electric-sql/pglite', 'drizzle-orm', 'hono', …]
 */
export async function buildPackage(): Promise<string[]> {
  restoreSourceManifest()
  rmSync(dist, { recursive: true, force: true })
  const shipped = new Map<string, string>()
  const result = await build({
    entryPoints: Object.entries(ENTRIES).map(([out, path]) => ({ in: path, out })),
    outdir: dist,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    chunkNames: 'chunk-[hash]',
    plugins: [runtimeFiles(shipped), externalPackages()],
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  })
  for (const [name, folder] of shipped) cpSync(folder, join(dist, name), { recursive: true })
  const imported = new Set<string>()
  for (const output of Object.values(result.metafile.outputs)) {
    for (const { path, external } of output.imports) {
      if (external && !isBuiltin(path)) imported.add(packageName(path))
    }
  }
  const packages = [...imported].sort()
  writeFileSync(join(dist, 'dependencies.json'), `${JSON.stringify(packages, null, 2)}\n`)
  return packages
}

/** The package an import names: `hono/cors` → `hono`, `@hono/node-server/x` → `@hono/node-server`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/')
}

if (import.meta.main) {
  const packages = await buildPackage()
  const files = readdirSync(dist, { recursive: true })
  console.log(`dist/: ${files.length} files; imports ${packages.length} packages: ${packages.join(', ')}`)
}
