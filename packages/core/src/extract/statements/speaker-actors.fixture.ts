import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import type { Actor } from '../../schemas/actor.ts'
import { buildAnchors } from './anchors.ts'
import { extractStatements } from './index.ts'
import { resolveSpeakers } from './speakers.ts'

/** A hand-built actor whose mentions and references are given as the whole words to find in the text. */
export function actor(
  text: string,
  id: Actor['id'],
  names: string[],
  references: Array<[string, 'pronoun' | 'title' | 'demonym']> = [],
): Actor {
  const spans = (word: string) => {
    const out: Array<{ start: number; end: number }> = []
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const before = text.charAt(at - 1)
      const after = text.charAt(at + word.length)
      if (!/\w/.test(before) && !/\w/.test(after)) out.push({ start: at, end: at + word.length })
    }
    return out
  }
  return {
    id,
    name: names[0] ?? id,
    kind: id.split(':')[0] as Actor['kind'],
    aliases: [],
    mentions: names.flatMap(spans),
    references: references.flatMap(([word, form]) => spans(word).map((span) => ({ span, form }))),
  }
}

/** Each statement's speaker (or, when none, why) as the statements stage resolves them among `actors`. */
export function speakersOf(text: string, actors: Actor[]) {
  const parsed = parseArticle(text)
  const found = resolveSpeakers(parsed, extractStatements(parsed, actors), buildAnchors(actors), actors)
  return found.map((statement) => statement.speaker ?? statement.speakerReason)
}

/** A statement as the tests read it: the words of its cue, source and content, and who speaks. */
export type SpokenStatement = {
  cue: string
  source: string
  content: string
  /** The speaker's name (its id when no actor has it), "none" when there is no speaker. */
  speaker: string
  /** Why there is no speaker, when there is none. */
  reason: string | undefined
}

/** Each statement `analyze` finds in `text`, in order, as the tests read it. */
export function spokenStatements(text: string): SpokenStatement[] {
  const { actors, statements } = analyze(text)
  const names = new Map(actors.map((actor) => [actor.id, actor.name]))
  const words = (span: { start: number; end: number } | null | undefined) =>
    span ? text.slice(span.start, span.end) : ''
  return statements.map((statement) => ({
    cue: words(statement.cue),
    source: words(statement.source),
    content: words(statement.content),
    speaker: statement.speaker ? (names.get(statement.speaker) ?? statement.speaker) : 'none',
    reason: statement.speakerReason,
  }))
}

/**
 * Each statement's speaker as `analyze` names it: the actor's name, "none" when there is none; only the
 * statements `where` keeps, when it is given.
 */
export function speakerNames(
  text: string,
  where: (statement: SpokenStatement) => boolean = () => true,
): string[] {
  return spokenStatements(text)
    .filter(where)
    .map((statement) => statement.speaker)
}

/** The speaker's name (or "none") of the first statement `analyze` finds whose source is the words `source`. */
export function speakerOfSource(text: string, source: string): string | undefined {
  return spokenStatements(text).find((statement) => statement.source === source)?.speaker
}

/**
 * The speaker id, or `null:<reason>` when it has none, of the first statement (the last with `last`) whose source,
 * cue or content reads `words` (holds them, with `holds`): what the speaker tables compare.
 */
export function speakerWhere(
  text: string,
  part: 'source' | 'cue' | 'content',
  words: string,
  options: { last?: boolean; holds?: boolean } = {},
): string | undefined {
  const { article, statements } = analyze(text)
  const matches = (statement: (typeof statements)[number]) => {
    const span = statement[part]
    if (span === null) return false
    const read = article.text.slice(span.start, span.end)
    return options.holds ? read.includes(words) : read === words
  }
  const statement = options.last ? statements.findLast(matches) : statements.find(matches)
  return statement && (statement.speaker ?? `null:${statement.speakerReason}`)
}
