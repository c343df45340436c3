// A server on this machine without WHOSAID_API_TOKEN makes its own, so that adding an article to a local
// instance is one command; one that others can reach never takes writes without a token given to it.
import { isAbsolute, relative, resolve } from 'node:path'

/**
 * True for an address only this machine reaches: localhost, 127.0.0.0/8 or ::1 (not 0.0.0.0, which is every
 * address).
 * @example isLoopbackHost('127.0.0.1') // true
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1')
  return bare === 'localhost' || bare === '::1' || /^127(?:\.\d{1,3}){3}$/.test(bare)
}

/** A word as the shell reads it back: quoted when it holds anything but plain path characters. */
function shellWord(word: string): string {
  return /^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`
}

/**
 * The one command that adds an article to the server at `url` from `cwd`: `whosaid ingest --api` finds the token
 * itself in `.whosaid/api-token` under the folder it runs in, so the short form is printed when the token file is
 * there; else the token is passed in WHOSAID_API_TOKEN.
 * @example ingestCommand('http://127.0.0.1:8787', '/repo/.whosaid/api-token', '/repo')
 * // 'npx whosaid ingest --api http://127.0.0.1:8787 article.txt'
 */
export function ingestCommand(url: string, tokenFile: string, cwd: string): string {
  const command = `npx whosaid ingest --api ${url} article.txt`
  const path = relative(resolve(cwd), resolve(tokenFile))
  if (path === '.whosaid/api-token' && !isAbsolute(path)) return command
  return `WHOSAID_API_TOKEN=$(cat ${shellWord(resolve(tokenFile))}) ${command}`
}
