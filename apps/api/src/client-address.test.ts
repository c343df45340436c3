import { describe, expect, it } from 'vitest'
import { clientAddress, plainAddress } from './client-address.ts'

describe('clientAddress', () => {
  const site = new Set(['127.0.0.1', '10.0.0.5'])
  it.each([
    { name: 'no proxy', remote: '203.0.113.7', forwarded: undefined, client: '203.0.113.7' },
    {
      name: 'an untrusted sender of the header',
      remote: '198.51.100.2',
      forwarded: '1.2.3.4',
      client: '198.51.100.2',
    },
    { name: 'the site', remote: '127.0.0.1', forwarded: '203.0.113.7', client: '203.0.113.7' },
    {
      name: 'the site over IPv6',
      remote: '::ffff:127.0.0.1',
      forwarded: '203.0.113.7',
      client: '203.0.113.7',
    },
    { name: 'the site without the header', remote: '127.0.0.1', forwarded: undefined, client: '127.0.0.1' },
    {
      name: 'a spoofed first hop',
      remote: '127.0.0.1',
      forwarded: '6.6.6.6, 203.0.113.7',
      client: '203.0.113.7',
    },
    {
      name: 'two trusted proxies',
      remote: '127.0.0.1',
      forwarded: '203.0.113.7, 10.0.0.5',
      client: '203.0.113.7',
    },
    { name: 'an IPv6 reader', remote: '127.0.0.1', forwarded: '2001:db8::1', client: '2001:db8::1' },
    { name: 'a malformed entry', remote: '127.0.0.1', forwarded: 'evil<script>', client: '127.0.0.1' },
    { name: 'an empty entry', remote: '127.0.0.1', forwarded: ' , ', client: '127.0.0.1' },
    { name: 'only proxies', remote: '127.0.0.1', forwarded: '10.0.0.5', client: '10.0.0.5' },
  ])('$name → $client', ({ remote, forwarded, client }) => {
    expect(clientAddress(remote, forwarded, site)).toBe(client)
  })

  it.each([
    ['::ffff:10.1.2.3', '10.1.2.3'],
    ['::FFFF:10.1.2.3', '10.1.2.3'],
    ['::1', '::1'],
    ['::ffff:abcd', '::ffff:abcd'],
  ])('plainAddress(%s) → %s', (address, plain) => {
    expect(plainAddress(address)).toBe(plain)
  })
})
