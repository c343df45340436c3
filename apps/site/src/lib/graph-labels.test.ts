import { forceSimulation } from 'd3-force'
import { describe, expect, test } from 'vitest'
import { type Box, boxesOverlap, forceBoxCollide, labelWidth, separateBoxes } from './graph-labels.ts'

const box = (x: number, y: number, width = 10, height = 10): Box => ({ x, y, width, height })

describe('graph labels', () => {
  test.each<[string, string, number, number]>([
    ['empty', '', 0, 0],
    ['narrow letters are narrower than wide ones', 'iiii', 15, 18],
    ['wide letters', 'WWWW', 55, 56],
    ['an accent counts as its letter', 'Émilie', labelWidth('Emilie', 12), labelWidth('Emilie', 12)],
    ['a CJK character is one em', '习近平', 38, 38],
  ])('labelWidth: %s', (_name, text, least, most) => {
    const width = labelWidth(text, 12)
    expect(width).toBeGreaterThanOrEqual(least)
    expect(width).toBeLessThanOrEqual(most)
  })

  test('labelWidth scales with the font size', () => {
    expect(labelWidth('Sergei Ryabkov', 24)).toBeGreaterThan(1.9 * labelWidth('Sergei Ryabkov', 12))
  })

  test.each<[string, Box, Box, number, boolean]>([
    ['apart', box(0, 0), box(20, 0), 0, false],
    ['touching edges do not overlap', box(0, 0), box(10, 0), 0, false],
    ['touching edges overlap with padding', box(0, 0), box(10, 0), 2, true],
    ['one inside the other', box(0, 0, 100, 100), box(40, 40), 0, true],
    ['side by side but apart in height', box(0, 0), box(5, 30), 0, false],
    ['crossing corners', box(0, 0), box(5, 5), 0, true],
  ])('boxesOverlap: %s', (_name, a, b, padding, expected) => {
    expect(boxesOverlap(a, b, padding)).toBe(expected)
    expect(boxesOverlap(b, a, padding)).toBe(expected)
  })

  const stacked = () => Array.from({ length: 30 }, (_, i) => ({ x: (i % 3) * 2, y: 0, w: 40 + (i % 7) * 10 }))
  const boxOf = (node: { x?: number; y?: number; w: number }): Box =>
    box(node.x ?? 0, node.y ?? 0, node.w, 14)
  const overlapping = (nodes: { x?: number; y?: number; w: number }[]) =>
    nodes.flatMap((a, i) => nodes.slice(i + 1).filter((b) => boxesOverlap(boxOf(a), boxOf(b), 4))).length

  test.each([1, 400])(
    'separateBoxes pulls 30 boxes piled on one spot apart (%i pushing rounds, then a spiral)',
    (rounds) => {
      const nodes = stacked()
      expect(overlapping(nodes)).toBeGreaterThan(0)
      expect(separateBoxes(nodes, boxOf, 4, rounds)).toBe(0)
      expect(overlapping(nodes)).toBe(0)
    },
  )

  test('forceBoxCollide drives a d3 simulation towards boxes that do not overlap', () => {
    const nodes = stacked()
    const before = overlapping(nodes)
    forceSimulation(nodes).force('boxes', forceBoxCollide(boxOf, 4)).stop().tick(200)
    expect(overlapping(nodes)).toBeLessThan(before / 4)
  })
})
