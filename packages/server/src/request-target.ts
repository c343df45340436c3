// Where a request goes, for both servers alike: the absolute form of a request target (`GET http://host/path`,
// which proxies send and RFC 9112 §3.2.2 makes legal) is served as its path, at the host it names.
import type { IncomingMessage } from 'node:http'

/** A request's path (origin form: it starts with `/`) and the host it is for. */
export type RequestAddress = { path: string; host: string }

/** An absolute-form target of the schemes a web server serves (a scheme is case-insensitive: RFC 3986 §3.1). */
const ABSOLUTE_FORM = /^https?:\/\//i

/**
 * True when `host` (a Host header or an authority) is a host with a port or not, and nothing else: no user, path,
 * query or white space.
 * @example isHost('example.org:4321') // true
 * @example isHost('user@example.org') // false
 */
export function isHost(host: string | undefined): host is string {
  if (!host || /[\s/\\?#@]/.test(host)) return false
  return URL.canParse(`http://${host}`)
}

/**
 * The path and host an absolute-form target names: its authority is the host (an origin server uses it instead of
 * Host, RFC 9112 §3.2.2) and the rest, or `/`, the path. Undefined for a target in another form, or whose authority
 * is not a host (empty, with a user, with a port out of range).
 * @example absoluteFormAddress('http://example.org/a?b=1') // { path: '/a?b=1', host: 'example.org' }
 */
export function absoluteFormAddress(target: string): RequestAddress | undefined {
  const scheme = ABSOLUTE_FORM.exec(target)
  if (!scheme) return undefined
  const rest = target.slice(scheme[0].length)
  const slash = rest.indexOf('/')
  const query = rest.indexOf('?')
  const end = Math.min(slash === -1 ? rest.length : slash, query === -1 ? rest.length : query)
  const host = rest.slice(0, end)
  if (!isHost(host)) return undefined
  const path = rest.slice(end)
  return { path: path.startsWith('/') ? path : `/${path}`, host }
}

/**
 * Turns a request with an absolute-form target into the same request in origin form, its Host the target's
 * authority (in `headers` and `rawHeaders`, which adapters read), so that a handler that builds its URL from path
 * and Host serves it; returns false, leaving the request as it is, for an absolute-form target that names no host
 * (the caller answers 400). A request in another form is left as it is (true).
 * @example if (!toOriginForm(request)) return badRequest(response)
 */
export function toOriginForm(request: IncomingMessage): boolean {
  const target = request.url ?? ''
  if (target.startsWith('/') || !ABSOLUTE_FORM.test(target)) return true
  const address = absoluteFormAddress(target)
  if (!address) return false
  request.url = address.path
  request.headers.host = address.host
  const raw = request.rawHeaders.filter((_value, i, all) => all[i - (i % 2)]?.toLowerCase() !== 'host')
  request.rawHeaders = ['Host', address.host, ...raw]
  return true
}
