import { hashText } from '../../parse/hash.ts'
import type { Statement } from '../../schemas/statement.ts'
import type { StatementDraft } from './assemble.ts'

/**
 * The stable id of a statement: a hash of where its content and cue lie, so the same text and version give the same id.
 * @example statementId(draft) // 's_3f9a…'
 */
export function statementId(draft: StatementDraft): string {
  const { contentSpan, cueSpan } = draft
  return `s_${hashText(`${contentSpan.start}:${contentSpan.end}:${cueSpan.start}:${cueSpan.end}`)}`
}

/** Turns a draft into the public Statement record, its speaker still to resolve. */
export function toStatement(draft: StatementDraft): Statement {
  const statement: Statement = {
    id: statementId(draft),
    speaker: null,
    speakerReason: draft.sourceSpan ? 'unresolved' : 'no-source',
    source: draft.sourceSpan,
    cue: draft.cueSpan,
    content: draft.contentSpan,
    mode: draft.mode,
    negated: draft.cue.negated,
  }
  if (draft.contentParts) statement.contentParts = draft.contentParts
  return statement
}
