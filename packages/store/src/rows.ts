import type { Actor, Analysis, Span, Statement } from '@whosaid/core'
import { canonicalStatement } from './canonical-analysis.ts'
import { statementViewJson } from './queries/statement-json.ts'
import type { actors, articleActors, articles, mentions, stances, statements } from './schema.ts'
import { eachInSteps, mapInSteps, runSteps, type Steps } from './steps.ts'

/** A statement row before ingest knows its view: that needs the names the store keeps for its actors. */
export type StatementDraft = Omit<typeof statements.$inferInsert, 'view'> & { data: Statement }

/** The rows one analysis becomes, ready to insert: duplicates merged, actors and stances sorted by key. */
export type IngestRows = {
  article: typeof articles.$inferInsert
  actors: (typeof actors.$inferInsert)[]
  articleActors: (typeof articleActors.$inferInsert)[]
  mentions: (typeof mentions.$inferInsert)[]
  statements: StatementDraft[]
  stances: (typeof stances.$inferInsert)[]
}

/** How long an article excerpt may be, in characters. */
const EXCERPT_LENGTH = 280

/**
 * A UTF-16 surrogate without its other half, as a span cut through an emoji leaves. The database stores one as
 * U+FFFD, so the words a statement stores and lists are given U+FFFD too, and its view says what the columns do.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The text a span covers ('' when the span lies outside the text), with lone surrogates as U+FFFD. */
function slice(text: string, span: Span | null | undefined): string {
  return span ? text.slice(span.start, span.end).replace(LONE_SURROGATE, '\uFFFD') : ''
}

/**
 * The body (or the whole text when the body is empty or outside it; spans are never negative) as plain words
 * (`slice`, whitespace collapsed, trimmed), as far as an excerpt needs: a window from its start that doubles
 * until its plain words run past EXCERPT_LENGTH + 1 characters, whose first EXCERPT_LENGTH + 1 are then those of
 * the whole (only the window's last character and a trailing space can differ). A long article costs a few
 * kilobytes here, not a pass over megabytes on the caller's thread.
 */
function plainStart(text: string, body: Span): string {
  const bodyEnd = Math.min(body.end, text.length)
  const [start, end] = body.start < bodyEnd ? [body.start, bodyEnd] : [0, text.length]
  for (let size = 4 * EXCERPT_LENGTH; ; size *= 2) {
    const stop = Math.min(end, start + size)
    const plain = slice(text, { start, end: stop }).replace(/\s+/g, ' ').trim()
    if (stop === end || plain.length > EXCERPT_LENGTH + 1) return plain
  }
}

/** A short plain excerpt of the article body: whitespace collapsed, cut at a word boundary. */
export function excerptOf(text: string, body: Span): string {
  const plain = plainStart(text, body)
  if (plain.length <= EXCERPT_LENGTH) return plain
  const cut = plain.slice(0, EXCERPT_LENGTH)
  const space = cut.lastIndexOf(' ')
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** What a statement says, as text: the content, or its pieces joined by " … " when it was interrupted. */
export function quoteOf(text: string, statement: Statement): string {
  const parts = statement.contentParts
  if (parts && parts.length > 1) return parts.map((part) => slice(text, part).trim()).join(' … ')
  return slice(text, statement.content)
}

/** Sorted, distinct strings without `except`. */
function distinctSorted(values: Iterable<string>, except: string): string[] {
  return [...new Set(values)].filter((value) => value !== except && value !== '').sort()
}

/**
 * Merges actors that share an id (an analysis should not repeat one, but odd input is not an error), in steps
 * (`steps.ts`).
 */
function* mergeActorsSteps(list: readonly Actor[]): Steps<Actor[]> {
  const byId = new Map<string, Actor>()
  yield* eachInSteps(list, (actor) => {
    const seen = byId.get(actor.id)
    if (!seen) {
      byId.set(actor.id, actor)
      return
    }
    byId.set(actor.id, {
      ...seen,
      role: seen.role ?? actor.role,
      affiliation: seen.affiliation ?? actor.affiliation,
      aliases: [...seen.aliases, actor.name, ...actor.aliases],
      mentions: [...seen.mentions, ...actor.mentions],
      references: [...(seen.references ?? []), ...(actor.references ?? [])],
    } as Actor)
  })
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * An actor row as the JSON record the store's inserts read with `json_to_recordset` (column names, nulls for what
 * is not known).
 * @example actorRecord({ id: 'person:ann-lee', name: 'Ann Lee', kind: 'person', searchText: 'ann lee' }).role // null
 */
export function actorRecord(row: typeof actors.$inferInsert) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    role: row.role ?? null,
    affiliation: row.affiliation ?? null,
    aliases: row.aliases ?? [],
    search_text: row.searchText,
  }
}

