import { describe, expect, it } from 'vitest'
import { errorChain } from './error-chain.ts'

const wrapped = (message: string, cause?: unknown) => new Error(message, { cause })

describe('errorChain', () => {
  it.each([
    ['a plain error', new Error('disk full'), 'disk full'],
    [
      'a wrapper and its cause',
      wrapped('Failed query: select 1', wrapped('deadlock detected')),
      'Failed query: select 1 — deadlock detected',
    ],
    ['a thrown string', 'no such file', 'no such file'],
    ['a cause that is not an error', wrapped('Failed query', 'timeout'), 'Failed query — timeout'],
    ['a cause repeating its wrapper', wrapped('gone', wrapped('gone')), 'gone'],
    [
      'a long chain, cut',
      wrapped('a', wrapped('b', wrapped('c', wrapped('d', wrapped('e', wrapped('f', wrapped('g'))))))),
      'a — b — c — d — e',
    ],
  ])('%s', (_, error, message) => {
    expect(errorChain(error)).toBe(message)
  })

  it('ends on a cycle of causes', () => {
    const first = new Error('first')
    const second = new Error('second', { cause: first })
    first.cause = second
    expect(errorChain(first)).toBe('first — second')
  })
})
