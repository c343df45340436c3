// The store's write re-runs that bench:queue reports: those of the measured articles only, read from the jobs'
// own results, as each worker's summary also counts the warm-up articles it worked first.

/** One completed queue job as the bench reads it: when it started and what its worker answered. */
export type CompletedJob = { startedOn: Date; output: unknown }

/** The re-runs a job's answer records: a stored article's `retries`, none for anything else. */
function retriesOf(output: unknown): number {
  if (output === null || typeof output !== 'object') return 0
  const { kind, retries } = output as { kind?: unknown; retries?: unknown }
  return kind === 'stored' && typeof retries === 'number' && Number.isFinite(retries) ? retries : 0
}

/**
 * How many times the store ran a write again for the jobs started at or after the measured articles' release:
 * the warm-up jobs, all done before it, are left out. Pure.
 * @example measuredRetries([{ startedOn: new Date(2), output: { kind: 'stored', retries: 1 } }], new Date(1)) // 1
 */
export function measuredRetries(jobs: readonly CompletedJob[], releasedAt: Date): number {
  let sum = 0
  for (const job of jobs) if (job.startedOn.getTime() >= releasedAt.getTime()) sum += retriesOf(job.output)
  return sum
}
