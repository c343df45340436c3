// Small hand-written analyses for the store's tests: the text is parsed by core, the actors and statements are
// given here (the extraction stages are tested in core), with spans found by searching the text.
import {
  type Actor,
  type ActorKind,
  type Analysis,
  analyze,
  hashText,
  type Polarity,
  type Statement,
} from '@whosaid/core'

/** An actor of a fixture: the names to find in the text; the first is the canonical name. */
export type FixtureActor = {
  id: string
  kind: ActorKind
  names: string[]
  role?: string
  affiliation?: string
}

/** A statement of a fixture: words to find in the text. */
export type FixtureStatement = {
  speaker: string | null
  content: string
  cue?: string
  source?: string
  target?: string
  polarity?: Polarity
}

/** Strings that quoting, array literals and joins get wrong: empty, NULL, commas, braces, quotes, backslashes, astral. */
export const ODD_STRINGS = [
  'plain',
  '',
  'NULL',
  'a,b',
  '{braces}',
  'say "no"',
  'back\\slash',
  ' spaced ',
  'é😀',
  "it's",
]

/** The span of the first occurrence of `words` in `text`. */
function find(text: string, words: string) {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`fixture: "${words}" is not in the text`)
  return { start, end: start + words.length }
}

/**
 * Builds an Analysis of `text` with the given actors and statements.
 * @example makeAnalysis('Russia opposed it, Ryabkov said.', { actors: [...], statements: [...] })
 */
export function makeAnalysis(
  text: string,
  options: {
    actors?: FixtureActor[]
    statements?: FixtureStatement[]
    publishedAt?: string
    source?: string
  } = {},
): Analysis {
  const base = analyze(text, {
    ...(options.publishedAt ? { publishedAt: options.publishedAt } : {}),
    ...(options.source ? { source: options.source } : {}),
  })
  const actors: Actor[] = (options.actors ?? []).map((actor) => ({
    id: actor.id,
    name: actor.names[0] as string,
    kind: actor.kind,
    ...(actor.role ? { role: actor.role } : {}),
    ...(actor.affiliation ? { affiliation: actor.affiliation } : {}),
    aliases: actor.names.slice(1),
    mentions: actor.names.filter((name) => text.includes(name)).map((name) => find(text, name)),
  }))
  const statements: Statement[] = (options.statements ?? []).map((statement, index) => ({
    id: `s_${hashText(`${base.article.id}:${index}`)}`,
    speaker: statement.speaker,
    ...(statement.speaker === null ? { speakerReason: 'no-source' as const } : {}),
    source: statement.source ? find(text, statement.source) : null,
    cue: statement.cue ? find(text, statement.cue) : null,
    content: find(text, statement.content),
    mode: 'indirect',
    negated: false,
    ...(statement.target && statement.polarity
      ? { stance: { target: statement.target, polarity: statement.polarity } }
      : {}),
  }))
  return { ...base, actors, statements }
}

export const RUSSIA: FixtureActor = { id: 'country:russia', kind: 'country', names: ['Russia'] }
export const USA: FixtureActor = {
  id: 'country:united-states',
  kind: 'country',
  names: ['United States', 'U.S.'],
}
export const RYABKOV: FixtureActor = {
  id: 'person:sergei-ryabkov',
  kind: 'person',
  names: ['Sergei Ryabkov', 'Ryabkov'],
  role: 'Deputy Foreign Minister',
  affiliation: 'country:russia',
}
