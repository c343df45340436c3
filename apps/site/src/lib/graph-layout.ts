import type { Polarity } from '@whosaid/core/schemas'
import type { RelationView } from './api-types.ts'

/** An actor placed on the relations picture. */
export interface GraphNode {
  id: string
  name: string
  x: number
  y: number
  r: number
  /** Statements on the node's edges, both ways. */
  weight: number
  labelAnchor: 'start' | 'end'
}

/** A stance edge drawn as a curve from speaker to target, ending at the target's rim. */
export interface GraphEdge {
  source: string
  sourceName: string
  target: string
  targetName: string
  polarity: Polarity
  count: number
  statements: string[]
  path: string
  width: number
}

/** The laid-out picture: everything in viewBox units. */
export interface GraphLayout {
  width: number
  height: number
  nodes: GraphNode[]
  edges: GraphEdge[]
}

/** Options of `layoutGraph`. */
export interface LayoutOptions {
  width?: number
  height?: number
  iterations?: number
}

/** Pull towards the centre per unit of distance, balanced against the repulsion of a packed canvas. */
const GRAVITY = 2

interface Point {
  x: number
  y: number
}

/**
 * Lays out actors and their stance edges with a deterministic force-directed pass (Fruchterman–Reingold
 * with gravity), so the same relations always give the same picture and the server can draw it without JS.
 * @example layoutGraph(relations).nodes.map((node) => [node.name, node.x, node.y])
 */
export function layoutGraph(relations: readonly RelationView[], options: LayoutOptions = {}): GraphLayout {
  const width = options.width ?? 960
  const height = options.height ?? 640
  const names = new Map<string, string>()
  const weights = new Map<string, number>()
  for (const edge of relations) {
    names.set(edge.source, edge.sourceName)
    names.set(edge.target, edge.targetName)
    weights.set(edge.source, (weights.get(edge.source) ?? 0) + edge.count)
    weights.set(edge.target, (weights.get(edge.target) ?? 0) + edge.count)
  }
  const ids = [...names.keys()].sort(
    (a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0) || a.localeCompare(b),
  )
  const index = new Map(ids.map((id, i) => [id, i]))
  const links = new Map<string, [number, number, number]>()
  for (const edge of relations) {
    const a = index.get(edge.source) ?? 0
    const b = index.get(edge.target) ?? 0
    if (a === b) continue
    const key = a < b ? `${a} ${b}` : `${b} ${a}`
    const link = links.get(key)
    if (link) link[2] += edge.count
    else links.set(key, [Math.min(a, b), Math.max(a, b), edge.count])
  }
  const margin = 70
  const positions = place(
    ids.length,
    [...links.values()],
    width - 2 * margin,
    height - 2 * margin,
    options.iterations,
  )
  const nodes: GraphNode[] = ids.map((id, i) => {
    const point = positions[i] ?? { x: 0, y: 0 }
    const x = round(margin + point.x)
    return {
      id,
      name: names.get(id) ?? id,
      x,
      y: round(margin + point.y),
      r: round(Math.min(24, 6 + 3 * Math.sqrt(weights.get(id) ?? 0))),
      weight: weights.get(id) ?? 0,
      labelAnchor: x > width * 0.62 ? 'end' : 'start',
    }
  })
  return { width, height, nodes, edges: drawEdges(relations, nodes) }
}

