import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { GC_FLAG } from './gc-tuning.ts'

const run = promisify(execFile)

/**
 * A server's buffer traffic in miniature, in a process of its own: buffers of 16 KB, 50 per turn of the event loop,
 * at most 100 alive at once, and little else allocated. Prints how many scavenges and mark-compacts ran over
 * 200,000 of them (3.2 GB), after 25,000 more to let start-up settle.
 */
const CHURN = `
import { PerformanceObserver, constants } from 'node:perf_hooks'
const counts = { scavenges: 0, markCompacts: 0 }
let counting = false
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!counting) continue
    if (entry.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR) counts.scavenges++
    if (entry.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) counts.markCompacts++
  }
}).observe({ entryTypes: ['gc'] })
const alive = []
for (let round = 0; round < 4500; round++) {
  if (round === 500) counting = true
  for (let k = 0; k < 50; k++) {
    alive.push(new Uint8Array(16 * 1024))
    if (alive.length > 100) alive.shift()
  }
  await new Promise((resolve) => setImmediate(resolve))
}
await new Promise((resolve) => setTimeout(resolve, 100))
console.log(JSON.stringify(counts))
`

/** The garbage collections of one churn. */
async function churn(tuned: boolean): Promise<{ scavenges: number; markCompacts: number }> {
  const args = [...(tuned ? [GC_FLAG] : []), '--input-type=module', '-e', CHURN]
  const { stdout } = await run(process.execPath, args)
  return JSON.parse(stdout)
}

describe('GC_FLAG', () => {
  it('starts the API server', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    expect(manifest.scripts.start.split(' ')).toContain(GC_FLAG)
  })

  it('makes Node free short-lived buffers with scavenges, not mark-compacts', async () => {
    const counts = await churn(true)
    expect(counts.scavenges).toBeGreaterThan(40)
    expect(counts.scavenges).toBeGreaterThan(10 * counts.markCompacts)
  })

  // The premise: if this fails, this Node's V8 no longer frees such buffers with mark-compacts, and the flag may
  // be dropped. About 30 on an idle machine; fewer on a busy one, where the concurrent marking lags and
  // scavenges free some of them first.
  it('is needed: without it, this Node frees the same buffers with mark-compacts', async () => {
    const counts = await churn(false)
    expect(counts.markCompacts).toBeGreaterThan(8)
  })
})
