// `npm run bench:registry -w @whosaid/store`: how long `importRegistry` takes to store a registry of generated
// people (each with a name and an alias of their own) into an empty store, then to import the same registry again
// (every entry an update), on embedded PGlite (a temp folder) and on PostgreSQL (a private cluster, through its
// Unix socket). With --compare, another checkout's store imports the same registries in the same run (runs
// alternate, medians are printed), so that a change is measured against its base.
//
//   npm run bench:registry -w @whosaid/store -- [--entries 2000,6000] [--runs 3] [--backends pglite,postgres]
//     [--compare /path/to/other/checkout]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import * as here from '../src/index.ts'
import { median } from '../test/bench.ts'
import { createTestDatabase, generatedRegistry, startTestCluster, type TestCluster } from '../test/testing.ts'

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '2000,6000' },
    runs: { type: 'string', default: '3' },
    backends: { type: 'string', default: 'pglite,postgres' },
    compare: { type: 'string' },
  },
})

/** The part of a store module the bench calls. */
type StoreModule = Pick<typeof here, 'openStore' | 'importRegistry' | 'RegistrySchema'>

const variants: { label: string; store: StoreModule }[] = [{ label: 'this checkout', store: here }]
if (values.compare) {
  const entry = pathToFileURL(resolve(values.compare, 'packages/store/src/index.ts')).href
  variants.push({ label: values.compare, store: (await import(entry)) as StoreModule })
}

const backends = values.backends.split(',')
const cluster: TestCluster | null = backends.includes('postgres') ? await startTestCluster() : null

/** Opens an empty store on a backend with one variant; answers it and how to throw it away. */
async function openEmpty(
  store: StoreModule,
  backend: string,
): Promise<{ opened: here.Store; dispose(): Promise<void> }> {
  if (backend === 'postgres' && cluster) {
    const database = await createTestDatabase(cluster.databaseUrl)
    const url = new URL(database.url)
    url.searchParams.set('host', cluster.dir)
    const opened = await store.openStore({ databaseUrl: url.toString() })
    return { opened, dispose: () => opened.close().then(() => database.drop()) }
  }
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-bench-registry-'))
  const opened = await store.openStore({ dataDir: dir })
  return {
    opened,
    dispose: async () => {
      await opened.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Imports the registry into an empty store, then again; answers the seconds of each. */
async function measure(
  store: StoreModule,
  backend: string,
  raw: unknown[],
): Promise<{ first: number; again: number }> {
  const entries = store.RegistrySchema.parse(raw)
  const { opened, dispose } = await openEmpty(store, backend)
  try {
    let started = performance.now()
    const created = await store.importRegistry(opened, entries)
    const first = (performance.now() - started) / 1000
    started = performance.now()
    const updated = await store.importRegistry(opened, entries)
    const again = (performance.now() - started) / 1000
    if (created.created !== entries.length || updated.updated !== entries.length)
      throw new Error(`unexpected import counts ${JSON.stringify({ created, updated })}`)
    return { first, again }
  } finally {
    await dispose()
  }
}

type Times = { first: number[]; again: number[] }
const results: { backend: string; size: number; times: Map<string, Times> }[] = []
try {
  for (const backend of backends) {
    for (const size of values.entries.split(',').map(Number)) {
      const raw = generatedRegistry(size)
      const times = new Map<string, Times>(variants.map(({ label }) => [label, { first: [], again: [] }]))
      for (let run = 0; run < Number(values.runs); run++) {
        for (const { label, store } of run % 2 ? [...variants].reverse() : variants) {
          const { first, again } = await measure(store, backend, raw)
          times.get(label)?.first.push(first)
          times.get(label)?.again.push(again)
          console.error(
            `${backend} ${size} run ${run + 1}, ${label}: import ${first.toFixed(2)} s, again ${again.toFixed(2)} s`,
          )
        }
      }
      results.push({ backend, size, times })
    }
  }
} finally {
  await cluster?.stop()
}
for (const { backend, size, times } of results) {
  const base = times.get('this checkout')
  for (const [label, { first, again }] of times) {
    const ratio = (list: number[], of: number[] = []) => (median(list) / median(of)).toFixed(2)
    console.log(
      `${backend}, ${size} entries, ${label}: median import ${median(first).toFixed(2)} s (${ratio(first, base?.first)}× this checkout), again ${median(again).toFixed(2)} s (${ratio(again, base?.again)}×)`,
    )
  }
}
