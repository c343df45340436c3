// The command line of the evaluation and benchmark scripts: node's parseArgs, strict, with `--help` and a usage line.
// A mistyped flag or `--help` used to end in node's stack trace (or, worse, start a long run with the flag ignored);
// here it prints the problem and the usage and exits 2, and `--help` prints the usage and exits 0.

import { type ParseArgsOptionsConfig, parseArgs } from 'node:util'

/** What a script's argv says: its option values, a request for help, or the problem with it. */
export function parseScriptArgs<const O extends ParseArgsOptionsConfig>(argv: readonly string[], options: O) {
  if (argv.includes('--help') || argv.includes('-h')) return { help: true } as const
  try {
    return { values: parseArgs({ args: [...argv], options, strict: true }).values } as const
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) } as const
  }
}

/** The option values of this process's argv; prints the usage and exits on `--help` (0) and on a bad flag (2). */
export function readScriptArgs<const O extends ParseArgsOptionsConfig>(
  usage: string,
  options: O,
  argv: readonly string[] = process.argv.slice(2),
) {
  const parsed = parseScriptArgs(argv, options)
  if ('help' in parsed) {
    console.log(usage)
    process.exit(0)
  }
  if ('problem' in parsed) {
    console.error(`${parsed.problem}\n${usage}`)
    process.exit(2)
  }
  return parsed.values
}
