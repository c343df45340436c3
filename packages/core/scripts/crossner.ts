// Reads CrossNER files (TOKEN TAG per line, IOB2 over fine-grained types) into documents with whosaid's types.
import { readFileSync } from 'node:fs'
import type { ConllDocument, ConllSentence } from './conll.ts'

/**
 * CrossNER's politics types as whosaid's kinds, from the data's README: politicians and persons are PER, parties
 * and organisations ORG, countries and locations LOC; elections, events and misc are not actors (MISC).
 */
export const CROSSNER_TYPES: Readonly<Record<string, 'PER' | 'ORG' | 'LOC' | 'MISC'>> = {
  politician: 'PER',
  person: 'PER',
  politicalparty: 'ORG',
  organisation: 'ORG',
  country: 'LOC',
  location: 'LOC',
  election: 'MISC',
  event: 'MISC',
  misc: 'MISC',
}

/** A CrossNER tag as a CoNLL one ("B-politician" → "B-PER"); an unknown type counts as MISC. */
export function mapCrossnerTag(tag: string): string {
  if (tag === 'O' || tag.length < 3) return 'O'
  return `${tag.slice(0, 2)}${CROSSNER_TYPES[tag.slice(2)] ?? 'MISC'}`
}

/**
 * Parses CrossNER text. Its sentences come from unrelated Wikipedia articles, so each is a document of its own:
 * no casing or earlier prediction carries over from one to the next.
 */
export function parseCrossner(text: string): ConllDocument[] {
  const documents: ConllDocument[] = []
  let current: ConllSentence = { tokens: [], tags: [] }
  const endSentence = () => {
    if (current.tokens.length > 0) documents.push([current])
    current = { tokens: [], tags: [] }
  }
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/)
    if (fields[0] === '') {
      endSentence()
      continue
    }
    current.tokens.push(fields[0] as string)
    current.tags.push(mapCrossnerTag(fields.length > 1 ? (fields.at(-1) as string) : 'O'))
  }
  endSentence()
  return documents
}

/** Reads a CrossNER file (see parseCrossner). */
export function readCrossner(path: string): ConllDocument[] {
  return parseCrossner(readFileSync(path, 'utf8'))
}
