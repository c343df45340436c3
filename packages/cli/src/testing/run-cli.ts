import type { Io } from '../io.ts'
import { main } from '../main.ts'

/** What a CLI run answered and printed. */
export type CliRun = { code: number; stdout: string; stderr: string }

/** How a test run looks to the command: its standard input, and whether its streams are terminals. */
export type RunOptions = { stdin?: string; isTTY?: boolean; isStdoutTTY?: boolean }

/**
 * Runs the CLI in-process with an Io that records what it prints, for tests.
 * @example const { code, stdout } = await runCli(['export', '--format', 'csv', file])
 */
export async function runCli(argv: string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdout: (chunk) => {
      stdout += chunk
    },
    stderr: (chunk) => {
      stderr += chunk
    },
    readStdin: async function* () {
      yield new TextEncoder().encode(options.stdin ?? '')
    },
    isTTY: options.isTTY ?? false,
    isStdoutTTY: options.isStdoutTTY ?? false,
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}
