import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const kindOf = (text: string, name: string) =>
  extractActors(parseArticle(text)).find((a) => a.mentions.some((m) => text.slice(m.start, m.end) === name))
    ?.kind

describe('a name written like a brand that speaks is an organization', () => {
  it.each([
    ['The figure was wrong, FactHound said.', 'FactHound'],
    ['On Monday, TrendLab reported that sales had doubled.', 'TrendLab'],
    ['According to Rich-Q, the number of yachts rose.', 'Rich-Q'],
    ['Prices fell, and QuoteBase says they will fall again.', 'QuoteBase'],
  ])('%s → %s', (text, name) => {
    expect(kindOf(text, name)).toBe('organization')
  })

  it('makes its other mentions the organization too', () => {
    const text = 'Readers of FactHound grew in May. The claim was false, FactHound said.'
    const actors = extractActors(parseArticle(text)).filter((a) => a.name === 'FactHound')
    expect(actors.map((a) => [a.kind, a.mentions.length])).toEqual([['organization', 2]])
  })
})

describe('what is no speaking brand', () => {
  it.each([
    // A surname's inner capital.
    ['The plan failed, McAllister said.', 'McAllister', 'person'],
    ['The plan failed, DeLuca said.', 'DeLuca', 'person'],
  ])('%s → %s stays a %s', (text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind)
  })

  // Longer than any brand: the pattern is not tried (a capital run after a hyphen backtracks on a long word).
  it('a brand-shaped word far longer than a brand', () => {
    const word = `Vexco-${'Q'.repeat(60)}`
    expect(kindOf(`According to ${word}, the number of yachts rose.`, word)).not.toBe('organization')
  })
})
