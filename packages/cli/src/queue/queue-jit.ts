// JIT on the queue's connections. pg-boss's queries are small ones, as the store's are, where PostgreSQL's JIT
// compiles for nothing; the store's postgres.js client turns it off at connect (`openPostgresStore`), and
// node-postgres, pg-boss's driver, takes settings at connect only as command-line `options`.

/**
 * The `options` start-up parameter of the queue's connections to `databaseUrl`: JIT off, unless the URL's own
 * `jit` parameter says otherwise, read as the store's connections read it (`jit=on` sends that; an empty `jit=`
 * sends nothing, for a pooler that refuses settings it does not know). An `options` parameter in the URL replaces
 * this one (node-postgres lets the URL win).
 * @example queueConnectOptions('postgres://db.local/whosaid') // '-c jit=off'
 */
export function queueConnectOptions(databaseUrl: string): string | undefined {
  const question = databaseUrl.indexOf('?')
  const jit = question < 0 ? null : new URLSearchParams(databaseUrl.slice(question + 1)).get('jit')
  if (jit === null) return '-c jit=off'
  if (jit === '') return undefined
  // The server reads `options` as words split at spaces, a backslash keeping the next character in the word: the
  // value reaches it whole, and a wrong one is refused there, as on the store's connections.
  return `-c jit=${jit.replace(/[\\\s]/g, '\\$&')}`
}
