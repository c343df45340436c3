/** An address as it may appear in `X-Forwarded-For`: IPv4 or IPv6 characters only, of a plausible length. */
const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/

/**
 * An address as Node reports it, with an IPv4 address in IPv6 form written as IPv4, so that a proxy listed as
 * `127.0.0.1` is found whether the server listens on IPv4 or on `::`.
 * @example plainAddress('::ffff:127.0.0.1') // '127.0.0.1'
 */
export function plainAddress(address: string): string {
  return address.toLowerCase().startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address
}

/**
 * Who a request is counted for by the rate limit: the address it came from; or, when that address is a trusted
 * proxy (the site), the nearest address of `X-Forwarded-For` that is not one, read from the right, since each
 * proxy appends the address it heard from and only those the trusted ones appended can be believed. A malformed
 * entry ends the walk at the proxy that passed it on.
 * @example clientAddress('127.0.0.1', '203.0.113.7', new Set(['127.0.0.1'])) // '203.0.113.7'
 * @example clientAddress('198.51.100.2', '203.0.113.7', new Set(['127.0.0.1'])) // '198.51.100.2'
 */
export function clientAddress(
  remote: string,
  forwardedFor: string | undefined,
  trustedProxies: ReadonlySet<string>,
): string {
  let client = plainAddress(remote)
  if (!forwardedFor || !trustedProxies.has(client)) return client
  const hops = forwardedFor.split(',')
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = plainAddress((hops[i] ?? '').trim())
    if (!ADDRESS.test(hop)) return client
    client = hop
    if (!trustedProxies.has(client)) return client
  }
  return client
}
