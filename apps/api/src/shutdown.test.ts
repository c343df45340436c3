import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { exitOnSignal } from './shutdown.ts'

/** A process stand-in: signals to emit, and how it was asked to end (a code, or a signal sent to itself). */
function fakeProcess() {
  const signals = new EventEmitter()
  const exits: (number | string)[] = []
  const exited = new Promise<number | string>((resolve) => {
    signals.on('ended', resolve)
  })
  const exit = (code: number) => {
    exits.push(code)
    signals.emit('ended', code)
  }
  const raise = (signal: string) => {
    exits.push(signal)
    signals.emit('ended', signal)
  }
  return { signals, exits, exited, exit, raise }
}

describe('exitOnSignal', () => {
  it.each(['SIGTERM', 'SIGINT'])(
    'on %s closes the last deferred first, then ends by that signal',
    async (signal) => {
      const fake = fakeProcess()
      const closed: string[] = []
      const shutdown = exitOnSignal({ signals: fake.signals, exit: fake.exit, raise: fake.raise })
      shutdown.defer(() => closed.push('store'))
      shutdown.defer(async () => {
        await new Promise((resolve) => setImmediate(resolve))
        closed.push('server')
      })
      fake.signals.emit(signal)
      expect(await fake.exited).toBe(signal)
      expect(closed).toEqual(['server', 'store'])
    },
  )

  it('closes once when a second signal follows the first', async () => {
    const fake = fakeProcess()
    const close = vi.fn()
    const shutdown = exitOnSignal({ signals: fake.signals, exit: fake.exit, raise: fake.raise })
    shutdown.defer(close)
    fake.signals.emit('SIGINT')
    fake.signals.emit('SIGTERM')
    await fake.exited
    expect(close).toHaveBeenCalledTimes(1)
    expect(fake.exits).toEqual(['SIGINT'])
  })

  it('closes the rest and exits 1 when one close fails', async () => {
    const fake = fakeProcess()
    const close = vi.fn()
    const shutdown = exitOnSignal({ signals: fake.signals, exit: fake.exit, raise: fake.raise })
    shutdown.defer(close)
    shutdown.defer(() => Promise.reject(new Error('socket hang up')))
    vi.spyOn(console, 'error').mockImplementation(() => {})
    fake.signals.emit('SIGTERM')
    expect(await fake.exited).toBe(1)
    expect(close).toHaveBeenCalledOnce()
  })

  it('kills itself when closing outlasts the grace period', async () => {
    const fake = fakeProcess()
    const shutdown = exitOnSignal({ signals: fake.signals, exit: fake.exit, raise: fake.raise, graceMs: 10 })
    shutdown.defer(() => new Promise(() => {}))
    fake.signals.emit('SIGTERM')
    expect(await fake.exited).toBe('SIGKILL')
  })

  it('exits 0 when asked to stop without a signal', async () => {
    const fake = fakeProcess()
    const shutdown = exitOnSignal({ signals: fake.signals, exit: fake.exit, raise: fake.raise })
    await shutdown.stop()
    expect(fake.exits).toEqual([0])
  })

  it('ignores the signals once disposed', () => {
    const fake = fakeProcess()
    exitOnSignal({ signals: fake.signals, exit: fake.exit, raise: fake.raise }).dispose()
    expect(fake.signals.listenerCount('SIGTERM') + fake.signals.listenerCount('SIGINT')).toBe(0)
  })
})
