#!/usr/bin/env node
// The `whosaid` command. Runs the TypeScript sources directly on Node 24 (the project pins it). It first starts
// Node again, in place, with the V8 flag every whosaid process runs with (src/node-flags.ts says why): a flag on
// the shebang line would need `env -S`, which not every system's env has.
import { relaunchArgs } from '../src/node-flags.ts'

const { execPath, execArgv, argv, platform } = process
const args = relaunchArgs({
  execPath,
  execArgv,
  argv,
  platform,
  canReplace: typeof process.execve === 'function',
})
if (args) process.execve(process.execPath, args, process.env)
const { main } = await import('../src/main.ts')
process.exitCode = await main(process.argv.slice(2))
