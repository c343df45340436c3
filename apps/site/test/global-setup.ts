// The browser suite's world: the real API (its own `npm start`) over a fresh embedded database in a temp
// folder, which ingests the repository's seeds/ on first start; then the site, freshly built and served by
// its own start script, pointed at that API. Both listen on random loopback ports and stop at the end.
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildSite, startApi, startSite, stopProcess } from '../scripts/processes.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string
    siteUrl: string
    apiToken: string
  }
}

/** Starts the API and the site; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'whosaid-site-test-'))
  const apiToken = randomBytes(24).toString('hex')
  const started: ChildProcess[] = []
  const teardown = async () => {
    for (const child of started.reverse()) await stopProcess(child)
    await rm(dataDir, { recursive: true, force: true })
  }
  try {
    const building = buildSite()
    const api = await startApi(dataDir, apiToken)
    started.push(api.process)
    await building
    const site = await startSite(api.url)
    started.push(site.process)
    project.provide('apiUrl', api.url)
    project.provide('siteUrl', site.url)
    project.provide('apiToken', apiToken)
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
