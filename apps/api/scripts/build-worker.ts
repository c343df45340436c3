// Bundles src/worker.ts into one ES module for workerd (what `wrangler deploy` would upload), resolving
// packages with the `workerd` condition so postgres.js uses Cloudflare sockets.
//   node scripts/build-worker.ts [--outfile dist/worker.js]
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'

/** Bundles the Worker and answers its source (and writes it when `outfile` is given). */
export async function bundleWorker(outfile?: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../src/worker.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2023',
    conditions: ['workerd', 'worker', 'import'],
    mainFields: ['module', 'main'],
    external: ['cloudflare:*', 'node:*'],
    minify: false,
    write: outfile !== undefined,
    ...(outfile ? { outfile } : {}),
    logLevel: 'warning',
  })
  if (outfile) return ''
  return result.outputFiles?.[0]?.text ?? ''
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { outfile: { type: 'string', default: 'dist/worker.js' } } })
  await bundleWorker(values.outfile)
  console.log(`wrote ${values.outfile}`)
}
