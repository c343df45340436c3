import { describe, expect, it } from 'vitest'
import { runQueue } from './run-queue.ts'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('runQueue', () => {
  it.each([1, 2, 5])('keeps at most %i tasks in flight and runs added ones', async (concurrency) => {
    let active = 0
    let most = 0
    const done: number[] = []
    await runQueue([1, 2, 3], concurrency, async (task, add) => {
      active++
      most = Math.max(most, active)
      await tick()
      if (task < 10) add(task * 10)
      done.push(task)
      active--
    })
    expect(done.sort((a, b) => a - b)).toEqual([1, 2, 3, 10, 20, 30])
    expect(most).toBeLessThanOrEqual(concurrency)
  })

  it('resolves at once with no tasks', async () => {
    await expect(runQueue([], 4, async () => {})).resolves.toBeUndefined()
  })

  it('rejects with the first error a task lets through', async () => {
    await expect(
      runQueue([1, 2], 1, async (task) => {
        if (task === 1) throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
  })
})
