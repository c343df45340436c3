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
    const bar = progressBar((chunk) => (out += chunk), true, () => time)
    time = 1000
    bar.update(2, 4)
    expect(out).toContain('\r██')
    expect(out).toContain('2/4 2.0/s')
  })
})
