import type { Actor, ActorKind, Mode, Polarity, Statement } from '@whosaid/core/schemas'
import type { Block } from './article-blocks.ts'
import type { Mark } from './nest-marks.ts'

/** What a mark in the article text stands for. */
export type ArticleMark =
  | { kind: 'block'; block: Block['kind'] }
  | { kind: 'statement'; statement: string; mode: Mode; polarity: Polarity | null }
  | { kind: 'cue'; statement: string }
  | { kind: 'source'; statement: string }
  | { kind: 'mention'; actor: string; actorKind: ActorKind; reference: boolean }

/** Blocks outrank statements, which outrank their cue and source words, which outrank actor mentions. */
const RANK = { block: 0, statement: 1, cue: 2, source: 2, mention: 3 } as const

/**
 * Lists every mark to draw on an article: its blocks, each statement's content (every part of an
 * interrupted one), cue and source, and every mention of and reference to an actor.
 * @example collectMarks(blocks, analysis.actors, analysis.statements).length
 */
export function collectMarks(
  blocks: readonly Block[],
  actors: readonly Actor[],
  statements: readonly Statement[],
): Mark<ArticleMark>[] {
  const marks: Mark<ArticleMark>[] = blocks.map((block) => ({
    start: block.start,
    end: block.end,
    rank: RANK.block,
    data: { kind: 'block', block: block.kind },
  }))
  for (const statement of statements) {
    const parts = statement.contentParts?.length ? statement.contentParts : [statement.content]
    const data: ArticleMark = {
      kind: 'statement',
      statement: statement.id,
      mode: statement.mode,
      polarity: statement.stance?.polarity ?? null,
    }
    for (const part of parts) marks.push({ ...span(part), rank: RANK.statement, data })
    if (statement.cue)
      marks.push({ ...span(statement.cue), rank: RANK.cue, data: { kind: 'cue', statement: statement.id } })
    if (statement.source) {
      marks.push({
        ...span(statement.source),
        rank: RANK.source,
        data: { kind: 'source', statement: statement.id },
      })
    }
  }
  for (const actor of actors) {
    const named: ArticleMark = { kind: 'mention', actor: actor.id, actorKind: actor.kind, reference: false }
    for (const mention of actor.mentions) marks.push({ ...span(mention), rank: RANK.mention, data: named })
    const referred: ArticleMark = { ...named, reference: true }
    for (const reference of actor.references ?? [])
      marks.push({ ...span(reference.span), rank: RANK.mention, data: referred })
  }
  return marks
}

function span({ start, end }: { start: number; end: number }): { start: number; end: number } {
  return { start, end }
}
