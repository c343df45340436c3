import type { ActorKind } from '../../schemas/actor.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

// A line of names is short: a table's cell ("Tarrow and Vell North", "Dr Ann Vale"), not a sentence.
const LONGEST_LINE = 10
// Lower-case words and marks a cell of names may hold besides the names: "Tarrow and Vell", "Vale (Orlin)".
const JOINERS = new Set(['and', '&', ',', '-', 'of', 'the', '(', ')', '.'])
// Lines a row may run to, and rows a table needs before its columns count.
const LONGEST_ROW = 4
const FEWEST_ROWS = 4
// The share of a column's names one kind must pass for the column to be of that kind: a majority, since the
// tagger takes many towns of a list of seats for football clubs and some for people.
const COLUMN_SHARE = 0.5
const SETTLED_KINDS = new Set<ActorKind>(['person', 'location', 'organization'])

/** A paragraph of one sentence: its mentions, and whether it is a line of names alone. */
interface Line {
  names: boolean
  mentions: Mention[]
}

/**
 * A table set out one cell a line, as pages copied from the web are ("Tarrow and Vell North" / "Ann Vale" /
 * "ann.vale@example.org", again for each row): the lines that repeat with the same shape for four rows or more
 * are a table, and each column of names in it is one sort of thing. Where most of a column's names are of one
 * kind (person, place or organization), a name of another kind in that column takes it: a constituency the
 * tagger took for a person among places ("Vell Green"), a member it took for a body among people. A name of the
 * first row (the table's header, maybe), a country, or a name another stage gave its one name stays what it is.
 * Changes `found.mentions` in place.
 * @example // "Tarrow / Ann Vale / Vell Green / Tom Pike / …" → "Vell Green" a place like the column's others
 */
export function settleLineColumns(article: TaggedArticle, found: ArticleMentions): void {
  const lines = linesOf(article, found.mentions)
  let s = 0
  while (s < lines.length) {
    const period = periodAt(lines, s)
    if (period === undefined) {
      s++
      continue
    }
    let end = s + period
    while (end < lines.length && lines[end]?.names === lines[end - period]?.names) end++
    for (let column = s; column < s + period; column++) {
      if (!lines[column]?.names) continue
      const cells: Line[] = []
      for (let k = column; k < end; k += period) cells.push(lines[k] as Line)
      // The first row may be the table's header ("Seat" / "Member of Parliament"): counted, never changed.
      settleColumn(
        cells.flatMap((line) => line.mentions),
        new Set(cells[0]?.mentions),
      )
    }
    s = end
  }
}

/** The paragraphs of the body in order, each of one sentence read as a line; others break a table. */
function linesOf(article: TaggedArticle, mentions: readonly Mention[]): Line[] {
  const { tokens, sentences, sentenceOf } = article
  const bySentence = new Map<number, Mention[]>()
  for (const m of mentions) {
    const s = sentenceOf[m.first] as number
    const own = bySentence.get(s)
    if (own) own.push(m)
    else bySentence.set(s, [m])
  }
  const lines: Line[] = []
  sentences.forEach((sentence, s) => {
    if (sentence.paragraph < 0) return
    const sameParagraph = (t: number) => sentences[t]?.paragraph === sentence.paragraph
    if (sameParagraph(s - 1)) {
      // A paragraph of several sentences is prose: it is one line, no name line.
      const last = lines.at(-1)
      if (last) last.names = false
      return
    }
    const own = bySentence.get(s) ?? []
    const covered = new Set(own.flatMap((m) => range(m.first, m.last)))
    // A cell the tagger found no name in ("Tarrow", taken for no name) is still a cell of the column.
    let names = sentence.last - sentence.first <= LONGEST_LINE && !sameParagraph(s + 1)
    for (let k = sentence.first; names && k < sentence.last; k++) {
      const word = tokens[k]?.text ?? ''
      names = covered.has(k) || JOINERS.has(word) || /^\p{Lu}/u.test(word)
    }
    names &&= own.length > 0 || /^\p{Lu}/u.test(tokens[sentence.first]?.text ?? '')
    lines.push({ names, mentions: own })
  })
  return lines
}

/** The number of lines of the table's rows starting at `s`, if its lines repeat a row's shape for enough rows. */
function periodAt(lines: readonly Line[], s: number): number | undefined {
  for (let period = 2; period <= LONGEST_ROW; period++) {
    if (s + period * FEWEST_ROWS > lines.length) return undefined
    const row = lines.slice(s, s + period)
    if (row.filter((line) => line.names).length < 2) continue
    let same = true
    for (let k = s + period; same && k < s + period * FEWEST_ROWS; k++)
      same = lines[k]?.names === lines[k - period]?.names
    if (same) return period
  }
  return undefined
}

/** Gives the names of one column the kind most of them have, where one has. */
function settleColumn(column: readonly Mention[], header: ReadonlySet<Mention>): void {
  const counts = new Map<ActorKind, number>()
  for (const m of column) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1)
  const [kind, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['person', 0]
  if (!SETTLED_KINDS.has(kind) || count <= COLUMN_SHARE * column.length) return
  for (const m of column)
    if (m.kind !== kind && SETTLED_KINDS.has(m.kind) && !header.has(m) && m.country === undefined)
      if (m.canonical === undefined) m.kind = kind
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first }, (_, k) => first + k)
}
