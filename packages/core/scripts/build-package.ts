// Builds the publishable package: the JSON Schema files, then ESM JavaScript and type declarations in dist/
// (tsc with tsconfig.build.json, rewriting the sources' .ts imports to .js), leaving tests and fixtures out.
// package.json keeps its source form here; `npm pack` switches it to dist/ (see build-manifest.ts).
// Run: npm run build -w @whosaid/core
import { spawnSync } from 'node:child_process'
import { copyFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeManifestForm } from './build-manifest.ts'
import { writeJsonSchemas } from './build-schemas.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = new URL('../dist/', import.meta.url)

writeManifestForm('source')
writeJsonSchemas()
rmSync(dist, { recursive: true, force: true })
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
})
if (result.status !== 0) process.exit(result.status ?? 1)

// tsc re-indents the JSON data it emits; ship the files as they are in src/ (they are often large models).
for (const file of listFiles(fileURLToPath(dist)).filter((name) => name.endsWith('.json'))) {
  copyFileSync(join(root, 'src', relative(fileURLToPath(dist), file)), file)
}

const files = listFiles(fileURLToPath(dist))
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
console.log(`dist/: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB`)

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}
