// An absolute-form target is served as its path at the host it names; other targets are left to the handler.
import { IncomingMessage } from 'node:http'
import { Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import { absoluteFormAddress, isHost, toOriginForm } from './request-target.ts'

describe('isHost', () => {
  it.each([
    ['example.org', true],
    ['127.0.0.1:4321', true],
    ['[::1]:4321', true],
    ['example.org:80', true],
    [undefined, false],
    ['', false],
    ['a/b@c', false],
    ['user@example.org', false],
    ['example.org:99999', false],
    ['exa mple.org', false],
    ['example.org?x', false],
  ] as const)('%s: %s', (host, expected) => {
    expect(isHost(host)).toBe(expected)
  })
})

describe('absoluteFormAddress', () => {
  it.each([
    ['http://example.org/articles?q=x', { path: '/articles?q=x', host: 'example.org' }],
    ['https://example.org:8443/', { path: '/', host: 'example.org:8443' }],
    ['HTTP://Example.org/a', { path: '/a', host: 'Example.org' }],
    ['http://example.org', { path: '/', host: 'example.org' }],
    ['http://example.org?q=x', { path: '/?q=x', host: 'example.org' }],
    ['http://[::1]:4321/healthz', { path: '/healthz', host: '[::1]:4321' }],
    // Not absolute form, or no host to serve it at.
    ['/articles', undefined],
    ['*', undefined],
    ['example.org:443', undefined],
    ['ftp://example.org/file', undefined],
    ['http:///path', undefined],
    ['http://user@example.org/', undefined],
    ['http://example.org:99999/', undefined],
  ] as const)('%s', (target, expected) => {
    expect(absoluteFormAddress(target)).toEqual(expected)
  })
})

/** A request as Node's parser gives it: a target and raw headers. */
function request(url: string, rawHeaders: string[]): IncomingMessage {
  const message = new IncomingMessage(new Socket())
  message.url = url
  message.rawHeaders = rawHeaders
  for (let i = 0; i < rawHeaders.length; i += 2)
    message.headers[(rawHeaders[i] ?? '').toLowerCase()] = rawHeaders[i + 1]
  return message
}

describe('toOriginForm', () => {
  it.each([
    {
      name: 'the authority of an absolute form over Host',
      url: 'http://example.org/a?b=1',
      raw: ['Accept', '*/*', 'Host', 'proxy.test'],
      expected: { served: true, url: '/a?b=1', host: 'example.org' },
      rawAfter: ['Host', 'example.org', 'Accept', '*/*'],
    },
    {
      name: 'an absolute form without Host',
      url: 'https://example.org',
      raw: [],
      expected: { served: true, url: '/', host: 'example.org' },
      rawAfter: ['Host', 'example.org'],
    },
    {
      name: 'an origin form as it is',
      url: '/a',
      raw: ['Host', 'example.org'],
      expected: { served: true, url: '/a', host: 'example.org' },
      rawAfter: ['Host', 'example.org'],
    },
    {
      name: 'the asterisk form as it is',
      url: '*',
      raw: ['Host', 'example.org'],
      expected: { served: true, url: '*', host: 'example.org' },
      rawAfter: ['Host', 'example.org'],
    },
    {
      name: 'an absolute form with a user as it is, refused',
      url: 'http://user@example.org/',
      raw: ['Host', 'example.org'],
      expected: { served: false, url: 'http://user@example.org/', host: 'example.org' },
      rawAfter: ['Host', 'example.org'],
    },
  ])('takes $name', ({ url, raw, expected, rawAfter }) => {
    const message = request(url, raw)
    const served = toOriginForm(message)
    expect({ served, url: message.url, host: message.headers.host }).toEqual(expected)
    expect(message.rawHeaders).toEqual(rawAfter)
  })
})
