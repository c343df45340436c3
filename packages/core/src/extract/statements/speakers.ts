import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'

// Sources that name no one on purpose: "officials", "a source familiar with the talks", "critics".
const ANONYMOUS =
  /\b(?:officials?|sources?|aides?|spokes(?:man|woman|person)|analysts?|experts?|critics?|observers?|witnesses|residents|insiders?|diplomats?|people|someone|some|others|many|reports?|lawmakers|advisers|advisors|staff(?:ers)?)\b/i

const PRONOUN_KINDS: Record<string, readonly string[]> = {
  he: ['person'],
  she: ['person'],
  it: ['country', 'organization', 'group'],
  they: ['group', 'organization', 'country'],
}

// How much a form of reference counts as the head of a source: a demonym ("Russian officials") least.
const FORM_RANK: Record<Anchor['form'], number> = { name: 3, title: 3, pronoun: 3, descriptor: 2, demonym: 1 }

/**
 * Resolves each statement's source span to an actor: the head actor named inside the source (the last one, not a
 * possessive or demonym modifier: "Russia's Deputy Foreign Minister Ryabkov" is Ryabkov), else a pronoun's nearest
 * antecedent of a fitting kind; otherwise speaker null with a reason ('no-source', 'anonymous', 'unresolved').
 * @example resolveSpeakers(parsed, statements, anchors)[0].speaker // 'person:sergei-ryabkov'
 */
export function resolveSpeakers(
  parsed: ParsedArticle,
  statements: readonly Statement[],
  anchors: readonly Anchor[],
  actors: readonly Actor[],
): Statement[] {
  const kinds = new Map(actors.map((actor) => [actor.id, actor.kind]))
  const resolved = statements.map((statement) => {
    const { source } = statement
    if (!source) return withSpeaker(statement, null, 'no-source')
    const head = headAnchor(parsed.view, anchorsWithin(anchors, source.start, source.end))
    if (head) return withSpeaker(statement, head.actor)
    const words = parsed.view.slice(source.start, source.end)
    const antecedent = pronounAntecedent(words, anchors, source.start, kinds)
    if (antecedent) return withSpeaker(statement, antecedent)
    return withSpeaker(statement, null, ANONYMOUS.test(words) ? 'anonymous' : 'unresolved')
  })
  return resolved.map((statement) => borrowParticipleSpeaker(parsed, statement, resolved))
}

/**
 * A participle cue has the speaker of the clause it hangs on: "Admitting that …, Austin claimed …" and
 * "Russia announced …, saying that …" — the nearest statement in the same sentence that has a speaker.
 */
function borrowParticipleSpeaker(
  parsed: ParsedArticle,
  statement: Statement,
  all: readonly Statement[],
): Statement {
  const { cue } = statement
  if (statement.speaker !== null || statement.source !== null || !cue) return statement
  if (!/ing$/i.test(parsed.view.slice(cue.start, cue.end))) return statement
  const sentence = parsed.sentences.find((s) => s.start <= cue.start && cue.end <= s.end)
  if (!sentence) return statement
  let best: Statement | undefined
  for (const other of all) {
    if (other === statement || other.speaker === null || !other.cue) continue
    if (other.cue.start < sentence.start || other.cue.end > sentence.end) continue
    if (
      !best ||
      Math.abs(other.cue.start - cue.start) < Math.abs((best.cue as { start: number }).start - cue.start)
    )
      best = other
  }
  return best ? withSpeaker(statement, best.speaker) : statement
}

function withSpeaker(
  statement: Statement,
  speaker: string | null,
  reason?: Statement['speakerReason'],
): Statement {
  const { speakerReason: _old, ...rest } = statement
  return speaker === null ? { ...rest, speaker, speakerReason: reason ?? 'unresolved' } : { ...rest, speaker }
}

/** The anchor that heads a source: the best-ranked form, then the one that ends last, skipping possessives. */
function headAnchor(view: string, inside: readonly Anchor[]): Anchor | undefined {
  let best: Anchor | undefined
  for (const anchor of inside) {
    if (
      /^'s\b/.test(view.slice(anchor.end, anchor.end + 3)) &&
      inside.some((other) => other.start > anchor.end)
    )
      continue
    if (
      !best ||
      FORM_RANK[anchor.form] > FORM_RANK[best.form] ||
      (FORM_RANK[anchor.form] === FORM_RANK[best.form] && anchor.end >= best.end)
    ) {
      best = anchor
    }
  }
  return best
}

/** For a bare pronoun source not linked by the actors stage: the nearest earlier name of a fitting kind. */
function pronounAntecedent(
  words: string,
  anchors: readonly Anchor[],
  before: number,
  kinds: ReadonlyMap<string, string>,
): string | undefined {
  const fitting = PRONOUN_KINDS[words.trim().toLowerCase()]
  if (!fitting) return undefined
  for (let i = countStartingBefore(anchors, before) - 1; i >= 0; i--) {
    const anchor = anchors[i] as Anchor
    if (before - anchor.start > 600) break
    if (anchor.end > before || anchor.form !== 'name') continue
    if (fitting.includes(kinds.get(anchor.actor) ?? '')) return anchor.actor
  }
  return undefined
}
