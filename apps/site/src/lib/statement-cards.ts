import type { Actor, ActorKind, Mode, Polarity, Statement } from '@whosaid/core/schemas'

/** What the card of one statement on an article page shows. */
export interface StatementCard {
  id: string
  speaker: { id: string; name: string; kind: ActorKind | null } | null
  speakerReason: string | undefined
  sourceText: string | null
  cueText: string | null
  content: string
  mode: Mode
  negated: boolean
  stance: { target: string; targetName: string; polarity: Polarity } | null
}

/** The words of a span, or null when there is no span. */
function words(text: string, span: { start: number; end: number } | null | undefined): string | null {
  return span ? text.slice(span.start, span.end) : null
}

/**
 * Joins what was said: the content, or its parts with an ellipsis where the quote was interrupted.
 * @example contentText('"A," he said, "B."', statement) // 'A … B.'
 */
export function contentText(text: string, statement: Pick<Statement, 'content' | 'contentParts'>): string {
  const parts = statement.contentParts?.length ? statement.contentParts : [statement.content]
  return parts.map((part) => text.slice(part.start, part.end)).join(' … ')
}

/** Falls back from an actor id to a readable name: `person:ann-lee` → "ann lee". */
export function nameFromId(id: string): string {
  return (id.split(':')[1] ?? id).replace(/-/g, ' ')
}

/**
 * Builds the cards of an article's statements, in reading order, with speaker and target names
 * looked up among the article's actors.
 * @example buildStatementCards(analysis.article.text, analysis.actors, analysis.statements)[0].speaker?.name
 */
export function buildStatementCards(
  text: string,
  actors: readonly Actor[],
  statements: readonly Statement[],
): StatementCard[] {
  const byId = new Map(actors.map((actor) => [actor.id, actor]))
  return [...statements]
    .sort((a, b) => a.content.start - b.content.start)
    .map((statement) => {
      const speaker = statement.speaker ? byId.get(statement.speaker) : undefined
      const target = statement.stance ? byId.get(statement.stance.target) : undefined
      return {
        id: statement.id,
        speaker: statement.speaker
          ? {
              id: statement.speaker,
              name: speaker?.name ?? nameFromId(statement.speaker),
              kind: speaker?.kind ?? null,
            }
          : null,
        speakerReason: statement.speakerReason,
        sourceText: words(text, statement.source),
        cueText: words(text, statement.cue),
        content: contentText(text, statement),
        mode: statement.mode,
        negated: statement.negated,
        stance: statement.stance
          ? {
              target: statement.stance.target,
              targetName: target?.name ?? nameFromId(statement.stance.target),
              polarity: statement.stance.polarity,
            }
          : null,
      }
    })
}

/** One line of an article's side list of actors. */
export interface ArticleActor {
  id: string
  name: string
  kind: ActorKind
  role: string | undefined
  mentionCount: number
  statementCount: number
}

/**
 * Lists an article's actors for the side list: the most quoted first, then the most mentioned.
 * @example listArticleActors(analysis.actors, analysis.statements)[0].name
 */
export function listArticleActors(
  actors: readonly Actor[],
  statements: readonly Statement[],
): ArticleActor[] {
  const quoted = new Map<string, number>()
  for (const statement of statements) {
    if (statement.speaker) quoted.set(statement.speaker, (quoted.get(statement.speaker) ?? 0) + 1)
  }
  return actors
    .map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      role: actor.role,
      mentionCount: actor.mentions.length + (actor.references?.length ?? 0),
      statementCount: quoted.get(actor.id) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.statementCount - a.statementCount ||
        b.mentionCount - a.mentionCount ||
        a.name.localeCompare(b.name),
    )
}
