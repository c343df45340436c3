// The V8 flag every whosaid process runs with: the API's servers (apps/api/src/gc-tuning.ts says why: V8 13.6, in
// Node 24, raised the young generation's largest size from 8 to 32 MB) and the CLI itself (bin/whosaid.js starts
// Node again with it). A CLI ingest of a long text kept up to 96 MB of garbage young on its main thread and as
// much on the embedded database's: with Node 22's sizes back, the peak of a 10 MB ingest fell by about 80 MB and
// that of a short article's by about 90 (packages/core/README.md, the paragraph "Stop 37").

/** Node's command-line options for V8's young generation, as Node 22 sized it. */
export const NODE_FLAGS = ['--scavenger-max-new-space-capacity-mb=8'] as const

/** What `relaunchArgs` reads of the running process. */
export type RunningNode = {
  execPath: string
  execArgv: readonly string[]
  argv: readonly string[]
  platform: string
  /** Whether Node can replace the process in place (`process.execve`, Node 23.11 and later, not on Windows). */
  canReplace: boolean
}

/**
 * The arguments to start this same command again with `NODE_FLAGS` (for `process.execve`: the same process id,
 * standard streams and environment), or undefined when it already runs with them (or with its own value of each),
 * or cannot be replaced in place (Windows; it then runs as it is).
 * @example relaunchArgs({ execPath: '/n', execArgv: [], argv: ['/n', 'bin.js', 'ingest'], platform: 'linux', canReplace: true })
 * // ['/n', '--scavenger-max-new-space-capacity-mb=8', 'bin.js', 'ingest']
 */
export function relaunchArgs(node: RunningNode): string[] | undefined {
  if (!node.canReplace || node.platform === 'win32') return undefined
  // V8 reads '-' and '_' in a flag's name alike.
  const optionOf = (flag: string) => (flag.split('=')[0] ?? flag).replaceAll('_', '-')
  const missing = NODE_FLAGS.filter(
    (flag) => !node.execArgv.some((given) => optionOf(given) === optionOf(flag)),
  )
  if (missing.length === 0) return undefined
  return [node.execPath, ...node.execArgv, ...missing, ...node.argv.slice(1)]
}
