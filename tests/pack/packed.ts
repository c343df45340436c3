// A workspace package as a user gets it: `npm pack`, then `npm install` of the tarball into a fresh project. The
// package is packed from a copy of its folder (sharing the monorepo's node_modules through a symlink, through
// which a build also finds the workspace packages), so that the pack's temporary package.json switch never touches
// the checkout other tests are reading.
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = fileURLToPath(new URL('../../', import.meta.url))

// npm passes its own settings to child processes as npm_* variables; the nested npm runs must not inherit them.
// The Node that runs the tests (24) comes first on PATH, where an installed bin's `#!/usr/bin/env node` finds it.
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_'))),
  PATH: [dirname(process.execPath), process.env.PATH].join(delimiter),
}

/**
 * Runs a command to its end and answers what it printed. Each step is stopped only after ten minutes: an install
 * once passed two minutes on a busy CI machine (spawnSync npm ETIMEDOUT), and no step's duration is part of a result.
 */
export const run = (command: string, args: string[], cwd: string): string =>
  execFileSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 600_000,
  })

/** A packed and installed package: the folders, the tarball's file list and package.json as it was before. */
export type Packed = {
  /** The temporary folder holding everything below (the caller removes it). */
  work: string
  /** The copy of the package that was packed. */
  copy: string
  /** The fresh project the tarball is installed into. */
  consumer: string
  files: string[]
  manifestBefore: string
}

/**
 * Packs the workspace package in `folder` (relative to the repository) and installs it into a fresh project.
 * @example const { consumer } = packAndInstall('packages/core')
 */
export function packAndInstall(folder: string): Packed {
  const work = mkdtempSync(join(tmpdir(), 'whosaid-pack-'))
  const copy = join(work, 'monorepo', folder)
  const consumer = join(work, 'consumer')
  const skip = new Set(['node_modules', 'dist', '.turbo', '.vitest-report.json'])
  cpSync(join(repo, folder), copy, {
    recursive: true,
    filter: (source) => !skip.has(source.split('/').at(-1) ?? ''),
  })
  cpSync(join(repo, 'tsconfig.base.json'), join(work, 'monorepo', 'tsconfig.base.json'))
  symlinkSync(join(repo, 'node_modules'), join(work, 'monorepo', 'node_modules'))
  const manifestBefore = readFileSync(join(copy, 'package.json'), 'utf8')
  run('npm', ['pack', '--pack-destination', work], copy)
  const tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz')) ?? 'missing.tgz')
  const files = run('tar', ['-tzf', tarball], work).split('\n').filter(Boolean)
  mkdirSync(consumer)
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  )
  // From npm's cache, which holds the dependencies the monorepo installed, without asking the registry whether
  // they changed; a slow or failing registry is retried rather than failing the run.
  run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--fetch-retries=5',
      tarball,
    ],
    consumer,
  )
  return { work, copy, consumer, files, manifestBefore }
}
