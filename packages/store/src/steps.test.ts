import { describe, expect, it } from 'vitest'
import { ITEMS_PER_STEP, mapInSteps, runSteps, runWithPauses, type Steps, stepRunner } from './steps.ts'

/** Counts the yields of some steps while running them at once. */
function yieldsOf<Result>(steps: Steps<Result>): { result: Result; yields: number } {
  let yields = 0
  for (;;) {
    const next = steps.next()
    if (next.done) return { result: next.value, yields }
    yields++
  }
}

describe('mapInSteps', () => {
  it.each([
    [0, 0],
    [1, 0],
    [ITEMS_PER_STEP, 0],
    [ITEMS_PER_STEP + 1, 1],
    [3 * ITEMS_PER_STEP, 2],
    [3 * ITEMS_PER_STEP + 7, 3],
  ])('maps %i items with %i yields between them', (length, yields) => {
    const items = Array.from({ length }, (_, i) => i)
    const run = yieldsOf(mapInSteps(items, (n, i) => n * 10 + i))
    expect(run.result).toEqual(items.map((n, i) => n * 10 + i))
    expect(run.yields).toBe(yields)
  })
})

describe('runSteps and runWithPauses', () => {
  function* steps(): Steps<string> {
    const first = yield* mapInSteps(['a', 'b', 'c'], (s) => s.toUpperCase())
    yield
    return first.join('')
  }

  it('give the same result', async () => {
    expect(runSteps(steps())).toBe('ABC')
    expect(await runWithPauses(steps())).toBe('ABC')
  })

  it('let other callbacks run between the steps when pausing, and none when at once', async () => {
    const many = Array.from({ length: 4 * ITEMS_PER_STEP }, (_, i) => i)
    // Whether a callback queued before the run had run by the time the last item was mapped.
    const ranBeforeLast = async (run: (steps: Steps<number[]>) => unknown) => {
      let ran = false
      setImmediate(() => {
        ran = true
      })
      let seen = false
      await run(
        mapInSteps(many, (n, i) => {
          if (i === many.length - 1) seen = ran
          return n
        }),
      )
      await new Promise((resolve) => setImmediate(resolve))
      return seen
    }
    expect(await ranBeforeLast(runSteps)).toBe(false)
    expect(await ranBeforeLast(runWithPauses)).toBe(true)
  })

  it('stepRunner runs at once when not pausing, with pauses when pausing', async () => {
    const at = stepRunner(false)(steps())
    expect(at).toBe('ABC')
    const paused = stepRunner(true)(steps())
    expect(paused).toBeInstanceOf(Promise)
    expect(await paused).toBe('ABC')
  })
})
