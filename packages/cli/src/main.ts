import { EXTRACTOR } from '@whosaid/core/io'
import { CliError, toCliError } from './cli-error.ts'
import { runActors } from './commands/actors.ts'
import { runAnalyze } from './commands/analyze.ts'
import { runExport } from './commands/export.ts'
import { runIngest } from './commands/ingest.ts'
import { runQueueCommand } from './commands/queue.ts'
import { runServe } from './commands/serve.ts'
import { runWorkerCommand } from './commands/worker.ts'
import { type Io, processIo } from './io.ts'

/** A CLI command: runs with its own arguments and answers an exit code. */
type Command = { summary: string; run: (args: string[], io: Io) => Promise<number> }

const COMMANDS: Record<string, Command> = {
  actors: { summary: 'merge, split and register actors (a registry of known actors)', run: runActors },
  analyze: { summary: 'analyze text files and print who said what, as JSON or NDJSON', run: runAnalyze },
  export: { summary: 'print analyses as JSON, NDJSON, CSV, JSON-LD or Web Annotations', run: runExport },
  ingest: {
    summary: 'store articles from text, HTML, NDJSON, feeds and URLs in the database',
    run: runIngest,
  },
  queue: { summary: 'show the ingest queue: queued, active, done and failed jobs', run: runQueueCommand },
  serve: { summary: 'run the HTTP API over the database', run: runServe },
  worker: { summary: 'take jobs from the ingest queue and store their articles', run: runWorkerCommand },
}

/** The help text of `whosaid` itself. */
export const mainHelp = `Usage: whosaid <command> [options]

whosaid turns news articles into typed, evidence-backed records of who said what, about whom.

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Options:
  -h, --help     show help (also: whosaid <command> --help, whosaid help <command>)
  -v, --version  show the version
  --json         report errors as JSON on standard error: {"error":{"code","message","file"?}}

Exit codes: 0 done, 1 an input or item failed, 2 a usage error.

Examples:
  whosaid analyze seeds/000_b304420120629e83.txt
  whosaid export --format csv seeds/000_b304420120629e83.txt > statements.csv
  whosaid ingest seeds/ https://example.com/world/rss.xml
  whosaid export --out everything.jsonld
  whosaid serve --port 8787`

/**
 * Runs the CLI with the given arguments and answers the exit code; errors become one line on standard error.
 * @example process.exitCode = await main(['analyze', 'article.txt'])
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...args] = argv
  const json = argv.includes('--json')
  try {
    if (name === 'help' && args[0] !== undefined && COMMANDS[args[0]]) {
      return await (COMMANDS[args[0]] as Command).run(['--help'], io)
    }
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      io.stdout(`${mainHelp}\n`)
      return name === undefined ? 2 : 0
    }
    if (name === '-v' || name === '--version') {
      io.stdout(`${EXTRACTOR.name} ${EXTRACTOR.version}\n`)
      return 0
    }
    const command = COMMANDS[name]
    if (!command) throw new CliError('usage', `unknown command "${name}" (see whosaid --help)`)
    return await command.run(args, io)
  } catch (error) {
    const cliError = usageFromParseArgs(error) ?? toCliError(error)
    // The reader of standard output has all it wanted (`whosaid export | head`): nothing went wrong.
    if (cliError.code === 'output-closed') return 0
    io.stderr(json ? `${JSON.stringify({ error: cliError.toJSON() })}\n` : `${cliError.toLine()}\n`)
    return cliError.code === 'usage' ? 2 : 1
  }
}

/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options. */
function usageFromParseArgs(error: unknown): CliError | undefined {
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    return new CliError('usage', `${(error as Error).message} (see --help)`)
  }
  return undefined
}
