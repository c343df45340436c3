// Starting a command as the user would, in a process group of its own, and checking that stopping it leaves
// nothing behind: no process of the group, a free port.
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'

/** A started command: its process, everything it printed so far, and its exit. */
export type Started = {
  child: ChildProcess
  output: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/**
 * A free port in 20000–32767 on 127.0.0.1: below Linux's ephemeral range, from which the kernel hands out ports
 * to outgoing connections and to servers on port 0, so that none of those takes it while the server starts.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_768)
    if (await isPortFree(port)) return port
  }
}

/** True when nothing listens on `port` of 127.0.0.1 (a server can take it). */
export async function isPortFree(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

/** Starts a command in a process group of its own (as a terminal or a supervisor would), keeping its output. */
export function startGroup(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Started {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk
  })
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }))
  return { child, output: () => output, exited }
}

/** True while any process of the group `pgid` runs (a server the command started included). */
export function groupIsAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM'
  }
}

/** Waits until the group has no process left or `seconds` have passed; answers whether it is gone. */
export async function groupGoneWithin(pgid: number, seconds: number): Promise<boolean> {
  const until = Date.now() + seconds * 1000
  while (groupIsAlive(pgid)) {
    if (Date.now() > until) return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return true
}

/** Kills whatever is left of a group (after a failed case, so that no server outlives the suite). */
export function killGroup(pgid: number | undefined): void {
  if (pgid === undefined) return
  try {
    process.kill(-pgid, 'SIGKILL')
  } catch {}
}

/**
 * Waits until `url` answers 200 (the first start of a database migrates it, which takes a while on a busy
 * machine); fails at once when the command exits first, with what it printed.
 */
export async function waitForHealth(url: string, started: Started, seconds = 300): Promise<void> {
  const until = Date.now() + seconds * 1000
  let exited = false
  void started.exited.then(() => {
    exited = true
  })
  while (Date.now() < until) {
    if (exited) throw new Error(`exited before ${url} answered:\n${started.output()}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not answer within ${seconds} s:\n${started.output()}`)
}

/**
 * Waits until what the command printed contains `text`: a server may print after it answers its first request, and
 * its output reaches this process through pipes (npm's among them) on their own time. Fails with what it printed
 * when the command exits first or `seconds` pass.
 */
export async function waitForOutput(started: Started, text: string, seconds = 120): Promise<void> {
  const until = Date.now() + seconds * 1000
  let exited = false
  void started.exited.then(() => {
    exited = true
  })
  while (!started.output().includes(text)) {
    if (exited || Date.now() >= until)
      throw new Error(
        `${exited ? 'exited' : `${seconds} s passed`} before it printed ${text}:\n${started.output()}`,
      )
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
