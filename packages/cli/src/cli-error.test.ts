import { describe, expect, it } from 'vitest'
import { CliError, toCliError } from './cli-error.ts'

describe('toCliError', () => {
  it.each([
    ['a plain error keeps its first line', new Error('disk gone\nstack-ish detail'), 'disk gone'],
    ['a thrown string', 'no such thing', 'no such thing'],
    [
      "a wrapper's cause says why",
      new Error('Failed query: insert into "articles"', { cause: new Error('out of memory\nDETAIL: x') }),
      'Failed query: insert into "articles": out of memory',
    ],
    [
      'each cause once, the chain followed',
      new Error('outer', { cause: new Error('middle', { cause: new Error('middle') }) }),
      'outer: middle',
    ],
    [
      'a cause the message already names is not repeated',
      new Error('boom: eof', { cause: new Error('eof') }),
      'boom: eof',
    ],
  ])('%s', (_, error, message) => {
    const cliError = toCliError(error, 'a.txt')
    expect(cliError.code).toBe('failed')
    expect(cliError.message).toBe(message)
    expect(cliError.file).toBe('a.txt')
  })

  it('leaves out a cause with no words (a bare object)', () => {
    expect(toCliError(new Error('boom', { cause: { code: 'ECONNRESET' } })).message).toBe('boom')
  })

  it('cuts a long wrapper line so that the reason stays readable', () => {
    const sql = `Failed query: insert into "articles" values (${'$1, '.repeat(100)})`
    const { message } = toCliError(new Error(sql, { cause: new Error('value too long') }))
    expect(message.endsWith('…: value too long')).toBe(true)
    expect(message.length).toBeLessThan(sql.length)
  })

  it('keeps a CliError, naming the file it lacked', () => {
    const error = new CliError('too-large', 'over the limit')
    expect(toCliError(error, 'b.txt').toJSON()).toEqual({
      code: 'too-large',
      message: 'over the limit',
      file: 'b.txt',
    })
  })
})
