import cluster from 'node:cluster'

/** A group of worker processes serving the API on one port. */
export type Workers = {
  /** Resolves once every worker listens. */
  ready: Promise<void>
  /** Stops every worker and resolves when they have exited. */
  stop(): Promise<void>
}

/**
 * Forks `count` copies of this process with node:cluster; they share the port they listen on, and the primary
 * hands connections to them. A worker that dies unasked is replaced. Call from the primary only.
 * @example if (cluster.isPrimary && workers > 1) forkWorkers(workers)
 */
export function forkWorkers(count: number): Workers {
  let stopping = false
  let listening = 0
  let signalReady = () => {}
  const ready = new Promise<void>((resolve) => {
    signalReady = resolve
  })
  cluster.on('listening', () => {
    listening++
    if (listening === count) signalReady()
  })
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`)
    cluster.fork()
  })
  for (let i = 0; i < count; i++) cluster.fork()
  return {
    ready,
    stop: async () => {
      stopping = true
      const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined)
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.isDead()) return resolve()
              worker.once('exit', () => resolve())
              worker.process.kill('SIGTERM')
            }),
        ),
      )
    },
  }
}

/**
 * Forks `count` workers (see `forkWorkers`) and, from that moment, stops them all and exits on SIGINT or
 * SIGTERM: a signal while they still start stops those that run. Resolves once every worker listens.
 * @example if (cluster.isPrimary && workers > 1) await serveFromWorkers(workers)
 */
export async function serveFromWorkers(count: number): Promise<void> {
  const group = forkWorkers(count)
  const stop = () => group.stop().finally(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  await group.ready
}