/** Spans handled between two yields of `mentionRowsSteps` (an actor named all through a long text has thousands). */
const SPANS_PER_STEP = 2_000

/**
 * The mention rows of distinct actors, in their order: each actor's spans once (its mentions, then its references
 * with their forms; actors are distinct by now, so a span's key need not name its actor). Yields every
 * SPANS_PER_STEP spans, not every so many actors: the actors of a 4 MB text named all through it held the server's
 * thread for 0.2 s per 250 of them.
 */
function* mentionRowsSteps(
  actorList: readonly Actor[],
  articleId: string,
): Steps<(typeof mentions.$inferInsert)[]> {
  const out: (typeof mentions.$inferInsert)[] = []
  let spans = 0
  for (const actor of actorList) {
    const seen = new Set<string>()
    const add = (span: Span, form: string | null) => {
      const key = `${span.start}:${span.end}`
      if (seen.has(key)) return
      seen.add(key)
      out.push({ articleId, actorId: actor.id, start: span.start, end: span.end, form })
    }
    for (const span of actor.mentions) {
      add(span, null)
      if (++spans % SPANS_PER_STEP === 0) yield
    }
    for (const { span, form } of actor.references ?? []) {
      add(span, form)
      if (++spans % SPANS_PER_STEP === 0) yield
    }
  }
  return out
}

/**
 * Turns one analysis into the rows the store inserts for it.
 * Pure: the same analysis and time give the same rows.
 * @example toRows(analyze(text), new Date()).statements.length
 */
export function toRows(analysis: Analysis, ingestedAt: Date): IngestRows {
  return runSteps(toRowsSteps(analysis, ingestedAt))
}

/**
 * `toRows` in steps (`steps.ts`): it yields between slices of the statements (once to drop repeated ones, once to
 * count speakers and stances, once to make rows), of the actors (to merge repeated ones, to make rows) and of
 * their mentions.
 */
