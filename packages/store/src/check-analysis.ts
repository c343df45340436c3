import {
  ActorSchema,
  type Analysis,
  AnalysisSchema,
  ArticleSchema,
  RelationSchema,
  SpanSchema,
  StatementSchema,
} from '@whosaid/core/io'
import { z } from 'zod'
import { ITEMS_PER_STEP, type Steps } from './steps.ts'

/** The lists of an analysis, each with the schema of one of its items. */
const LISTS = { actors: ActorSchema, statements: StatementSchema, relations: RelationSchema } as const

/** The article's lists of spans, checked a slice at a time like the analysis' lists (a 10 MB text has 100,000). */
const SPAN_LISTS = ['paragraphs', 'sentences'] as const

/**
 * Spans (an actor's mentions and references) that weigh as much as one item in a step: the actors of a 4 MB text
 * named all through it have thousands each, and 250 of them held the server's thread for 0.2 s in one step.
 */
const SPANS_PER_ITEM = 8

/** What an item of a list weighs in a step: 1, and one more per SPANS_PER_ITEM of its spans. */
function weightOf(item: unknown): number {
  if (typeof item !== 'object' || item === null) return 1
  const { mentions, references } = item as { mentions?: unknown; references?: unknown }
  const spans =
    (Array.isArray(mentions) ? mentions.length : 0) + (Array.isArray(references) ? references.length : 0)
  return 1 + Math.floor(spans / SPANS_PER_ITEM)
}

/** What `AnalysisSchema.safeParse` answers. */
export type AnalysisCheck = ReturnType<typeof AnalysisSchema.safeParse>

/** The analysis schema without its refinement (the spans against the text), for the analysis with its lists empty. */
const HEAD = z.object(AnalysisSchema.shape)

/**
 * `AnalysisSchema.safeParse(given)` in steps (`steps.ts`): the analysis without its lists first (the article
 * without its paragraphs and sentences, the extractor), then the article's spans and the lists' items one by one,
 * yielding after every ITEMS_PER_STEP of them (an actor weighs more by its spans: `weightOf`). The answer is the
 * whole parse's: the parsed analysis (unknown keys dropped, keys in the schema's order), or its issues with their
 * full paths, in the schema's order of keys. One check is left to the caller: that every span lies inside the text,
 * which the whole parse makes in its refinement (`spanOutside`, `sanitize.ts`, reports the first that does not). A
 * value whose lists are not arrays is parsed whole.
 * @example const checked = await runWithPauses(checkAnalysisSteps(body))
 */
export function* checkAnalysisSteps(given: unknown): Steps<AnalysisCheck> {
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    return AnalysisSchema.safeParse(given)
  const record = given as Record<string, unknown>
  const keys = Object.keys(LISTS) as (keyof typeof LISTS)[]
  if (keys.some((key) => record[key] !== undefined && !Array.isArray(record[key])))
    return AnalysisSchema.safeParse(given)
  const shell: Record<string, unknown> = { ...record }
  for (const key of keys) if (record[key] !== undefined) shell[key] = []
  // The article's spans too, when it is an object whose lists of spans are arrays (else the head parse says so).
  const article = record.article
  const spanLists: Partial<Record<(typeof SPAN_LISTS)[number], unknown[]>> = {}
  if (typeof article === 'object' && article !== null && !Array.isArray(article)) {
    const articleShell: Record<string, unknown> = { ...article }
    for (const key of SPAN_LISTS) {
      const spans = articleShell[key]
      if (!Array.isArray(spans)) continue
      spanLists[key] = spans
      articleShell[key] = []
    }
    shell.article = articleShell
  }
  const head = HEAD.safeParse(shell)
  // Issues by the key they fall under, to list them in the schema's order as the whole parse does.
  const issuesUnder = new Map<PropertyKey, z.core.$ZodIssue[]>()
  const add = (issue: z.core.$ZodIssue) => {
    const key = issue.path[0] ?? ''
    const under = issuesUnder.get(key)
    if (under) under.push(issue)
    else issuesUnder.set(key, [issue])
  }
  if (!head.success) for (const issue of head.error.issues) add(issue)
  let done = 0
  const parsedSpans: Partial<Record<(typeof SPAN_LISTS)[number], unknown[]>> = {}
  for (const key of SPAN_LISTS) {
    const spans = spanLists[key]
    if (spans === undefined) continue
    const parsed: unknown[] = []
    for (let i = 0; i < spans.length; i++) {
      const span = SpanSchema.safeParse(spans[i])
      if (span.success) parsed.push(span.data)
      else for (const issue of span.error.issues) add({ ...issue, path: ['article', key, i, ...issue.path] })
      if (++done >= ITEMS_PER_STEP) {
        done = 0
        yield
      }
    }
    parsedSpans[key] = parsed
  }
  const lists: Partial<Record<keyof typeof LISTS, unknown[]>> = {}
  for (const key of keys) {
    const items = record[key] as unknown[] | undefined
    if (items === undefined) continue
    const parsed: unknown[] = []
    for (let i = 0; i < items.length; i++) {
      const item = LISTS[key].safeParse(items[i])
      if (item.success) parsed.push(item.data)
      else for (const issue of item.error.issues) add({ ...issue, path: [key, i, ...issue.path] })
      done += weightOf(items[i])
      if (done >= ITEMS_PER_STEP) {
        done = 0
        yield
      }
    }
    lists[key] = parsed
  }
  if (issuesUnder.size > 0 || !head.success) {
    const order = [...Object.keys(AnalysisSchema.shape), ...issuesUnder.keys()]
    const issues = [...new Set(order)].flatMap((key) =>
      key === 'article' ? inArticleOrder(issuesUnder.get(key) ?? []) : (issuesUnder.get(key) ?? []),
    )
    return { success: false, error: new z.ZodError(issues) } as AnalysisCheck
  }
  // The parsed head holds its keys in the schema's order; the lists take their places in it.
  const data: Record<string, unknown> = head.data
  const parsedArticle = data.article as Record<string, unknown>
  for (const key of SPAN_LISTS) if (key in parsedSpans) parsedArticle[key] = parsedSpans[key]
  for (const key of keys) if (key in lists) data[key] = lists[key]
  return { success: true, data: data as Analysis } as AnalysisCheck
}

/** The article's issues in the order of its schema's keys (the spans' came after the head's), as the whole parse lists them. */
function inArticleOrder(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const order = Object.keys(ArticleSchema.shape)
  const rank = (issue: z.core.$ZodIssue) => {
    const at = order.indexOf(String(issue.path[1] ?? ''))
    return at === -1 ? order.length : at
  }
  // A stable sort: issues under one key keep the order they came in.
  return [...issues].sort((a, b) => rank(a) - rank(b))
}
