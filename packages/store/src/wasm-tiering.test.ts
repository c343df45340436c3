import { describe, expect, it, vi } from 'vitest'
import { openStore } from './open-store.ts'
import { BASELINE_WASM_FLAG, keepWasmOnBaseline } from './wasm-tiering.ts'

const v8Flags = vi.hoisted(() => ({ set: [] as string[] }))

// The real setter is not called: a test process keeps the engine's defaults.
vi.mock('node:v8', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:v8')>()),
  setFlagsFromString: (flags: string) => v8Flags.set.push(flags),
}))

describe('BASELINE_WASM_FLAG', () => {
  it('allows tier-up only for a function index above any module (the JS API caps a module at 1,000,000)', () => {
    const index = Number(/^--wasm-tier-up-filter=(\d+)$/.exec(BASELINE_WASM_FLAG)?.[1])
    expect(index).toBeGreaterThan(1_000_000)
    expect(index).toBeLessThanOrEqual(2 ** 31 - 1)
  })
})

describe('keepWasmOnBaseline', () => {
  it('sets the flag through the given setter', () => {
    const given: string[] = []
    keepWasmOnBaseline((flags) => given.push(flags))
    expect(given).toEqual([BASELINE_WASM_FLAG])
  })
})

describe('openStore and the WebAssembly tier', () => {
  it('sets the baseline flag in a process that opens PGlite', async () => {
    v8Flags.set.length = 0
    const store = await openStore({ dataDir: ':memory:', migrate: false })
    await store.close()
    expect(v8Flags.set).toEqual([BASELINE_WASM_FLAG])
  })
})
