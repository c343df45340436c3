import type { Force, SimulationNodeDatum } from 'd3-force'

/** An axis-aligned box: left, top, width, height. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

// Advance widths in ems of DejaVu Sans Bold, the widest sans-serif bold a reader's system is likely to fall back
// to (Debian's default); system-ui, Roboto, Segoe UI and Arial are narrower, so a label never outgrows its box.
const WIDE: Record<string, number> = {
  a: 0.675,
  b: 0.716,
  c: 0.593,
  d: 0.716,
  e: 0.678,
  f: 0.435,
  g: 0.716,
  h: 0.712,
  i: 0.343,
  j: 0.343,
  k: 0.665,
  l: 0.343,
  m: 1.042,
  n: 0.712,
  o: 0.687,
  p: 0.716,
  q: 0.716,
  r: 0.493,
  s: 0.595,
  t: 0.478,
  u: 0.712,
  v: 0.652,
  w: 0.924,
  x: 0.645,
  y: 0.652,
  z: 0.582,
  A: 0.774,
  B: 0.762,
  C: 0.734,
  D: 0.83,
  E: 0.683,
  F: 0.683,
  G: 0.821,
  H: 0.837,
  I: 0.372,
  J: 0.372,
  K: 0.775,
  L: 0.637,
  M: 0.995,
  N: 0.837,
  O: 0.85,
  P: 0.733,
  Q: 0.85,
  R: 0.77,
  S: 0.72,
  T: 0.682,
  U: 0.812,
  V: 0.774,
  W: 1.103,
  X: 0.771,
  Y: 0.724,
  Z: 0.725,
  ' ': 0.348,
  '.': 0.38,
  ',': 0.38,
  '-': 0.415,
  "'": 0.331,
  '’': 0.38,
  '(': 0.457,
  ')': 0.457,
  '&': 0.872,
  '…': 1,
}

/** A character of no known width: digits and most Latin marks are narrower, CJK is one em. */
const DEFAULT_WIDTH = 0.75

/**
 * The width a label takes at `fontSize` in the graph's bold sans-serif, estimated on the server from per-letter
 * widths (accents count as their base letter, wide scripts as one em) and rounded up: never less than it draws.
 * @example labelWidth('Sergei Ryabkov', 12) // 107
 */
export function labelWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const char of text) {
    const base = char.normalize('NFD')[0] ?? char
    const code = char.codePointAt(0) ?? 0
    ems += WIDE[base] ?? (code >= 0x2e80 ? 1 : DEFAULT_WIDTH)
  }
  // 4% for kerning-free rendering and hinting at small sizes.
  return Math.ceil(ems * fontSize * 1.04)
}

/** Whether two boxes overlap once each is grown by `padding / 2` on every side. */
export function boxesOverlap(a: Box, b: Box, padding = 0): boolean {
  return overlapOf(a, b, padding) !== null
}

/** How far two boxes overlap on each axis (with padding), or null when they do not. */
function overlapOf(a: Box, b: Box, padding: number): { x: number; y: number } | null {
  const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + padding
  const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + padding
  return x > 0 && y > 0 ? { x, y } : null
}

/**
 * A d3-force force that pushes apart nodes whose boxes (circle and label) overlap, along the axis where they
 * overlap least, through their velocities as d3's own collision force does.
 * @example forceSimulation(nodes).force('boxes', forceBoxCollide((node) => boxOf(node), 6))
 */
export function forceBoxCollide<Node extends SimulationNodeDatum>(
  boxOf: (node: Node) => Box,
  padding: number,
  strength = 0.7,
): Force<Node, never> {
  let nodes: Node[] = []
  const force = (() => {
    const boxes = nodes.map(boxOf)
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = boxes[i] as Box
        const b = boxes[j] as Box
        const overlap = overlapOf(a, b, padding)
        if (!overlap) continue
        const p = nodes[i] as Node
        const q = nodes[j] as Node
        if (overlap.x < overlap.y) {
          const shift = (overlap.x / 2) * strength * (centre(a).x <= centre(b).x ? -1 : 1)
          p.vx = (p.vx ?? 0) + shift
          q.vx = (q.vx ?? 0) - shift
        } else {
          const shift = (overlap.y / 2) * strength * (centre(a).y <= centre(b).y ? -1 : 1)
          p.vy = (p.vy ?? 0) + shift
          q.vy = (q.vy ?? 0) - shift
        }
      }
    }
  }) as Force<Node, never>
  force.initialize = (given: Node[]) => {
    nodes = given
  }
  return force
}

/**
 * Moves nodes until no two boxes overlap (with padding): each round separates every overlapping pair along its
 * axis of least overlap, by half the overlap each, until a round finds none; after `rounds` without success it
 * settles the rest on a spiral (`settleBoxes`). Returns 0: no two boxes overlap.
 */
export function separateBoxes<Node extends SimulationNodeDatum>(
  nodes: Node[],
  boxOf: (node: Node) => Box,
  padding: number,
  rounds = 400,
): number {
  let found = 0
  for (let round = 0; round < rounds; round++) {
    found = 0
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const p = nodes[i] as Node
        const q = nodes[j] as Node
        const a = boxOf(p)
        const b = boxOf(q)
        const overlap = overlapOf(a, b, padding)
        if (!overlap) continue
        found++
        // A hair more than half each, so that rounding never leaves a pair touching.
        if (overlap.x < overlap.y) {
          const shift = (overlap.x / 2 + 0.05) * (centre(a).x <= centre(b).x ? -1 : 1)
          p.x = (p.x ?? 0) + shift
          q.x = (q.x ?? 0) - shift
        } else {
          const shift = (overlap.y / 2 + 0.05) * (centre(a).y <= centre(b).y ? -1 : 1)
          p.y = (p.y ?? 0) + shift
          q.y = (q.y ?? 0) - shift
        }
      }
    }
    if (found === 0) return 0
  }
  return settleBoxes(nodes, boxOf, padding)
}

/**
 * The last resort when pairwise pushing keeps oscillating (a pile of boxes on one spot): nodes in turn keep their
 * place if it is free of the boxes placed before them, or move to the nearest free place on a widening spiral.
 * Always ends with no overlap; returns 0.
 */
function settleBoxes<Node extends SimulationNodeDatum>(
  nodes: Node[],
  boxOf: (node: Node) => Box,
  padding: number,
): number {
  const placed: Box[] = []
  const free = (candidate: Box) => placed.every((other) => overlapOf(candidate, other, padding) === null)
  for (const node of nodes) {
    const home = boxOf(node)
    const step = Math.max(2, Math.min(home.width, home.height) / 2)
    let best = { dx: 0, dy: 0 }
    search: for (let ring = 0; ; ring++) {
      const turns = ring === 0 ? 1 : 8 * ring
      for (let k = 0; k < turns; k++) {
        const angle = (2 * Math.PI * k) / turns
        const dx = ring * step * Math.cos(angle)
        const dy = ring * step * Math.sin(angle)
        if (free({ ...home, x: home.x + dx, y: home.y + dy })) {
          best = { dx, dy }
          break search
        }
      }
    }
    node.x = (node.x ?? 0) + best.dx
    node.y = (node.y ?? 0) + best.dy
    placed.push(boxOf(node))
  }
  return 0
}

function centre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}
