// Reads CoNLL-2003 files into documents of tagged sentences, and scores chunks the way conlleval does.
import { readFileSync } from 'node:fs'

/** One sentence: its tokens and their IOB tags (IOB1 input is converted to IOB2). */
export interface ConllSentence {
  tokens: string[]
  tags: string[]
}

/** One document: the sentences between two -DOCSTART- lines, or guessed from datelines when there are none. */
export type ConllDocument = ConllSentence[]

/** Reads a CoNLL-2003 file (TOKEN POS CHUNK NER per line) into documents. */
export function readConll(path: string): ConllDocument[] {
  const documents: ConllDocument[] = []
  let sentences: ConllSentence[] = []
  let current: ConllSentence = { tokens: [], tags: [] }
  let sawDocstart = false
  const endSentence = () => {
    if (current.tokens.length > 0) sentences.push({ tokens: current.tokens, tags: toIob2(current.tags) })
    current = { tokens: [], tags: [] }
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const fields = line.trim().split(/\s+/)
    if (fields[0] === '-DOCSTART-') {
      endSentence()
      if (sentences.length > 0) documents.push(sentences)
      sentences = []
      sawDocstart = true
      continue
    }
    if (line.trim() === '') {
      endSentence()
      continue
    }
    current.tokens.push(fields[0] as string)
    current.tags.push(fields.at(-1) as string)
  }
  endSentence()
  if (sentences.length > 0) documents.push(sentences)
  return sawDocstart ? documents : documents.flatMap(splitAtDatelines)
}

const DATELINE = /^(?:[A-Z][A-Za-z.'-]* ,? ?)*\d{4}-\d{2}-\d{2}$/

/** Without -DOCSTART-, a story starts at its headline: the sentence before its dateline (or before a byline). */
function splitAtDatelines(sentences: ConllSentence[]): ConllDocument[] {
  const starts = new Set<number>([0])
  sentences.forEach((sentence, s) => {
    if (!DATELINE.test(sentence.tokens.join(' '))) return
    const byline = sentences[s - 1]
    const isByline =
      byline !== undefined && byline.tokens.length <= 4 && byline.tokens.every((t) => /^[A-Z]/.test(t))
    const start = Math.max(0, s - (isByline ? 2 : 1))
    starts.add(start)
  })
  const sorted = [...starts].sort((a, b) => a - b)
  return sorted
    .map((start, k) => sentences.slice(start, sorted[k + 1] ?? sentences.length))
    .filter((d) => d.length)
}

function toIob2(tags: string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag
    const previous = tags[i - 1]
    return previous === undefined || previous === 'O' || previous.slice(2) !== tag.slice(2)
      ? `B-${tag.slice(2)}`
      : tag
  })
}

/** A chunk: type and token range [start, end) in a sentence. */
export interface Chunk {
  type: string
  start: number
  end: number
}

/** The chunks of an IOB2 tag sequence. */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = []
  let open: Chunk | null = null
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? '' : tag.slice(2)
    const continues = open !== null && tag.startsWith('I-') && open.type === type
    if (open && !continues) {
      open.end = i
      chunks.push(open)
      open = null
    }
    if (!open && type) open = { type, start: i, end: i + 1 }
  })
  if (open) {
    ;(open as Chunk).end = tags.length
    chunks.push(open)
  }
  return chunks
}

/** Counts of exact-chunk matches per type. */
export interface ChunkScore {
  correct: Map<string, number>
  gold: Map<string, number>
  predicted: Map<string, number>
}

/** An empty score. */
export function newScore(): ChunkScore {
  return { correct: new Map(), gold: new Map(), predicted: new Map() }
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

/** Adds one sentence's chunks to a score, counting only the given types (MISC is left out by the caller). */
export function addToScore(
  score: ChunkScore,
  gold: readonly string[],
  predicted: readonly string[],
  types: readonly string[],
): void {
  const goldChunks = chunksOf(gold).filter((c) => types.includes(c.type))
  const predictedChunks = chunksOf(predicted).filter((c) => types.includes(c.type))
  const keys = new Set(goldChunks.map((c) => `${c.type}:${c.start}:${c.end}`))
  for (const c of goldChunks) bump(score.gold, c.type)
  for (const c of predictedChunks) {
    bump(score.predicted, c.type)
    if (keys.has(`${c.type}:${c.start}:${c.end}`)) bump(score.correct, c.type)
  }
}

/** Precision, recall and F1 for one type, or over all when type is undefined. */
export function prf(score: ChunkScore, type?: string): { p: number; r: number; f: number; gold: number } {
  const sum = (map: Map<string, number>) =>
    type === undefined ? [...map.values()].reduce((a, b) => a + b, 0) : (map.get(type) ?? 0)
  const correct = sum(score.correct)
  const gold = sum(score.gold)
  const predicted = sum(score.predicted)
  const p = predicted ? correct / predicted : 0
  const r = gold ? correct / gold : 0
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, gold }
}
