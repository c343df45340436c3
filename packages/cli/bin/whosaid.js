#!/usr/bin/env node
// The `whosaid` command. Runs the TypeScript sources directly on Node 24 (the project pins it).
import { main } from '../src/main.ts'

process.exitCode = await main(process.argv.slice(2))
