import type { Analysis } from '@whosaid/core'

// The short plain-text view of an analysis that the root README shows for the seed article: title and dateline,
// actors (with role and affiliation), statements (speaker, cue, content, stance) and relations.

const WIDTH = 112
const INDENT = ' '.repeat(10)
const CONTENT_CHARS = 80

/**
 * An analysis as the root README's "What it finds" block: one line per statement, columns aligned.
 * @example summarizeAnalysis(analyze(text)).split('\n')[0] // 'title     Ministers clash over fishing levies'
 */
export function summarizeAnalysis(analysis: Analysis): string {
  const { article, actors, statements } = analysis
  const text = article.text
  const names = new Map(actors.map((actor) => [actor.id, actor.name]))
  const lines: string[] = []
  lines.push(
    `title     ${article.title ?? '(none)'}${article.dateline ? `      dateline  ${article.dateline}` : ''}`,
  )
  const described = actors.map((actor) => {
    const about = [
      actor.role,
      actor.affiliation ? (names.get(actor.affiliation) ?? actor.affiliation) : undefined,
    ]
    const words = about.filter((word) => word !== undefined && word !== '')
    return words.length ? `${actor.id} (${words.join(', ')})` : actor.id
  })
  lines.push(...wrap('actors    ', described, ' · '))
  lines.push('statements')
  const rows = statements.map((statement) => ({
    speaker: statement.speaker ?? `(${statement.speakerReason ?? 'no speaker'})`,
    cue: `${statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '(no cue)'}${statement.mode === 'direct' ? ' (direct)' : ''}${statement.negated ? ' (negated)' : ''}`,
    content: cut(text.slice(statement.content.start, statement.content.end)),
    stance: statement.stance
      ? `stance → ${statement.stance.target}: ${statement.stance.polarity}`
      : undefined,
  }))
  const speakerWidth = Math.max(0, ...rows.map((row) => row.speaker.length)) + 2
  const cueWidth = Math.max(0, ...rows.map((row) => row.cue.length)) + 2
  for (const row of rows) {
    lines.push(`  ${row.speaker.padEnd(speakerWidth)}${row.cue.padEnd(cueWidth)}"${row.content}"`)
    if (row.stance) lines.push(`${' '.repeat(2 + speakerWidth + cueWidth)}${row.stance}`)
  }
  const pairs = new Map<string, string[]>()
  for (const relation of analysis.relations ?? []) {
    const key = `${relation.source} → ${relation.target}`
    pairs.set(key, [...(pairs.get(key) ?? []), `${relation.polarity} ×${relation.count}`])
  }
  const relations = [...pairs].map(([pair, polarities]) => `${pair}: ${polarities.join(', ')}`)
  lines.push(...(relations.length ? wrap('relations ', relations, '; ') : ['relations (none)']))
  return `${lines.join('\n')}\n`
}

/** Items joined by `separator` in lines of at most WIDTH characters, the first after `lead`, the rest indented. */
function wrap(lead: string, items: readonly string[], separator: string): string[] {
  const lines: string[] = []
  let line = lead
  for (const [i, item] of items.entries()) {
    const piece = i < items.length - 1 ? `${item}${separator.trimEnd()}` : item
    if (line.trim() && line.length + 1 + piece.length > WIDTH && line !== lead) {
      lines.push(line.trimEnd())
      line = INDENT
    }
    line += line === lead || line === INDENT ? piece : ` ${piece}`
  }
  lines.push(line.trimEnd())
  return lines
}

function cut(content: string): string {
  const flat = content.replaceAll(/\s+/g, ' ')
  return flat.length <= CONTENT_CHARS ? flat : `${flat.slice(0, CONTENT_CHARS - 1).trimEnd()}…`
}
