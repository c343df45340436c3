import { describe, expect, it } from 'vitest'
import { formatProgress, formatSeconds, progressBar } from './progress.ts'

describe('progress', () => {
  it.each([
    [0, '0s'],
    [42.4, '42s'],
    [65, '1m05s'],
    [Number.NaN, '--'],
  ])('formatSeconds(%d) is %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text)
  })

  it('shows count, rate and time left', () => {
    expect(formatProgress(5, 10, 2, 10)).toBe('█████░░░░░ 5/10 2.5/s ETA 2s')
  })

  it('draws nothing when not on a terminal', () => {
    let out = ''
    const bar = progressBar((chunk) => (out += chunk), false)
    bar.update(1, 2)
    bar.done()
    expect(out).toBe('')
  })

  it('redraws in place on a terminal', () => {
    let out = ''
    let time = 0
    const bar = progressBar(
      (chunk) => (out += chunk),
      true,
      () => time,
    )
    time = 1000
    bar.update(2, 4)
    expect(out).toContain('\r██')
    expect(out).toContain('2/4 2.0/s')
  })

  it.each([
    [false, 'whosaid: a.txt: is empty\n'],
    [true, '\r\u001b[Kwhosaid: a.txt: is empty\n'],
  ])('notes a line above the bar (terminal: %s)', (isTTY, expected) => {
    let out = ''
    const bar = progressBar((chunk) => (out += chunk), isTTY)
    bar.note('whosaid: a.txt: is empty')
    expect(out).toBe(expected)
  })

  it('redraws the bar under a noted line', () => {
    let out = ''
    const bar = progressBar(
      (chunk) => (out += chunk),
      true,
      () => 0,
    )
    bar.update(1, 1)
    out = ''
    bar.note('whosaid: b.txt: no such file')
    expect(out.startsWith('\r\u001b[Kwhosaid: b.txt: no such file\n█')).toBe(true)
    expect(out).toContain(' 1/1 ')
  })
})
