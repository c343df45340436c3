import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { exitOnSignal } from './shutdown.ts'

/** A process stand-in: signals to emit, and the exit codes it was asked for. */
function fakeProcess() {
  const signals = new EventEmitter()
  const exits: number[] = []
  const exited = new Promise<number>((resolve) => {
    signals.on('exit-called', resolve)
  })
  const exit = (code: number) => {
    exits.push(code)
    signals.emit('exit-called', code)
  }
  return { signals, exits, exited, exit }
}

describe('exitOnSignal', () => {
  it.each(['SIGTERM', 'SIGINT'])('on %s closes the last deferred first, then exits 0', async (signal) => {
    const fake = fakeProcess()
    const closed: string[] = []
    const shutdown = exitOnSignal({ signals: fake.signals, exit: fake.exit })
    shutdown.defer(() => closed.push('store'))
    shutdown.defer(async () => {
      await new Promise((resolve) => setImmediate(resolve))
      closed.push('server')
    })
    fake.signals.emit(signal)
    expect(await fake.exited).toBe(0)
    expect(closed).toEqual(['server', 'store'])
  })

  it('closes once when a second signal follows the first', async () => {
    const fake = fakeProcess()
    const close = vi.fn()
    const shutdown = exitOnSignal({ signals: fake.signals, exit: fake.exit })
    shutdown.defer(close)
    fake.signals.emit('SIGINT')
    fake.signals.emit('SIGTERM')
    await fake.exited
    expect(close).toHaveBeenCalledTimes(1)
    expect(fake.exits).toEqual([0])
  })

  it('closes the rest and exits 1 when one close fails', async () => {
    const fake = fakeProcess()
    const close = vi.fn()
    const shutdown = exitOnSignal({ signals: fake.signals, exit: fake.exit })
    shutdown.defer(close)
    shutdown.defer(() => Promise.reject(new Error('socket hang up')))
    vi.spyOn(console, 'error').mockImplementation(() => {})
    fake.signals.emit('SIGTERM')
    expect(await fake.exited).toBe(1)
    expect(close).toHaveBeenCalledOnce()
  })

  it('exits 1 when closing outlasts the grace period', async () => {
    const fake = fakeProcess()
    const shutdown = exitOnSignal({ signals: fake.signals, exit: fake.exit, graceMs: 10 })
    shutdown.defer(() => new Promise(() => {}))
    fake.signals.emit('SIGTERM')
    expect(await fake.exited).toBe(1)
  })

  it('stops the same way when asked without a signal', async () => {
    const fake = fakeProcess()
    const shutdown = exitOnSignal({ signals: fake.signals, exit: fake.exit })
    await shutdown.stop()
    expect(fake.exits).toEqual([0])
  })

  it('ignores the signals once disposed', () => {
    const fake = fakeProcess()
    exitOnSignal({ signals: fake.signals, exit: fake.exit }).dispose()
    expect(fake.signals.listenerCount('SIGTERM') + fake.signals.listenerCount('SIGINT')).toBe(0)
  })
})