/** Runs the force simulation in a w×h box; nodes start on a circle (heaviest first) so the result is repeatable. */
function place(
  count: number,
  links: [number, number, number][],
  w: number,
  h: number,
  iterations?: number,
): Point[] {
  if (count === 0) return []
  if (count === 1) return [{ x: w / 2, y: h / 2 }]
  const points: Point[] = Array.from({ length: count }, (_, i) => {
    const angle = (2 * Math.PI * i) / count
    const radius = 0.45 * Math.min(w, h) * (0.6 + (0.4 * ((i * 7) % 5)) / 4)
    return { x: w / 2 + radius * Math.cos(angle), y: h / 2 + radius * Math.sin(angle) }
  })
  const k = 0.9 * Math.sqrt((w * h) / count)
  const steps = iterations ?? Math.max(80, Math.min(300, Math.round(30_000 / count)))
  const shift = points.map(() => ({ x: 0, y: 0 }))
  for (let step = 0; step < steps; step++) {
    const temperature = (0.1 * Math.min(w, h) * (steps - step)) / steps
    for (const d of shift) {
      d.x = 0
      d.y = 0
    }
    for (let i = 0; i < count; i++) {
      const p = points[i] as Point
      const di = shift[i] as Point
      for (let j = i + 1; j < count; j++) {
        const q = points[j] as Point
        const dj = shift[j] as Point
        let dx = p.x - q.x
        let dy = p.y - q.y
        let distance = Math.hypot(dx, dy)
        if (distance < 0.01) {
          dx = 0.01 * (i - j)
          dy = 0.01
          distance = Math.hypot(dx, dy)
        }
        const force = (k * k) / distance
        di.x += (dx / distance) * force
        di.y += (dy / distance) * force
        dj.x -= (dx / distance) * force
        dj.y -= (dy / distance) * force
      }
    }
    for (const [a, b, weight] of links) {
      const p = points[a] as Point
      const q = points[b] as Point
      const dx = p.x - q.x
      const dy = p.y - q.y
      const distance = Math.max(0.01, Math.hypot(dx, dy))
      const force = ((distance * distance) / k) * Math.min(2, 1 + Math.log(weight) / 3)
      const da = shift[a] as Point
      const db = shift[b] as Point
      da.x -= (dx / distance) * force
      da.y -= (dy / distance) * force
      db.x += (dx / distance) * force
      db.y += (dy / distance) * force
    }
    for (let i = 0; i < count; i++) {
      const p = points[i] as Point
      const d = shift[i] as Point
      // Gravity, not walls, keeps separate clusters together; `fit` scales the result to the canvas.
      d.x += (w / 2 - p.x) * GRAVITY
      d.y += (h / 2 - p.y) * GRAVITY
      const length = Math.hypot(d.x, d.y)
      if (length > 0) {
        const move = Math.min(length, temperature)
        p.x += (d.x / length) * move
        p.y += (d.y / length) * move
      }
    }
  }
  return fit(points, w, h)
}

/** Scales the points to fill the box; width and height scale apart, as a graph has no true aspect. */
function fit(points: Point[], w: number, h: number): Point[] {
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  const minX = Math.min(...xs)
  const minY = Math.min(...ys)
  const spanX = Math.max(...xs) - minX || 1
  const spanY = Math.max(...ys) - minY || 1
  // Never stretch a tight cluster more than 3× its other side, or two actors become a line across the page.
  const scaleX = Math.min(w / spanX, (3 * h) / spanY)
  const scaleY = Math.min(h / spanY, (3 * w) / spanX)
  const offsetX = (w - spanX * scaleX) / 2
  const offsetY = (h - spanY * scaleY) / 2
  return points.map((p) => ({ x: offsetX + (p.x - minX) * scaleX, y: offsetY + (p.y - minY) * scaleY }))
}

/** Draws each edge as a quadratic curve; edges between the same two actors bend apart so none hides another. */
function drawEdges(relations: readonly RelationView[], nodes: readonly GraphNode[]): GraphEdge[] {
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const pairs = new Map<string, number>()
  const seen = new Map<string, number>()
  for (const edge of relations) {
    const key = [edge.source, edge.target].sort().join(' ')
    pairs.set(key, (pairs.get(key) ?? 0) + 1)
  }
  const edges: GraphEdge[] = []
  for (const edge of relations) {
    const from = byId.get(edge.source)
    const to = byId.get(edge.target)
    if (!from || !to || from === to) continue
    const key = [edge.source, edge.target].sort().join(' ')
    const total = pairs.get(key) ?? 1
    const nth = seen.get(key) ?? 0
    seen.set(key, nth + 1)
    // Lanes: 0 for a lone edge is still a slight bend, so A→B and B→A never overlap.
    const flip = edge.source < edge.target ? 1 : -1
    const lane = (nth - (total - 1) / 2) * 28 * flip + 14
    edges.push({
      ...edge,
      path: curve(from, to, lane),
      width: round(Math.min(7, 1.5 + Math.log2(edge.count) * 1.5)),
    })
  }
  return edges
}

function curve(from: GraphNode, to: GraphNode, bend: number): string {
  const dx = to.x - from.x
  const dy = to.y - from.y
  const length = Math.hypot(dx, dy) || 1
  const nx = -dy / length
  const ny = dx / length
  const cx = (from.x + to.x) / 2 + nx * bend
  const cy = (from.y + to.y) / 2 + ny * bend
  const start = towards(from, { x: cx, y: cy }, from.r + 2)
  const end = towards(to, { x: cx, y: cy }, to.r + 7)
  return `M${round(start.x)} ${round(start.y)}Q${round(cx)} ${round(cy)} ${round(end.x)} ${round(end.y)}`
}

/** The point `distance` from a node's centre towards `target`. */
function towards(node: Point, target: Point, distance: number): Point {
  const dx = target.x - node.x
  const dy = target.y - node.y
  const length = Math.hypot(dx, dy) || 1
  return { x: node.x + (dx / length) * distance, y: node.y + (dy / length) * distance }
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
