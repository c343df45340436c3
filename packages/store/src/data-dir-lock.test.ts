import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  isHeldBy,
  type LockHolder,
  lockDataDir,
  type ProcessProbe,
  parseLock,
  processStart,
} from './data-dir-lock.ts'

/** A system where we are pid 1 and the given processes run, started at the given times. */
function probeOf(running: Record<number, string | undefined>, pid = 1): ProcessProbe {
  return {
    pid,
    isRunning: (other) => other === pid || other in running,
    startOf: (other) => (other === pid ? '500' : running[other]),
  }
}

describe('parseLock', () => {
  it.each([
    ['4242', { pid: 4242, startedAt: undefined }],
    ['4242\n', { pid: 4242, startedAt: undefined }],
    ['4242\n987654\n', { pid: 4242, startedAt: '987654' }],
    [' 7 \n x \n', { pid: 7, startedAt: undefined }],
    ['', undefined],
    ['0', undefined],
    ['-3', undefined],
    ['4.5', undefined],
    ['pid 12', undefined],
  ])('%j → %j', (text, holder) => {
    expect(parseLock(text)).toEqual(holder)
  })
})

describe('isHeldBy (we are pid 1, started at 500)', () => {
  it.each<[string, LockHolder, Record<number, string | undefined>, boolean]>([
    ['our own id, left by the process before a restart', { pid: 1, startedAt: undefined }, {}, false],
    ['our own id, with a start time', { pid: 1, startedAt: '100' }, {}, false],
    ['a process that is gone', { pid: 42, startedAt: undefined }, {}, false],
    ['a running process, no start time recorded', { pid: 42, startedAt: undefined }, { 42: '300' }, true],
    ['the same running process', { pid: 42, startedAt: '300' }, { 42: '300' }, true],
    ['another program given the id since', { pid: 42, startedAt: '300' }, { 42: '450' }, false],
    ['a running process whose start cannot be read', { pid: 42, startedAt: '300' }, { 42: undefined }, true],
  ])('%s: held %#', (_, holder, running, held) => {
    expect(isHeldBy(holder, probeOf(running))).toBe(held)
  })
})

describe('processStart', () => {
  it.skipIf(process.platform !== 'linux')('reads this process’s start, the same each time', () => {
    expect(processStart(process.pid)).toMatch(/^\d+$/)
    expect(processStart(process.pid)).toBe(processStart(process.pid))
  })

  it('answers undefined for a process that does not exist', () => {
    expect(processStart(2 ** 30)).toBeUndefined()
  })
})

describe('lockDataDir', () => {
  const root = mkdtempSync(join(tmpdir(), 'whosaid-lock-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  let count = 0
  /** A fresh data folder with the given lock file, or none. */
  const folderWith = (lock?: string) => {
    const folder = mkdtempSync(join(root, `${count++}-`))
    if (lock !== undefined) writeFileSync(join(folder, 'lock'), lock)
    return folder
  }

  it.each<[string, string | undefined, Record<number, string | undefined>, boolean]>([
    ['no lock', undefined, {}, true],
    ['a lock with our own id (the pid repeated after a crash)', '1\n', {}, true],
    ['a lock of a process that is gone', '42\n300\n', {}, true],
    ['a lock of a running process', '42\n300\n', { 42: '300' }, false],
    ['a lock whose id another program has now', '42\n300\n', { 42: '450' }, true],
    ['an empty lock file', '', {}, true],
  ])('%s: opens %s', (_, lock, running, opens) => {
    const folder = folderWith(lock)
    if (!opens) {
      expect(() => lockDataDir(folder, probeOf(running))).toThrow(expect.objectContaining({ code: 'locked' }))
      return
    }
    const release = lockDataDir(folder, probeOf(running))
    expect(readFileSync(join(folder, 'lock'), 'utf8')).toBe('1\n500\n')
    release()
  })

  it('refuses a second open of a folder this process holds, and opens it again after the release', () => {
    const folder = folderWith()
    const release = lockDataDir(folder, probeOf({}))
    expect(() => lockDataDir(folder, probeOf({}))).toThrow(expect.objectContaining({ code: 'locked' }))
    release()
    lockDataDir(folder, probeOf({}))()
  })
})

/** True when this machine lets us start a process in a pid namespace of its own (root on Linux). */
function canUnsharePids(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  return spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true']).status === 0
}

// What happens in a container: the server is pid 1, is killed, and starts again as pid 1 over the same folder.
describe.skipIf(!canUnsharePids())('a server killed and started again with the same pid', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'whosaid-pid1-'))
  const children: ChildProcess[] = []
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
  })

  /** Opens the store as pid 1 of a new pid namespace; answers the process and what it printed once open. */
  async function openAsPidOne(): Promise<{ child: ChildProcess; line: string }> {
    const script = `import { openStore } from ${JSON.stringify(new URL('./open-store.ts', import.meta.url).href)}
try {
  await openStore({ dataDir: ${JSON.stringify(dataDir)} })
  console.log('open as pid ' + process.pid)
} catch (error) {
  console.log('failed: ' + (error.code ?? error.message))
  process.exit(1)
}
setInterval(() => {}, 60_000)`
    const child = spawn(
      'unshare',
      [
        '--pid',
        '--fork',
        '--kill-child',
        '--mount-proc',
        process.execPath,
        '--input-type=module',
        '-e',
        script,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    children.push(child)
    let output = ''
    const line = await new Promise<string>((resolve) => {
      child.stdout?.on('data', (bytes: Buffer) => {
        output += bytes.toString()
        if (output.includes('\n')) resolve(output.split('\n')[0] ?? '')
      })
      child.once('exit', () => resolve(output.split('\n')[0] ?? ''))
    })
    return { child, line }
  }

  it('opens the folder again after a SIGKILL', async () => {
    const first = await openAsPidOne()
    expect(first.line).toBe('open as pid 1')
    const exited = new Promise((resolve) => first.child.once('exit', resolve))
    // unshare passes the SIGKILL on to the server it started (--kill-child).
    first.child.kill('SIGKILL')
    await exited
    expect(parseLock(readFileSync(join(dataDir, 'lock'), 'utf8'))?.pid).toBe(1)

    const second = await openAsPidOne()
    expect(second.line).toBe('open as pid 1')
    second.child.kill('SIGKILL')
  }, 300_000)
})
