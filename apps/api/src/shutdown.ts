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
  /** Ends the process (default: `process.exit`). */
  exit?: (code: number) => void
  /** How long closing may take before the process exits anyway (default 4 s, within the 5 s a supervisor waits). */
  graceMs?: number
}

/** The things a server process closes when it is asked to stop. */
export type Shutdown = {
  /** Adds something to close; the last added closes first (a server before the store it reads). */
  defer(close: () => unknown): void
  /** Closes everything deferred and exits, as a signal does. */
  stop(): Promise<void>
  /** Stops listening for the signals, for a process that hands its stopping to something else. */
  dispose(): void
}

/**
 * Listens for SIGINT and SIGTERM from the moment it is called, so that a signal while the database opens or the
 * seeds are read stops the process as cleanly as one while it serves: everything deferred so far is closed, last
 * first, and the process exits with 0, or with 1 when something failed to close or closing outlasted the grace
 * period (it then exits anyway: a supervisor's next step is SIGKILL).
 * @example const shutdown = exitOnSignal(); const store = await openStore(); shutdown.defer(() => store.close())
 */
export function exitOnSignal(options: ShutdownOptions = {}): Shutdown {
  const { signals = process, exit = (code) => process.exit(code), graceMs = 4000 } = options
  const closes: (() => unknown)[] = []
  let stopping: Promise<void> | undefined
  const stop = () => {
    stopping ??= (async () => {
      const overdue = setTimeout(() => exit(1), graceMs)
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
      exit(code)
    })()
    return stopping
  }
  const onSignal = () => void stop()
  for (const signal of SIGNALS) signals.once(signal, onSignal)
  return {
    defer: (close) => void closes.push(close),
    stop,
    dispose: () => {
      for (const signal of SIGNALS) signals.off(signal, onSignal)
    },
  }
}
