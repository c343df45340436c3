// What a slow poll of bench:health waited for. The bench measures a GET from its own process; a slow one may have
// waited for the polling process's own event loop, for the server's event loop, for the database behind the
// handler (GET /healthz pings it: an embedded database at work on a long write answers between its statements),
// or for none of them (the kernel, the sockets, a machine with more work than cores). Each process records its
// loop's stops and the server how long it handled each slow request; this file lays them side by side.

/** A stretch of time on process.hrtime's clock (one clock for every process of the machine), in microseconds. */
export type Stretch = { startUs: number; endUs: number }

/** What held a slow poll up, the first that fits of: */
export type Blame =
  /** The server's handler ran long while its event loop ran: it waited for the database. */
  | 'database'
  /** The server's event loop stopped while the request was in the server (or waited in its socket). */
  | 'server loop'
  /** The polling process's own event loop stopped while it waited for the answer. */
  | 'client loop'
  /** Neither loop stopped and the handler was quick: the time went between them. */
  | 'neither'

const overlaps = (a: Stretch, b: Stretch) => a.startUs < b.endUs && b.startUs < a.endUs

/**
 * What held up the slow poll `poll`: a server handler that took long (`handled`, the server's slow handlings of
 * the same path) without a stop of the server's loop in it is the database's; a stop of the server's loop within
 * the poll is the server's; else a stop of the client's own loop within the poll is the client's.
 * @example blameOf({ startUs: 0, endUs: 150_000 }, { handled: [], serverGaps: [], clientGaps: [{ startUs: 10_000, endUs: 130_000 }] }) // 'client loop'
 */
export function blameOf(
  poll: Stretch,
  seen: { handled: readonly Stretch[]; serverGaps: readonly Stretch[]; clientGaps: readonly Stretch[] },
): Blame {
  const serverStop = seen.serverGaps.some((gap) => overlaps(gap, poll))
  const handler = seen.handled.find((handled) => overlaps(handled, poll))
  if (handler && !seen.serverGaps.some((gap) => overlaps(gap, handler))) return 'database'
  if (serverStop) return 'server loop'
  if (seen.clientGaps.some((gap) => overlaps(gap, poll))) return 'client loop'
  return 'neither'
}

/**
 * The slow polls counted by what held them up, as a line of text: `3 slow: database 1, client loop 2`.
 * @example blameLine([{ startUs: 0, endUs: 150_000 }], { handled: [], serverGaps: [], clientGaps: [] }) // '1 slow: neither 1'
 */
export function blameLine(
  polls: readonly Stretch[],
  seen: { handled: readonly Stretch[]; serverGaps: readonly Stretch[]; clientGaps: readonly Stretch[] },
): string {
  const counts = new Map<Blame, number>()
  for (const poll of polls) {
    const blame = blameOf(poll, seen)
    counts.set(blame, (counts.get(blame) ?? 0) + 1)
  }
  const parts = [...counts].map(([blame, count]) => `${blame} ${count}`)
  return `${polls.length} slow${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`
}
