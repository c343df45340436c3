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

/** True when a child ended as a server asked to stop does: exit code 0, or by the signal it was stopped with. */
function endedCleanly(code: number | null, signal: NodeJS.Signals | null): boolean {
  return code === 0 || signal === 'SIGTERM' || signal === 'SIGINT'
}

/**
 * Waits for a server in a child process to exit and answers the exit code to end with. SIGINT or SIGTERM to this
 * process is passed on as SIGTERM, and a child still running `graceMs` later (default 4.5 s, inside the 5 s a
 * supervisor waits) is killed, so that stopping this process always stops what it started. A child that stopped
 * cleanly on a signal this process received answers that signal's code, as a shell reports it (130 for Ctrl-C,
 * 143 for SIGTERM); otherwise the child's own (see `exitCodeOf`).
 * @example process.exitCode = await superviseChild(spawn(process.execPath, ['server.js'], { stdio: 'inherit' }))
 */
export function superviseChild(
  child: ChildProcess,
  options: { signals?: SignalSource; graceMs?: number } = {},
): Promise<number> {
  const { signals = process, graceMs = 4500 } = options
  let overdue: NodeJS.Timeout | undefined
  let received: (typeof SIGNALS)[number] | undefined
  const listeners = SIGNALS.map((signal) => [signal, () => stop(signal)] as const)
  const stop = (signal: (typeof SIGNALS)[number]) => {
    received ??= signal
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    overdue ??= setTimeout(() => child.kill('SIGKILL'), graceMs)
  }
  for (const [signal, listener] of listeners) signals.on(signal, listener)
  return new Promise<number>((resolve, reject) => {
    const done = () => {
      clearTimeout(overdue)
      for (const [signal, listener] of listeners) signals.off(signal, listener)
    }
    child.once('error', (error) => {
      done()
      reject(error)
    })
    child.once('exit', (code, signal) => {
      done()
      resolve(
        received !== undefined && endedCleanly(code, signal)
          ? exitCodeOf(null, received)
          : exitCodeOf(code, signal),
      )
    })
  })
}
