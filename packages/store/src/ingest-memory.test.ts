import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { makeAnalysis } from '../test/fixtures.ts'
import type { Store } from './database.ts'
import { storeAnalysis, writePause } from './ingest.ts'

/** V8's full garbage collection, taken from a context made while `--expose-gc` is on (as release-memory.ts does). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  try {
    ;(runInNewContext('gc') as () => void)()
  } finally {
    setFlagsFromString('--no-expose-gc')
  }
}

describe.each(testBackends())('storeAnalysis lets go of what it was given, on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
  })
  afterAll(async () => dispose?.())
  afterEach(() => {
    writePause.afterLocks = undefined
  })

  it('does not keep the given analysis alive while it writes the checked copy', async () => {
    let given: WeakRef<object> | undefined
    let aliveDuringWrite: boolean | undefined
    writePause.afterLocks = async () => {
      // A WeakRef keeps its target alive until the task that made or read it ends: the check runs in a later one.
      await new Promise((resolve) => setImmediate(resolve))
      collectGarbage()
      aliveDuringWrite = given?.deref() !== undefined
    }
    // The analysis is made and handed over here, so that only the store could hold it once this returns.
    const storing = (() => {
      const analysis = makeAnalysis('Ann Lee said the ferry would run again in May.', {
        actors: [{ id: 'person:ann-lee', kind: 'person', names: ['Ann Lee'] }],
        statements: [{ speaker: 'person:ann-lee', cue: 'said', content: 'the ferry would run again in May' }],
      })
      given = new WeakRef(analysis)
      return storeAnalysis(store, analysis)
    })()
    const { created } = await storing
    expect(created).toBe(true)
    expect(aliveDuringWrite).toBe(false)
  })
})
