import { hashText } from './parse/hash.ts'
import type { Actor } from './schemas/actor.ts'
import type { Span } from './schemas/span.ts'
import type { Statement } from './schemas/statement.ts'

/** What the extractors found in one section of a long text, with offsets into the section's own text. */
export interface SectionFinding {
  offset: number
  actors: Actor[]
  statements: Statement[]
}

/**
 * The sections' findings as one text's: every offset moved by its section's start, an actor found in several
 * sections one actor (the first section's name, kind, role and affiliation; every mention and form), and each
 * statement after the first section a new id (its id is made from offsets within its section).
 * @example mergeSections([{ offset: 0, actors: [], statements: [] }]) // { actors: [], statements: [] }
 */
export function mergeSections(findings: readonly SectionFinding[]): {
  actors: Actor[]
  statements: Statement[]
} {
  const actors = new Map<string, Actor>()
  const statements: Statement[] = []
  for (const { offset, actors: found, statements: said } of findings) {
    for (const actor of found) {
      const moved = moveActor(actor, offset)
      const known = actors.get(actor.id)
      actors.set(actor.id, known ? joinActors(known, moved) : moved)
    }
    for (const statement of said) statements.push(moveStatement(statement, offset))
  }
  return { actors: [...actors.values()], statements }
}

function moveActor(actor: Actor, by: number): Actor {
  if (by === 0) return actor
  const { references } = actor
  return {
    ...actor,
    mentions: actor.mentions.map((span) => move(span, by)),
    ...(references === undefined
      ? {}
      : { references: references.map((r) => ({ ...r, span: move(r.span, by) })) }),
  }
}

function joinActors(known: Actor, more: Actor): Actor {
  const aliases = [...new Set([...known.aliases, ...more.aliases, more.name])].filter((a) => a !== known.name)
  const references = [...(known.references ?? []), ...(more.references ?? [])]
  return {
    ...known,
    ...(known.role === undefined && more.role !== undefined ? { role: more.role } : {}),
    ...(known.affiliation === undefined && more.affiliation !== undefined
      ? { affiliation: more.affiliation }
      : {}),
    aliases,
    mentions: [...known.mentions, ...more.mentions],
    ...(references.length > 0 ? { references } : {}),
  }
}

function moveStatement(statement: Statement, by: number): Statement {
  if (by === 0) return statement
  const { contentParts, stance } = statement
  return {
    ...statement,
    id: `s_${hashText(`${statement.id}:${by}`)}`,
    source: statement.source && move(statement.source, by),
    cue: statement.cue && move(statement.cue, by),
    content: move(statement.content, by),
    ...(contentParts === undefined ? {} : { contentParts: contentParts.map((span) => move(span, by)) }),
    ...(stance === undefined
      ? {}
      : { stance: { ...stance, ...(stance.evidence ? { evidence: move(stance.evidence, by) } : {}) } }),
  }
}

function move(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by }
}
