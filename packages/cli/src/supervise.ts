import type { ChildProcess } from 'node:child_process'
import { constants } from 'node:os'

/** The signals a supervising process passes on: SIGINT (Ctrl-C) and SIGTERM (a supervisor, `docker stop`). */
const SIGNALS = ['SIGINT', 'SIGTERM'] as const

/** Where signals come from: this process, or a stand-in in tests. */
export type SignalSource = {
  on(signal: (typeof SIGNALS)[number], listener: () => void): unknown
  off(signal: (typeof SIGNALS)[number], listener: () => void): unknown
}

/**
 * The exit code that reports how a child ended: its own code, or 128 + the signal's number when a signal ended
 * it, as a shell reports it (137 for SIGKILL).
 * @example exitCodeOf(null, 'SIGKILL') // 137
 */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code
  return 128 + (signal === null ? 0 : (constants.signals[signal] ?? 0))
}

/**
 * Waits for a server in a child process to exit and answers its exit code (see `exitCodeOf`). SIGINT or SIGTERM
 * to this process is passed on as SIGTERM, and a child still running `graceMs` later (default 4.5 s, inside the
 * 5 s a supervisor waits) is killed, so that stopping this process always stops what it started.
 * @example process.exitCode = await superviseChild(spawn(process.execPath, ['server.js'], { stdio: 'inherit' }))
 */
export function superviseChild(
  child: ChildProcess,
  options: { signals?: SignalSource; graceMs?: number } = {},
): Promise<number> {
  const { signals = process, graceMs = 4500 } = options
  let overdue: NodeJS.Timeout | undefined
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    overdue ??= setTimeout(() => child.kill('SIGKILL'), graceMs)
  }
  for (const signal of SIGNALS) signals.on(signal, stop)
  return new Promise<number>((resolve, reject) => {
    const done = () => {
      clearTimeout(overdue)
      for (const signal of SIGNALS) signals.off(signal, stop)
    }
    child.once('error', (error) => {
      done()
      reject(error)
    })
    child.once('exit', (code, signal) => {
      done()
      resolve(exitCodeOf(code, signal))
    })
  })
}
