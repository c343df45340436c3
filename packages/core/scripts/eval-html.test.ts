import { describe, expect, it } from 'vitest'
import { measureLoss, scorePage } from './eval-html.ts'

describe('scorePage', () => {
  it.each([
    ['The quay\nopens in May. Subscribe now.', ['quay opens'], ['Subscribe'], [1, 1, 0]],
    ['The quay opens in May.', ['quay opens', 'in June'], ['Subscribe'], [1, 0, 1]],
    ['The qu\u00aday opens.', ['quay opens'], [], [1, 0, 0]],
  ])('%s', (body, wanted, unwanted, [truePositives, falsePositives, falseNegatives]) => {
    expect(scorePage(body, { with: wanted, without: unwanted })).toEqual({
      truePositives,
      falsePositives,
      falseNegatives,
    })
  })
})

// Three pages: one right, one with a wanted snippet missed, one with an unwanted snippet kept; then the same with
// a page whose wanted snippets were all missed.
describe('measureLoss', () => {
  const page = (truePositives: number, falsePositives: number, falseNegatives: number) => ({
    truePositives,
    falsePositives,
    falseNegatives,
  })
  it('splits the F1 lost by page and kind', () => {
    const losses = measureLoss([page(3, 0, 0), page(2, 0, 1), page(3, 1, 0)])
    expect(losses.map((loss) => loss.kind)).toEqual(['right', 'part missed', 'leaks only'])
    // F1 is 16/18 over the three; a missed snippet found makes it 18/19, the unwanted one dropped 16/17.
    expect(losses[1]?.missed).toBeCloseTo((18 / 19 - 16 / 18) * 1000, 6)
    expect(losses[2]?.leaked).toBeCloseTo((16 / 17 - 16 / 18) * 1000, 6)
    expect(losses[0]?.missed).toBe(0)
    expect(losses[1]?.leaked).toBe(0)
  })

  it('tells a page whose wanted snippets were all missed', () => {
    expect(measureLoss([page(3, 0, 0), page(0, 0, 3)])[1]?.kind).toBe('none found')
  })
})
