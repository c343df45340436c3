import { spawn } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { exitCodeOf, superviseChild } from './supervise.ts'

/** A Node child running `code`, which prints "ready" once its handlers are in place. */
function node(code: string) {
  const child = spawn(process.execPath, ['-e', `${code}; console.log('ready')`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
  return { child, ready }
}

describe('exitCodeOf', () => {
  it.each([
    [0, null, 0],
    [1, null, 1],
    [null, 'SIGTERM', 143],
    [null, 'SIGINT', 130],
    [null, 'SIGKILL', 137],
  ] as const)('code %j, signal %j: %i', (code, signal, exitCode) => {
    expect(exitCodeOf(code, signal)).toBe(exitCode)
  })
})

describe('superviseChild', () => {
  it("answers the child's own exit code", async () => {
    const { child } = node('process.exitCode = 3')
    expect(await superviseChild(child, { signals: new EventEmitter() })).toBe(3)
  })

  it.each([
    ['SIGTERM', 'exits 0', 'process.exit(0)', 143],
    ['SIGINT', 'exits 0', 'process.exit(0)', 130],
    ['SIGTERM', 'ends by the signal, as the API does', "process.kill(process.pid, 'SIGTERM')", 143],
  ])(
    'passes %s on as SIGTERM: a child that %s answers the code of the signal received',
    async (signal, _, end, code) => {
      const signals = new EventEmitter()
      const { child, ready } = node(`process.once('SIGTERM', () => ${end}); setInterval(() => {}, 1000)`)
      const exited = superviseChild(child, { signals })
      await ready
      signals.emit(signal)
      expect(await exited).toBe(code)
      expect(signals.listenerCount('SIGTERM') + signals.listenerCount('SIGINT')).toBe(0)
    },
  )

  it('answers the code of a child that fails while stopping', async () => {
    const signals = new EventEmitter()
    const { child, ready } = node(
      "process.once('SIGTERM', () => process.exit(1)); setInterval(() => {}, 1000)",
    )
    const exited = superviseChild(child, { signals })
    await ready
    signals.emit('SIGTERM')
    expect(await exited).toBe(1)
  })

  it('kills a child that outlasts the grace period, and answers 137', async () => {
    const signals = new EventEmitter()
    const { child, ready } = node("process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)")
    const exited = superviseChild(child, { signals, graceMs: 50 })
    await ready
    signals.emit('SIGTERM')
    expect(await exited).toBe(137)
  })
})
