import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { StoreError } from './errors.ts'

/** Who holds a data folder, as its lock file records it: a process id and, where the system tells, its start. */
export type LockHolder = { pid: number; startedAt: string | undefined }

/** What the lock asks of the system; tests pass their own. */
export type ProcessProbe = {
  /** This process's id. */
  pid: number
  /** True when a process with this id is running. */
  isRunning(pid: number): boolean
  /** When the process with this id started, in the system's own units, or undefined where it cannot tell. */
  startOf(pid: number): string | undefined
}

/** Data folders this process holds: a second open in the same process is refused like one from another. */
const held = new Set<string>()

/**
 * When a process started, in clock ticks since boot: field 22 of /proc/PID/stat (Linux). The process name before
 * it is in parentheses and may hold spaces or parentheses itself, so the fields are counted after the last `)`.
 * @example processStart(process.pid) // '123456' on Linux, undefined elsewhere
 */
export function processStart(pid: number): string | undefined {
  let stat: string
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return undefined
  }
  const fields = stat
    .slice(stat.lastIndexOf(')') + 1)
    .trim()
    .split(' ')
  // fields[0] is field 3 (the state), so field 22 is fields[19].
  const start = fields[19]
  return start !== undefined && /^\d+$/.test(start) ? start : undefined
}

/** The system as it is. */
export const SYSTEM_PROBE: ProcessProbe = {
  pid: process.pid,
  isRunning: (pid) => {
    try {
      process.kill(pid, 0)
      return true
    } catch (error) {
      return (error as { code?: string }).code === 'EPERM'
    }
  },
  startOf: processStart,
}

/**
 * The holder a lock file's text names (`PID` and, on a second line, the process's start), or undefined when it
 * names none.
 * @example parseLock('4242\n987654') // { pid: 4242, startedAt: '987654' }
 */
export function parseLock(text: string): LockHolder | undefined {
  const [pidLine, startLine] = text.split('\n').map((line) => line.trim())
  const pid = Number(pidLine)
  if (!pidLine || !Number.isInteger(pid) || pid <= 0) return undefined
  return { pid, startedAt: startLine && /^\d+$/.test(startLine) ? startLine : undefined }
}

/**
 * True when the process a lock names still holds the folder. Our own id is not: this process does not hold the
 * folder (that is checked first), so the lock is left by an earlier process that had the same id, as a server in
 * a container has after it was killed and started again. Nor is a running process that started at another time
 * than the one that took the lock: the id has been given to another program since.
 * @example isHeldBy({ pid: 1, startedAt: undefined }, { ...SYSTEM_PROBE, pid: 1 }) // false: our own id again
 */
export function isHeldBy(holder: LockHolder, probe: ProcessProbe): boolean {
  if (holder.pid === probe.pid) return false
  if (!probe.isRunning(holder.pid)) return false
  if (holder.startedAt === undefined) return true
  const startedAt = probe.startOf(holder.pid)
  return startedAt === undefined || startedAt === holder.startedAt
}

/** The error for a folder another process (or this one) has open. */
function lockedError(folder: string, pid: number): StoreError {
  return new StoreError(
    'locked',
    `${folder} is open in another process (pid ${pid}); stop it or use another --data folder.`,
  )
}

/**
 * Claims a data folder for this process (PGlite is one connection in one process) and returns the release.
 * The lock file is created only if absent; one whose holder is gone (see `isHeldBy`) is replaced.
 * @example const release = lockDataDir('.whosaid'); …; release()
 */
export function lockDataDir(dataDir: string, probe: ProcessProbe = SYSTEM_PROBE): () => void {
  const folder = resolve(dataDir)
  if (held.has(folder)) throw lockedError(folder, probe.pid)
  const lockFile = join(folder, 'lock')
  const startedAt = probe.startOf(probe.pid)
  const content = startedAt === undefined ? `${probe.pid}\n` : `${probe.pid}\n${startedAt}\n`
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lockFile, content, { flag: 'wx' })
      break
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error
    }
    let holder: LockHolder | undefined
    try {
      holder = parseLock(readFileSync(lockFile, 'utf8'))
    } catch {}
    if (holder && isHeldBy(holder, probe)) throw lockedError(folder, holder.pid)
    // Another process replacing the same stale lock at the same moment takes it; this one gives up.
    if (attempt >= 3) throw lockedError(folder, holder?.pid ?? 0)
    rmSync(lockFile, { force: true })
  }
  held.add(folder)
  return () => {
    held.delete(folder)
    rmSync(lockFile, { force: true })
  }
}
