// Reads a PolNeAR split (brat standoff) into plain attribution records for the statements train and eval scripts.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Span } from '../src/schemas/span.ts'

/** One gold attribution: its content fragments (Content and Content2 merged), cue and source fragments. */
export interface GoldAttribution {
  content: Span[]
  cue: Span[]
  /** Empty for an `Attribution-no-source` event. */
  source: Span[]
}

/** One article of a split: its name, text and gold attributions. */
export interface GoldArticle {
  name: string
  text: string
  attributions: GoldAttribution[]
}

/** Parses the fragments of a brat T-line's offsets, "10 20;30 40" → two spans. */
function parseFragments(offsets: string): Span[] {
  return offsets.split(';').map((part) => {
    const [start, end] = part.trim().split(' ').map(Number)
    return { start: start ?? 0, end: end ?? 0 }
  })
}

/** Parses one .ann file into attributions; events without content are dropped, as the corpus README does. */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, { label: string; fragments: Span[] }>()
  const events: string[][] = []
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t')
    if (!id || !body) continue
    if (id.startsWith('T')) {
      const space = body.indexOf(' ')
      spans.set(id, { label: body.slice(0, space), fragments: parseFragments(body.slice(space + 1)) })
    } else if (id.startsWith('E')) {
      events.push(body.trim().split(' '))
    }
  }
  const attributions: GoldAttribution[] = []
  for (const roles of events) {
    const gold: GoldAttribution = { content: [], cue: [], source: [] }
    for (const role of roles.slice(1)) {
      const [name, ref] = role.split(':')
      const fragments = spans.get(ref ?? '')?.fragments ?? []
      if (name?.startsWith('Content')) gold.content.push(...fragments)
      else if (name?.startsWith('Cue')) gold.cue.push(...fragments)
      else if (name?.startsWith('Source')) gold.source.push(...fragments)
    }
    if (gold.content.length === 0) continue
    gold.content.sort((a, b) => a.start - b.start)
    attributions.push(gold)
  }
  return attributions
}

/** Reads every article of a split folder holding `text/` and `attributions/`. */
export function readPolnear(dir: string): GoldArticle[] {
  const annFiles = readdirSync(join(dir, 'attributions')).filter((file) => file.endsWith('.ann'))
  const byName = new Map<string, string>()
  for (const file of annFiles) byName.set(file.replace(/_[0-9a-f]{4}\.ann$/, ''), file)
  const articles: GoldArticle[] = []
  for (const file of readdirSync(join(dir, 'text')).sort()) {
    if (!file.endsWith('.txt')) continue
    const name = file.slice(0, -4)
    const annFile = byName.get(name)
    const text = readFileSync(join(dir, 'text', file), 'utf8')
    const attributions = annFile ? parseAnn(readFileSync(join(dir, 'attributions', annFile), 'utf8')) : []
    articles.push({ name, text, attributions })
  }
  return articles
}