export function* toRowsSteps(analysis: Analysis, ingestedAt: Date): Steps<IngestRows> {
  const { article } = analysis
  const text = article.text
  const articleId = article.id
  const datedAt = article.publishedAt ? new Date(article.publishedAt) : ingestedAt

  const statementList: Statement[] = []
  const statementIds = new Set<string>()
  yield* eachInSteps(analysis.statements, (statement) => {
    if (statementIds.has(statement.id)) return
    statementIds.add(statement.id)
    statementList.push(statement)
  })

  const spoken = new Map<string, number>()
  const edges = new Map<string, typeof stances.$inferInsert>()
  yield* eachInSteps(statementList, ({ speaker, stance }) => {
    if (speaker === null) return
    spoken.set(speaker, (spoken.get(speaker) ?? 0) + 1)
    if (!stance || stance.target === speaker) return
    const key = `${speaker}\u0000${stance.target}\u0000${stance.polarity}`
    const edge = edges.get(key)
    if (edge) edge.statementCount++
    else
      edges.set(key, {
        sourceId: speaker,
        targetId: stance.target,
        polarity: stance.polarity,
        statementCount: 1,
      })
  })

  const actorList = yield* mergeActorsSteps(analysis.actors)
  const actorRows = yield* mapInSteps(actorList, (actor) => {
    const aliases = distinctSorted(actor.aliases, actor.name)
    return {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      role: actor.role ?? null,
      affiliation: actor.affiliation ?? null,
      aliases,
      searchText: [actor.name, ...aliases].join(' ').toLowerCase(),
      articleCount: 1,
      statementCount: spoken.get(actor.id) ?? 0,
    }
  })

  const mentionRows = yield* mentionRowsSteps(actorList, articleId)

  const statementRows = yield* mapInSteps(statementList, (statement, ordinal) => ({
    articleId,
    id: statement.id,
    ordinal,
    speakerId: statement.speaker,
    targetId: statement.stance?.target ?? null,
    polarity: statement.stance?.polarity ?? null,
    mode: statement.mode,
    negated: statement.negated,
    datedAt,
    quote: quoteOf(text, statement),
    cueText: statement.cue ? slice(text, statement.cue) : null,
    sourceText: statement.source ? slice(text, statement.source) : null,
    data: statement,
  }))

  const { text: _text, ...articleWithoutText } = article
  return {
    article: {
      id: articleId,
      title: article.title,
      dateline: article.dateline,
      text,
      excerpt: excerptOf(text, article.body),
      bodyStart: article.body.start,
      url: article.url ?? null,
      source: article.source ?? null,
      language: article.language ?? null,
      publishedAt: article.publishedAt ? new Date(article.publishedAt) : null,
      ingestedAt,
      datedAt,
      actorCount: actorRows.length,
      statementCount: statementList.length,
      extractorVersion: analysis.extractor.version,
      // The text is stored once, in its own column; reads put it back.
      analysis: { ...analysis, article: articleWithoutText },
    },
    actors: actorRows,
    articleActors: actorRows.map((actor) => ({ articleId, actorId: actor.id })),
    mentions: mentionRows,
    statements: statementRows,
    stances: [...edges.values()].sort((a, b) => {
      const left = `${a.sourceId}\u0000${a.targetId}\u0000${a.polarity}`
      const right = `${b.sourceId}\u0000${b.targetId}\u0000${b.polarity}`
      return left < right ? -1 : left > right ? 1 : 0
    }),
  }
}

/**
 * The actors the statements name as speaker or target, each once.
 * @example referencedActors(rows) // ['country:united-states', 'person:sergei-ryabkov']
 */
export function referencedActors(rows: IngestRows): string[] {
  return runSteps(referencedActorsSteps(rows))
}

/** `referencedActors` in steps (`steps.ts`): a long article has tens of thousands of statements. */
export function* referencedActorsSteps(rows: IngestRows): Steps<string[]> {
  const ids = new Set<string>()
  yield* eachInSteps(rows.statements, ({ speakerId, targetId }) => {
    if (speakerId) ids.add(speakerId)
    if (targetId) ids.add(targetId)
  })
  return [...ids]
}

/**
 * The statement rows with their views, given the name the store keeps for each actor (an actor stored before
 * keeps its first name, which may differ from this article's); speaker and target are the rows' (canonical)
 * ids, the extractor's kept beside them. Pure.
 * @example withViews(rows, new Map([['person:ann-lee', 'Ann Lee']]))
 */
export function withViews(
  rows: IngestRows,
  names: ReadonlyMap<string, string>,
): (typeof statements.$inferInsert)[] {
  const nameOf = (id: string | null | undefined) => (id ? (names.get(id) ?? null) : null)
  return rows.statements.map((row) => ({
    ...row,
    view: statementViewJson(canonicalStatement(row.data, row.speakerId, row.targetId), {
      articleId: row.articleId,
      articleTitle: rows.article.title ?? null,
      date: row.datedAt.toISOString(),
      dateSource: rows.article.publishedAt ? 'publishedAt' : 'ingestedAt',
      quote: row.quote,
      cueText: row.cueText ?? null,
      sourceText: row.sourceText ?? null,
      speakerName: nameOf(row.speakerId),
      targetName: nameOf(row.targetId),
    }),
  }))
}
