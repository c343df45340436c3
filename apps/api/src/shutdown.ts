/** What a process stops on: SIGINT (Ctrl-C) and SIGTERM (a supervisor, `docker stop`). */
const SIGNALS = ['SIGINT', 'SIGTERM'] as const

/** Where signals come from: a process, or a stand-in in tests. */
export type SignalSource = {
  once(signal: (typeof SIGNALS)[number], listener: () => void): unknown
  off(signal: (typeof SIGNALS)[number], listener: () => void): unknown
}

/** How a process stops: the signals it listens to, how it exits, and how long closing may take. */
export type ShutdownOptions = {
  /** Where the signals come from (default: this process). */
  signals?: SignalSource
  /** Ends the process with a code (default: `process.exit`). */
  exit?: (code: number) => void
  /** Ends the process by a signal (default: this process sends it to itself, its listeners gone). */
  raise?: (signal: NodeJS.Signals) => void
  /** How long closing may take before the process exits anyway (default 4 s, within the 5 s a supervisor waits). */
  graceMs?: number
}

/** The things a server process closes when it is asked to stop. */
export type Shutdown = {
  /** Adds something to close; the last added closes first (a server before the store it reads). */
  defer(close: () => unknown): void
  /** Closes everything deferred and ends the process: by `signal` when it is given and all closed, else with a code. */
  stop(signal?: NodeJS.Signals): Promise<void>
  /** Stops listening for the signals, for a process that hands its stopping to something else. */
  dispose(): void
}

/** Sends a signal to this process with no listener left for it: the system's default, ending it at once. */
function raiseSignal(signal: NodeJS.Signals): void {
  process.removeAllListeners(signal)
  process.kill(process.pid, signal)
}

/**
 * Listens for SIGINT and SIGTERM from the moment it is called, so that a signal while the database opens or the
 * seeds are read stops the process as cleanly as one while it serves: everything deferred so far is closed, last
 * first, and the process then ends by the same signal, as a program that cleans up on a signal should, so that
 * its parent sees how it ended (a shell reports 130 for Ctrl-C, 143 for SIGTERM). Ending by the signal is also
 * immediate: a normal exit waits for V8's background work, such as compiling PGlite's WebAssembly, which took
 * over 10 s on a busy machine. When something fails to close the exit code is 1; when closing outlasts the grace
 * period the process kills itself (SIGKILL), as a supervisor would next.
 * @example const shutdown = exitOnSignal(); const store = await openStore(); shutdown.defer(() => store.close())
 */
export function exitOnSignal(options: ShutdownOptions = {}): Shutdown {
  const {
    signals = process,
    exit = (code) => process.exit(code),
    raise = raiseSignal,
    graceMs = 4000,
  } = options
  const closes: (() => unknown)[] = []
  let stopping: Promise<void> | undefined
  const stop = (signal?: NodeJS.Signals) => {
    stopping ??= (async () => {
      const overdue = setTimeout(() => raise('SIGKILL'), graceMs)
      overdue.unref?.()
      let code = 0
      for (const close of closes.reverse()) {
        try {
          await close()
        } catch (error) {
          console.error('whosaid: while stopping:', error instanceof Error ? error.message : error)
          code = 1
        }
      }
      clearTimeout(overdue)
      if (code === 0 && signal !== undefined) raise(signal)
      else exit(code)
    })()
    return stopping
  }
  const listeners = SIGNALS.map((signal) => [signal, () => void stop(signal)] as const)
  for (const [signal, listener] of listeners) signals.once(signal, listener)
  return {
    defer: (close) => void closes.push(close),
    stop,
    dispose: () => {
      for (const [signal, listener] of listeners) signals.off(signal, listener)
    },
  }
}
