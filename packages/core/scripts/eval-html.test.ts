import { describe, expect, it } from 'vitest'
import { decodePage, measureLoss, scorePage } from './eval-html.ts'

// Latin-2 bytes for "Łódź" (0xa3 0xf3 0x64 0xbc), after markup that declares or does not declare them.
const LODZ = [0xa3, 0xf3, 0x64, 0xbc]
const bytesOf = (head: string) => new Uint8Array([...new TextEncoder().encode(head), ...LODZ])

describe('decodePage', () => {
  it.each([
    ['<meta charset="ISO-8859-2"><p>', '<meta charset="ISO-8859-2"><p>Łódź'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>', 'Łódź'],
    // A script's charset attribute names the script's encoding, not the page's.
    ['<script charset="UTF-8" src="x.js"></script><meta charset="ISO-8859-2"><p>', 'Łódź'],
    [`<!--${' '.repeat(3000)}--><meta charset="ISO-8859-2"><p>`, 'Łódź'],
    ['<p>', '\ufffd'],
  ])('%j', (head, expected) => {
    expect(decodePage(bytesOf(head))).toContain(expected)
  })
})

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
