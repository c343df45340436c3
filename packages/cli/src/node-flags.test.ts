import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { NODE_FLAGS, type RunningNode, relaunchArgs } from './node-flags.ts'

const FLAG = NODE_FLAGS[0]
const linux = (execArgv: string[]): RunningNode => ({
  execPath: '/opt/node',
  execArgv,
  argv: ['/opt/node', '/w/bin/whosaid.js', 'ingest', '--data', 'd', 'a.txt'],
  platform: 'linux',
  canReplace: true,
})

describe('relaunchArgs', () => {
  it.each([
    ['no flags', linux([]), ['/opt/node', FLAG, '/w/bin/whosaid.js', 'ingest', '--data', 'd', 'a.txt']],
    [
      "the user's own options kept, before the script",
      linux(['--import', 'x.js']),
      ['/opt/node', '--import', 'x.js', FLAG, '/w/bin/whosaid.js', 'ingest', '--data', 'd', 'a.txt'],
    ],
    ['already relaunched', linux([FLAG]), undefined],
    ["the user's own value of the flag", linux(['--scavenger-max-new-space-capacity-mb=16']), undefined],
    [
      "the user's own value, spelt with underscores",
      linux(['--scavenger_max_new_space_capacity_mb=16']),
      undefined,
    ],
    ['Windows', { ...linux([]), platform: 'win32' }, undefined],
    ['a Node without execve', { ...linux([]), canReplace: false }, undefined],
  ])('%s', (_, node, expected) => {
    expect(relaunchArgs(node)).toEqual(expected)
  })
})

describe('bin/whosaid.js', () => {
  it('runs with the flag, in the same process', () => {
    const bin = fileURLToPath(new URL('../bin/whosaid.js', import.meta.url))
    // Loaded before the CLI in both launches: prints the process id and options of the one that runs the command.
    const probe = `data:text/javascript,${encodeURIComponent(
      "process.on('exit', () => process.stderr.write('\\nprobe ' + JSON.stringify([process.pid, process.execArgv]) + '\\n'))",
    )}`
    const run = spawnSync(process.execPath, ['--import', probe, bin, '--version'], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    const [pid, execArgv] = JSON.parse(/probe (.*)/.exec(run.stderr)?.[1] ?? 'null') as [number, string[]]
    expect(pid).toBe(run.pid)
    expect(execArgv).toContain(FLAG)
  })
})
