import type { Polarity } from '@whosaid/core/schemas'
import { describe, expect, test } from 'vitest'
import type { RelationView } from './api-types.ts'
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

  test.each([2, 5, 30, 120])('%i actors stay inside the canvas and apart', (size) => {
    const layout = layoutGraph(ring(size))
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0)
      expect(node.x).toBeLessThanOrEqual(layout.width)
      expect(node.y).toBeGreaterThanOrEqual(0)
      expect(node.y).toBeLessThanOrEqual(layout.height)
    }
    const nodes = layout.nodes
    let closest = Number.POSITIVE_INFINITY
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]
        const b = nodes[j]
        if (a && b) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y))
      }
    }
    expect(closest).toBeGreaterThan(size > 60 ? 12 : 30)
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
