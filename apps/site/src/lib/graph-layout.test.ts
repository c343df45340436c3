import type { Polarity } from '@whosaid/core/schemas'
import { describe, expect, test } from 'vitest'
import { fixtureRelations } from '../../test/relations-fixture.ts'
import type { RelationView } from './api-types.ts'
import { type Box, boxesOverlap } from './graph-labels.ts'
import { layoutGraph } from './graph-layout.ts'

function edge(source: string, target: string, polarity: Polarity = 'oppose', count = 1): RelationView {
  return {
    source,
    sourceName: source.toUpperCase(),
    target,
    targetName: target.toUpperCase(),
    polarity,
    count,
    statements: [`s-${source}-${target}`],
  }
}

const small = [edge('a', 'b'), edge('b', 'a', 'support'), edge('a', 'c', 'oppose', 4), edge('d', 'e')]

function ring(size: number): RelationView[] {
  return Array.from({ length: size }, (_, i) =>
    edge(`n${i}`, `n${(i + 1) % size}`, i % 2 ? 'support' : 'oppose'),
  )
}

describe('layoutGraph', () => {
  test('no relations: an empty picture', () => {
    expect(layoutGraph([])).toMatchObject({ nodes: [], edges: [] })
  })

  test('one node per actor, one edge per relation, heaviest actor first', () => {
    const layout = layoutGraph(small)
    expect(layout.nodes.map((node) => node.id)).toEqual(['a', 'c', 'b', 'd', 'e'])
    expect(layout.edges).toHaveLength(4)
    expect(layout.nodes[0]?.name).toBe('A')
  })

  test('the same input gives the same picture', () => {
    expect(layoutGraph(ring(12))).toEqual(layoutGraph(ring(12)))
  })

  test.each<[string, RelationView[]]>([
    ['2 actors', ring(2)],
    ['5 actors in a ring', ring(5)],
    ['30 actors in a ring', ring(30)],
    ['a star of 40 around one hub', Array.from({ length: 40 }, (_, i) => edge('hub', `leaf${i}`))],
    ['50 actors', fixtureRelations(50)],
    ['80 actors', fixtureRelations(80)],
    ['100 actors', fixtureRelations(100, 100)],
    ['120 actors in a ring', ring(120)],
  ])('%s: no label overlaps another label or a node, and nothing leaves the picture', (_name, relations) => {
    const layout = layoutGraph(relations)
    const circles: Box[] = layout.nodes.map((n) => ({
      x: n.x - n.r,
      y: n.y - n.r,
      width: 2 * n.r,
      height: 2 * n.r,
    }))
    const overlaps: string[] = []
    for (const [i, node] of layout.nodes.entries()) {
      const box = node.labelBox
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width)
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height)
      for (const [j, other] of layout.nodes.entries()) {
        if (i === j) continue
        if (boxesOverlap(box, other.labelBox)) overlaps.push(`${node.label} / label ${other.label}`)
        if (boxesOverlap(box, circles[j] as Box)) overlaps.push(`${node.label} / node ${other.label}`)
      }
    }
    expect(overlaps).toEqual([])
    expect(new Set(layout.nodes.map((n) => n.id)).size).toBe(layout.nodes.length)
  })

  test.each([50, 80, 100])(
    'the picture of %i actors fits a page column at full size (12 px labels)',
    (actors) => {
      const layout = layoutGraph(fixtureRelations(actors, 100))
      expect(layout.nodes).toHaveLength(actors)
      expect(layout.width).toBeLessThanOrEqual(1100)
      expect(layout.height).toBeLessThan(2 * layout.width)
    },
  )

  test('a long name is cut, with the whole name kept for its title', () => {
    const name = 'Confederation of British Industry and Commerce'
    const [node] = layoutGraph([{ ...edge('a', 'b'), sourceName: name }]).nodes
    expect(node?.label).toBe('Confederation of British…')
    expect(node?.name).toBe(name)
  })

  test('edges both ways between two actors bend apart', () => {
    const [ab, ba] = layoutGraph(small).edges
    expect(ab?.path).toMatch(/^M[\d.]+ [\d.]+Q[\d.]+ [\d.]+ [\d.]+ [\d.]+$/)
    expect(ab?.path).not.toBe(ba?.path)
  })

  test('heavier edges are drawn wider', () => {
    const edges = layoutGraph(small).edges
    expect(edges.find((e) => e.target === 'c')?.width).toBeGreaterThan(edges[0]?.width ?? 0)
  })

  test('a self-loop is dropped', () => {
    expect(layoutGraph([edge('a', 'a')]).edges).toHaveLength(0)
  })
})
