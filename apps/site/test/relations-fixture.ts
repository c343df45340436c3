import type { Polarity } from '@whosaid/core/schemas'
import type { RelationView } from '../src/lib/api-types.ts'

// A made-up but realistic stance graph: a few hubs many others speak about, names of every length (short
// countries, long ministries, accented and hyphenated names), up to 100 edges (the API's page size).

const FIRST = [
  'Ann',
  'Sergei',
  'María José',
  'Olaf',
  'Wang',
  'Jean-Luc',
  'Ngozi',
  'Bob',
  'Émilie',
  'Xi',
  'Kwame',
]
const LAST = [
  'Lee',
  'Ryabkov',
  'Fernández de Kirchner',
  'Scholz',
  'Yi',
  'Mélenchon',
  'Okonjo-Iweala',
  'Hawke',
]
const BODIES = [
  'Ministry of Foreign Affairs',
  'European Commission',
  'NATO',
  'World Health Organization',
  'Department of Justice',
  'Bank of England',
  'Confederation of British Industry',
  'UN',
]
const PLACES = [
  'France',
  'Russia',
  'United States',
  'Chad',
  'Democratic Republic of the Congo',
  'Peru',
  'Iran',
]
const POLARITIES: Polarity[] = ['oppose', 'support', 'blame', 'demand', 'threaten', 'neutral']

/** A seeded pseudo-random sequence (mulberry32), so the fixture is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** The name and id of the n-th made-up actor: people, organizations and countries in turn. */
export function fixtureActor(n: number): { id: string; name: string } {
  if (n % 5 === 3) {
    const name = `${BODIES[n % BODIES.length]}${n >= BODIES.length ? ` ${Math.floor(n / BODIES.length)}` : ''}`
    return { id: `organization:o${n}`, name }
  }
  if (n % 5 === 4) {
    const name = `${PLACES[n % PLACES.length]}${n >= PLACES.length ? ` ${Math.floor(n / PLACES.length)}` : ''}`
    return { id: `country:c${n}`, name }
  }
  return { id: `person:p${n}`, name: `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}` }
}

/**
 * `actors` actors joined by `edges` stance edges (at least one per actor: each joins an earlier one, hubs first),
 * best attested first, as GET /v1/relations answers them.
 */
export function fixtureRelations(
  actors: number,
  edges = Math.min(100, Math.ceil(actors * 1.25)),
  seed = 7,
): RelationView[] {
  const next = random(seed)
  const pairs = new Map<string, RelationView>()
  const add = (a: number, b: number) => {
    const source = fixtureActor(a)
    const target = fixtureActor(b)
    const polarity = POLARITIES[Math.floor(next() * POLARITIES.length)] ?? 'oppose'
    const key = `${source.id} ${target.id} ${polarity}`
    if (a === b || pairs.has(key)) return
    const count = 1 + Math.floor(next() ** 3 * 14)
    pairs.set(key, {
      source: source.id,
      sourceName: source.name,
      target: target.id,
      targetName: target.name,
      polarity,
      count,
      statements: Array.from({ length: Math.min(count, 20) }, (_, i) => `st_${a}_${b}_${i}`),
    })
  }
  // Each actor after the first speaks about (or is spoken of by) an earlier one, hubs more often.
  for (let n = 1; n < actors; n++) {
    const earlier = Math.floor(next() ** 2 * n)
    if (next() < 0.5) add(n, earlier)
    else add(earlier, n)
  }
  for (let guard = 0; pairs.size < edges && guard < edges * 20; guard++) {
    add(Math.floor(next() ** 2 * actors), Math.floor(next() * actors))
  }
  return [...pairs.values()]
    .sort((a, b) => b.count - a.count || a.source.localeCompare(b.source))
    .slice(0, edges)
}
