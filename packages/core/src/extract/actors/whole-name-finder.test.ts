import { describe, expect, it } from 'vitest'
import { writtenIn } from './title-lines.ts'
import { wholeNameFinder } from './whole-name-finder.ts'

describe('wholeNameFinder', () => {
  // [text, spans as [start, end], name]: the finder answers as writtenIn does.
  it.each([
    ['Gaza. In Gaza, no.', [[6, 18]], 'Gaza'],
    ['Gaza. In Gazans, no.', [[6, 20]], 'Gaza'],
    ['In Gaza. Then Vale.', [[0, 5]], 'Gaza'],
    ['Ann Lee spoke. Lee left.', [[15, 24]], 'Ann Lee'],
    ['Ann Lee spoke. Ann  Lee left.', [[15, 29]], 'Ann Lee'],
    ['Ann Lee spoke. Ann Lee left.', [[15, 28]], 'Ann Lee'],
    ['Ann Lee spoke. Mary-Ann Lee left.', [[15, 33]], 'Ann Lee'],
    ['Top story. Then O’Neill spoke.', [[11, 30]], 'O’Neill'],
    ['Top story. Then O’Neill spoke.', [[11, 30]], 'Neill'],
    ['Top story. Then Yahoo! spoke.', [[11, 29]], 'Yahoo!'],
    ['Top story. Then Yahoo!s spoke.', [[11, 30]], 'Yahoo!'],
    ['Top story. The Élysée spoke.', [[11, 28]], 'Élysée'],
    ['Top story. Didn’t he? Then Lee.', [[14, 31]], 'n'],
    ['Top story. Ann Lee.', [[11, 18]], 'Ann Lee'],
    ['Top story. Ann Lee.', [[11, 19]], 'Ann Lee'],
    ['Top story. Annex Lee.', [[13, 21]], 'ex Lee'],
    ['Top story. Ann Leeds.', [[11, 17]], 'Ann Le'],
  ] as const)('%j in %j: %j as writtenIn', (text, spans, name) => {
    const list = spans.map(([start, end]) => ({ start, end }))
    expect(wholeNameFinder(text, list, [name])(name)).toBe(writtenIn(text, list, name))
  })

  it('answers a name it was not given as writtenIn does', () => {
    const spans = [{ start: 6, end: 18 }]
    expect(wholeNameFinder('Gaza. In Gaza, no.', spans, ['Vale'])('Gaza')).toBe(true)
  })

  it('compares a number of places linear in the text, not in the text times its title lines', () => {
    // Each copy holds a title line naming Tarrow and a sentence that does not: every copy asks after the name.
    const copy = 'Tarrow Stands Firm\n\nCrews worked through the night in the rain.\n\n'
    const compared = (copies: number) => {
      const text = copy.repeat(copies)
      const spans = Array.from({ length: copies }, (_, k) => ({
        start: k * copy.length + 20,
        end: k * copy.length + 63,
      }))
      const checks = { count: 0 }
      const isWritten = wholeNameFinder(text, spans, ['Tarrow'], checks)
      for (let k = 0; k < copies; k++) expect(isWritten('Tarrow')).toBe(false)
      return checks.count
    }
    expect(compared(64)).toBeLessThanOrEqual(64)
    expect(compared(64)).toBe(16 * compared(4))
  })
})
