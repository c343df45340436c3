import type { Polarity } from '@whosaid/core/schemas'
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force'
import type { RelationView } from './api-types.ts'
import { truncate } from './format.ts'
import { type Box, forceBoxCollide, labelWidth, separateBoxes } from './graph-labels.ts'

/** An actor placed on the relations picture, with its label's box beside it. */
export interface GraphNode {
  id: string
  name: string
  /** The label as drawn: the name, cut to LABEL_CHARS. */
  label: string
  x: number
  y: number
  r: number
  /** Statements on the node's edges, both ways. */
  weight: number
  /** Where the label's text starts (anchor start) and its baseline. */
  labelX: number
  labelY: number
  /** The box the label is kept inside: no other label and no node enters it. */
  labelBox: Box
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

/** The laid-out picture: everything in viewBox units, the viewBox being `0 0 width height`. */
export interface GraphLayout {
  width: number
  height: number
  nodes: GraphNode[]
  edges: GraphEdge[]
}

/** Options of `layoutGraph`. */
export interface LayoutOptions {
  /** Simulation ticks (default 300). */
  ticks?: number
  /** The label font size in viewBox units (default 12, as RelationGraph.astro draws it). */
  fontSize?: number
}

/** Labels longer than this are cut with an ellipsis. */
export const LABEL_CHARS = 26

/** Room kept around the picture so that no label, arrow or curve is cut at the edge. */
const MARGIN = 16
/** The gap between a node's rim and its label. */
const LABEL_GAP = 4
/** The least distance kept between two actors' boxes. */
const PADDING = 6

interface Body extends SimulationNodeDatum {
  index: number
  r: number
  labelWidth: number
}

/**
 * Lays out actors and their stance edges on the server with d3-force (links, many-body repulsion, a pull to the
 * centre that favours a wide picture) and keeps every actor's circle and label in one box that no other box may
 * overlap: a collision force during the simulation, then an exact separation pass. The viewBox is the boxes'
 * extent plus a margin, so nothing is cut at the edge. Deterministic: d3-force's random source is seeded.
 * @example layoutGraph(relations).nodes.map((node) => [node.name, node.x, node.y])
 */
export function layoutGraph(relations: readonly RelationView[], options: LayoutOptions = {}): GraphLayout {
  const fontSize = options.fontSize ?? 12
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
  if (ids.length === 0) return { width: 2 * MARGIN, height: 2 * MARGIN, nodes: [], edges: [] }
  const index = new Map(ids.map((id, i) => [id, i]))
  const labels = ids.map((id) => truncate(names.get(id) ?? id, LABEL_CHARS))
  const bodies: Body[] = ids.map((id, i) => ({
    index: i,
    r: radiusOf(weights.get(id) ?? 0),
    labelWidth: labelWidth(labels[i] ?? '', fontSize),
  }))
  const links = linksOf(relations, index)
  const boxOf = (body: Body): Box => bodyBox(body, fontSize)

  const simulation = forceSimulation<Body>(bodies)
    .force(
      'link',
      forceLink<Body, SimulationLinkDatum<Body> & { count: number }>(links)
        .distance(
          (link) => 40 + (0.6 * ((link.source as Body).labelWidth + (link.target as Body).labelWidth)) / 2,
        )
        .strength(0.4),
    )
    .force('charge', forceManyBody<Body>().strength(-220).distanceMax(600))
    // A stronger pull across than down keeps the picture within a column's width; pages scroll down, not across.
    .force('x', forceX<Body>(0).strength(0.1))
    .force('y', forceY<Body>(0).strength(0.07))
    .force('boxes', forceBoxCollide<Body>(boxOf, PADDING))
    .stop()
  simulation.tick(options.ticks ?? 300)
  separateBoxes(bodies, boxOf, PADDING)

  // Place once at simulation coordinates, then shift everything so that boxes and curves start at the margin.
  const placed = placeNodes(ids, names, weights, labels, bodies, fontSize, 0, 0)
  const boxes = [...bodies.map(boxOf), ...placed.map((node) => node.labelBox)]
  const points = drawEdges(relations, placed).flatMap((edge) => pointsOf(edge.path))
  const minX = Math.min(...boxes.map((box) => box.x), ...points.map(([x]) => x))
  const minY = Math.min(...boxes.map((box) => box.y), ...points.map(([, y]) => y))
  const maxX = Math.max(...boxes.map((box) => box.x + box.width), ...points.map(([x]) => x))
  const maxY = Math.max(...boxes.map((box) => box.y + box.height), ...points.map(([, y]) => y))
  const nodes = placeNodes(ids, names, weights, labels, bodies, fontSize, MARGIN - minX, MARGIN - minY)
  return {
    width: Math.ceil(maxX - minX + 2 * MARGIN),
    height: Math.ceil(maxY - minY + 2 * MARGIN),
    nodes,
    edges: drawEdges(relations, nodes),
  }
}

/** The nodes at their simulated places, shifted by (dx, dy), each with its label's place and box. */
function placeNodes(
  ids: readonly string[],
  names: ReadonlyMap<string, string>,
  weights: ReadonlyMap<string, number>,
  labels: readonly string[],
  bodies: readonly Body[],
  fontSize: number,
  dx: number,
  dy: number,
): GraphNode[] {
  const height = labelHeight(fontSize)
  return bodies.map((body, i) => {
    const id = ids[i] ?? ''
    const x = round((body.x ?? 0) + dx)
    const y = round((body.y ?? 0) + dy)
    return {
      id,
      name: names.get(id) ?? id,
      label: labels[i] ?? '',
      x,
      y,
      r: body.r,
      weight: weights.get(id) ?? 0,
      labelX: round(x + body.r + LABEL_GAP),
      labelY: round(y + fontSize * 0.35),
      labelBox: {
        x: round(x + body.r + LABEL_GAP),
        y: round(y - height / 2),
        width: body.labelWidth,
        height,
      },
    }
  })
}

/** The radius of an actor's circle: grows with the square root of its statements, 6 to 24. */
function radiusOf(weight: number): number {
  return round(Math.min(24, 6 + 3 * Math.sqrt(weight)))
}

function labelHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.4)
}

/** An actor's circle and its label to the right, as one box in simulation coordinates. */
function bodyBox(body: Body, fontSize: number): Box {
  const half = Math.max(body.r, labelHeight(fontSize) / 2)
  const x = (body.x ?? 0) - body.r
  return { x, y: (body.y ?? 0) - half, width: 2 * body.r + LABEL_GAP + body.labelWidth, height: 2 * half }
}

/** One link per pair of actors, whatever the direction and polarity, weighted by statements. */
function linksOf(
  relations: readonly RelationView[],
  index: ReadonlyMap<string, number>,
): (SimulationLinkDatum<Body> & { count: number })[] {
  const links = new Map<string, { source: number; target: number; count: number }>()
  for (const edge of relations) {
    const a = index.get(edge.source)
    const b = index.get(edge.target)
    if (a === undefined || b === undefined || a === b) continue
    const key = a < b ? `${a} ${b}` : `${b} ${a}`
    const link = links.get(key)
    if (link) link.count += edge.count
    else links.set(key, { source: Math.min(a, b), target: Math.max(a, b), count: edge.count })
  }
  return [...links.values()]
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

interface Point {
  x: number
  y: number
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

/** The numbers of a path as [x, y] pairs. */
function pointsOf(path: string): [number, number][] {
  const numbers = path.split(/[MQ ]/).filter(Boolean).map(Number)
  const points: [number, number][] = []
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i] ?? 0, numbers[i + 1] ?? 0])
  return points
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
