#!/usr/bin/env node
// The `whosaid` command. Runs the TypeScript sources directly on Node 24 (the project pins it).
import { setFlagsFromString } from 'node:v8'

// Loading the CLI's ~540 modules (drizzle, PGlite, pg-boss, Hono) makes V8 grow its young generation to its most,
// 128 MB on a large machine, though what the modules keep fits in 20 MB: held at its first size while they load,
// the process starts ~190 MB smaller. The growth factor is V8's default again before any command runs.
setFlagsFromString('--semi-space-growth-factor=1')
const { main } = await import('../src/main.ts')
setFlagsFromString('--semi-space-growth-factor=2')

process.exitCode = await main(process.argv.slice(2))
