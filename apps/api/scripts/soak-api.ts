// `npm run bench:soak`: a bounded soak. For 60 s, 8 clients send mixed reads (90%) and writes (10%, new
// articles) to a server over PGlite (or --database-url), while the server's resident memory is sampled.
// Prints the error count and the memory curve; ends with 0 errors and flat memory when all is well.
//
//   npm run bench:soak -w @whosaid/api -- [--seconds 60] [--clients 8] [--write-every 10] [--database-url URL]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { startBenchServer } from './bench-child.ts'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '8' },
    /** One request in this many is a write (0: reads only). */
    'write-every': { type: 'string', default: '10' },
    'database-url': { type: 'string' },
  },
})
const TOKEN = 'bench-token-0123456789'
const seconds = Number(values.seconds)
const writeEvery = Number(values['write-every'])

/** The server's resident set size in MB, from /proc. */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

/** A short article of our own, different for each n. */
function article(n: number): string {
  return `Council vote ${n}\n\nPORTO — Rui Costa, the council leader, said on day ${n} that the Port Authority must publish the budget. "We will not wait," Costa said. The Port Authority declined to comment.`
}

const dir = values['database-url'] ? undefined : mkdtempSync(join(tmpdir(), 'whosaid-soak-'))
const server = await startBenchServer(dir ? { data: dir } : { databaseUrl: values['database-url'] ?? '' })
const counts = { reads: 0, writes: 0, errors: 0 }
const memory: number[] = []
let written = 0
const deadline = Date.now() + seconds * 1000

/** One client: mostly reads of every list and detail, sometimes a new article. */
async function client(id: number) {
  const reads = [
    '/v1/articles',
    '/v1/actors',
    '/v1/statements',
    '/v1/relations',
    '/v1/search?q=budget',
    '/v1/statements?q=publish',
    '/v1/actors?q=costa',
  ]
  let n = 0
  while (Date.now() < deadline) {
    n++
    try {
      if (writeEvery > 0 && n % writeEvery === id % writeEvery) {
        const response = await fetch(`${server.url}/v1/articles`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ text: article(written++) }),
        })
        await response.arrayBuffer()
        if (response.status !== 201 && response.status !== 200) counts.errors++
        counts.writes++
      } else {
        const response = await fetch(`${server.url}${reads[n % reads.length]}`)
        await response.arrayBuffer()
        if (response.status !== 200) counts.errors++
        counts.reads++
      }
    } catch {
      counts.errors++
    }
  }
}

const sampler = setInterval(() => memory.push(rssOf(server.pid)), 5000)
await Promise.all(Array.from({ length: Number(values.clients) }, (_, i) => client(i)))
clearInterval(sampler)
await server.stop()
if (dir) rmSync(dir, { recursive: true, force: true })

const third = Math.max(1, Math.floor(memory.length / 3))
const early = Math.max(...memory.slice(0, third))
const late = Math.max(...memory.slice(-third))
console.log(`soak ${seconds} s, ${values.clients} clients, ${dir ? 'PGlite' : 'PostgreSQL'}`)
console.log(`requests: ${counts.reads} reads, ${counts.writes} writes, ${counts.errors} errors`)
console.log(`server RSS every 5 s (MB): ${memory.map((mb) => mb.toFixed(0)).join(' ')}`)
console.log(`memory: first third peak ${early.toFixed(0)} MB, last third peak ${late.toFixed(0)} MB`)
console.log(
  counts.errors === 0 && late <= early * 1.25 ? 'verdict: 0 errors, flat memory' : 'verdict: FAILED',
)
