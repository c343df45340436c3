// Scores `analyze` against the project's own gold set of real news (packages/core/eval/gold, see its README):
// statements right with their speaker, extra statements, actors found with the right kind, and stances.
// Usage: npm run eval:gold [-- --split tune|heldback|all] [--errors] [--agreement]
//   --errors     lists every missed, extra and wrong-speaker statement and every actor error, of the tune
//                split only: the heldback split is kept back for final figures and scored in aggregate
//   --agreement  compares the second readings (gold/second-reader) with the first ones

import { readdirSync, readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyze } from '../src/index.ts'
import type { Actor } from '../src/schemas/actor.ts'
import type { Analysis } from '../src/schemas/analysis.ts'
import type { Span } from '../src/schemas/span.ts'
import { readGoldInput } from './gold-text.ts'
import { readScriptArgs } from './script-args.ts'

const goldRoot = resolve(fileURLToPath(import.meta.url), '../../eval/gold')
const SPLITS = ['tune', 'heldback'] as const

/** One actor as a gold file gives it. */
interface GoldActor {
  name: string
  kind: string
  role?: string
  affiliation?: string
  mentions: string[]
}

/** One statement as a gold file gives it. */
interface GoldStatement {
  speaker: string | null
  speakerReason?: string
  cue?: string
  content: string
  stance?: { target: string; polarity: string }
}

/** One gold file. */
interface GoldFile {
  source: string
  reader?: string
  actors: GoldActor[]
  statements: GoldStatement[]
}

/** The tallies of one article or one split. */
export interface GoldCounts {
  articles: number
  goldStatements: number
  unlocated: number
  matched: number
  rightSpeaker: number
  predicted: number
  extras: number
  pieces: number
  joined: number
  rightSpeakerJoined: number
  goldActors: number
  actorsFound: number
  actorsRightKind: number
  actorsSplit: number
  spuriousActors: number
  spuriousPersons: number
  goldStances: number
  predictedStances: number
  rightStances: number
}

const zero = (): GoldCounts => ({
  articles: 0,
  goldStatements: 0,
  unlocated: 0,
  matched: 0,
  rightSpeaker: 0,
  predicted: 0,
  extras: 0,
  pieces: 0,
  joined: 0,
  rightSpeakerJoined: 0,
  goldActors: 0,
  actorsFound: 0,
  actorsRightKind: 0,
  actorsSplit: 0,
  spuriousActors: 0,
  spuriousPersons: 0,
  goldStances: 0,
  predictedStances: 0,
  rightStances: 0,
})

const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|professor)\.?\s+/

/** A name reduced for comparison: lower case, no determiner, honorific or possessive, single spaces. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2019`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(HONORIFIC, '')
    .replace(/'s?$/, '')
    .trim()
}

/** Where a gold content lies in the text: the first exact occurrence, else one with any run of spaces. */
export function locate(text: string, snippet: string): Span | null {
  return locateAll(text, snippet)[0] ?? null
}

/**
 * Every place a gold content lies in the text: its exact occurrences, else those with any run of spaces. A gold
 * file gives a content's words, not its offsets, and a page can print the same words twice (a pull quote above its
 * attributed copy): the statement is found at whichever occurrence whosaid reports it.
 */
export function locateAll(text: string, snippet: string): Span[] {
  const spans: Span[] = []
  if (snippet.length === 0) return spans
  for (let at = text.indexOf(snippet); at >= 0; at = text.indexOf(snippet, at + snippet.length))
    spans.push({ start: at, end: at + snippet.length })
  if (spans.length > 0) return spans
  const words = snippet.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return spans
  const pattern = new RegExp(
    words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'),
    'g',
  )
  for (const match of text.matchAll(pattern))
    spans.push({ start: match.index, end: match.index + match[0].length })
  return spans
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

/**
 * Whether two contents are one statement: the shared characters are half of one and a third of the other, so a
 * quote cut in two by its attribution still matches its whole, and a few shared words do not.
 */
export const contentsMatch = (shared: number, a: number, b: number): boolean =>
  (shared >= 0.5 * a && shared >= 0.3 * b) || (shared >= 0.5 * b && shared >= 0.3 * a)

/** The spans of a predicted statement's content: its parts when interrupted, else the whole. */
const contentSpans = (statement: Analysis['statements'][number]): Span[] =>
  statement.contentParts && statement.contentParts.length > 0 ? statement.contentParts : [statement.content]

/** Maps each predicted actor to the gold actor it stands for, or null: by name forms, then by mention offsets. */
export function mapActors(analysis: Analysis, gold: GoldFile): Map<string, string | null> {
  const text = analysis.article.text
  const goldForms = gold.actors.map((actor) => new Set([actor.name, ...actor.mentions].map(nameKey)))
  const goldSpans = gold.actors.map((actor) =>
    [...new Set([actor.name, ...actor.mentions])].flatMap((form) => occurrences(text, form)),
  )
  const mapping = new Map<string, string | null>()
  for (const actor of analysis.actors) {
    const forms = formsOf(actor, text)
    let bestIndex = -1
    let bestScore = 0
    gold.actors.forEach((_, index) => {
      const names = goldForms[index] ?? new Set<string>()
      let score = 0
      if (names.has(nameKey(actor.name))) score += 4
      for (const form of forms) if (names.has(form)) score += 1
      for (const mention of actor.mentions)
        for (const span of goldSpans[index] ?? []) if (overlap(mention, span) > 0) score += 1
      if (score > bestScore) {
        bestIndex = index
        bestScore = score
      }
    })
    mapping.set(actor.id, gold.actors[bestIndex]?.name ?? null)
  }
  return mapping
}

/** Every form a predicted actor takes: its name, aliases and the text of its mentions. */
function formsOf(actor: Actor, text: string): Set<string> {
  return new Set(
    [actor.name, ...actor.aliases, ...actor.mentions.map((span) => text.slice(span.start, span.end))].map(
      nameKey,
    ),
  )
}

/** Every occurrence of a form in the text, at word boundaries. */
function occurrences(text: string, form: string): Span[] {
  const spans: Span[] = []
  if (form.length === 0) return spans
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1]
    const after = text[at + form.length]
    if ((before === undefined || !/\w/.test(before)) && (after === undefined || !/\w/.test(after)))
      spans.push({ start: at, end: at + form.length })
  }
  return spans
}

/** The fewest words a gold content needs to be found at another occurrence than its first. */
const REPEATED_WORDS = 4

/** Scores one article; `errors` collects lines for the listing. */
export function scoreArticle(analysis: Analysis, gold: GoldFile, errors: string[] = []): GoldCounts {
  const counts = zero()
  counts.articles = 1
  const text = analysis.article.text
  const mapping = mapActors(analysis, gold)
  const speakerOf = (id: string | null): string | null => (id === null ? null : (mapping.get(id) ?? `?${id}`))
  const quote = (span: Span) => JSON.stringify(text.slice(span.start, span.end).slice(0, 90))

  // Each gold content at its first occurrence, moved below to the occurrence its matched statement reports.
  // A short content ("No.") printed again elsewhere is most often other words that happen to match: only a content
  // of at least REPEATED_WORDS words is taken at its other occurrences.
  const located = gold.statements.map((statement) => {
    const all = locateAll(text, statement.content)
    const spans = statement.content.trim().split(/\s+/).length >= REPEATED_WORDS ? all : all.slice(0, 1)
    return { statement, spans, span: spans[0] ?? null }
  })
  counts.goldStatements = located.length
  counts.predicted = analysis.statements.length
  const pairs: { gold: number; predicted: number; shared: number; span: Span }[] = []
  located.forEach(({ spans }, goldIndex) => {
    analysis.statements.forEach((predicted, predictedIndex) => {
      const length = contentSpans(predicted).reduce((sum, part) => sum + part.end - part.start, 0)
      let best: { shared: number; span: Span } | null = null
      for (const span of spans) {
        const shared = contentSpans(predicted).reduce((sum, part) => sum + overlap(part, span), 0)
        if (contentsMatch(shared, span.end - span.start, length) && (best === null || shared > best.shared))
          best = { shared, span }
      }
      if (best !== null) pairs.push({ gold: goldIndex, predicted: predictedIndex, ...best })
    })
  })
  pairs.sort((a, b) => b.shared - a.shared)
  const goldMatch = new Map<number, number>()
  const predictedMatch = new Map<number, number>()
  for (const pair of pairs) {
    if (goldMatch.has(pair.gold) || predictedMatch.has(pair.predicted)) continue
    goldMatch.set(pair.gold, pair.predicted)
    predictedMatch.set(pair.predicted, pair.gold)
    const entry = located[pair.gold]
    if (entry) entry.span = pair.span
  }
  // The reverse of a piece: a gold statement that is one part of a predicted statement's interrupted content
  // ("'A,' he said. 'B.'" given as one statement in two parts, where the gold writes two) is found by it.
  const joined = new Set<number>()
  located.forEach((entry, goldIndex) => {
    if (goldMatch.has(goldIndex)) return
    const inPart = (span: Span, part: Span) =>
      contentsMatch(overlap(part, span), span.end - span.start, part.end - part.start)
    let at: Span | undefined
    const predictedIndex = analysis.statements.findIndex((predicted) => {
      const parts = predicted.contentParts ?? []
      at = parts.length > 1 ? entry.spans.find((span) => parts.some((part) => inPart(span, part))) : undefined
      return at !== undefined
    })
    if (predictedIndex < 0 || at === undefined) return
    entry.span = at
    joined.add(goldIndex)
    goldMatch.set(goldIndex, predictedIndex)
    if (!predictedMatch.has(predictedIndex)) predictedMatch.set(predictedIndex, goldIndex)
  })

  located.forEach(({ statement, span }, goldIndex) => {
    if (statement.stance) counts.goldStances += 1
    if (span === null) {
      counts.unlocated += 1
      errors.push(`  unlocated gold content ${JSON.stringify(statement.content.slice(0, 80))}`)
      return
    }
    const predictedIndex = goldMatch.get(goldIndex)
    const predicted = predictedIndex === undefined ? undefined : analysis.statements[predictedIndex]
    if (predicted === undefined) {
      errors.push(`  missed    [${statement.speaker ?? 'null'}] ${quote(span)}`)
      return
    }
    counts.matched += 1
    if (joined.has(goldIndex)) counts.joined += 1
    const speaker = speakerOf(predicted.speaker)
    if (speaker === statement.speaker) {
      counts.rightSpeaker += 1
      if (joined.has(goldIndex)) counts.rightSpeakerJoined += 1
    } else
      errors.push(
        `  speaker   gold ${statement.speaker ?? 'null'}, got ${predicted.speaker ?? `null (${predicted.speakerReason})`}: ${quote(span)}`,
      )
    // A joined part's stance is scored as before the join was counted: its statement's stance is the other part's.
    if (joined.has(goldIndex)) {
      if (statement.stance)
        errors.push(
          `  stance    missed ${statement.stance.polarity} → ${statement.stance.target}: ${quote(span)}`,
        )
      return
    }
    if (predicted.stance) counts.predictedStances += 1
    if (statement.stance && predicted.stance) {
      const target = speakerOf(predicted.stance.target)
      if (target === statement.stance.target && predicted.stance.polarity === statement.stance.polarity)
        counts.rightStances += 1
      else
        errors.push(
          `  stance    gold ${statement.stance.polarity} → ${statement.stance.target}, got ${predicted.stance.polarity} → ${predicted.stance.target}`,
        )
    } else if (statement.stance) {
      errors.push(
        `  stance    missed ${statement.stance.polarity} → ${statement.stance.target}: ${quote(span)}`,
      )
    } else if (predicted.stance) {
      errors.push(
        `  stance    false ${predicted.stance.polarity} → ${predicted.stance.target}: ${quote(span)}`,
      )
    }
  })

  // A predicted statement inside a matched gold content (a quote cut in two by its attribution) is a piece of
  // that statement, not an extra one.
  analysis.statements.forEach((predicted, index) => {
    if (predictedMatch.has(index)) return
    const length = contentSpans(predicted).reduce((sum, part) => sum + part.end - part.start, 0)
    const inside = [...goldMatch.keys()].some((goldIndex) => {
      const span = located[goldIndex]?.span
      return (
        span != null &&
        contentSpans(predicted).reduce((sum, part) => sum + overlap(part, span), 0) >= 0.8 * length
      )
    })
    if (inside) {
      counts.pieces += 1
      return
    }
    counts.extras += 1
    if (predicted.stance) counts.predictedStances += 1
    errors.push(`  extra     [${predicted.speaker ?? 'null'}] ${quote(predicted.content)}`)
  })

  counts.goldActors = gold.actors.length
  const byGold = new Map<string, Actor[]>()
  for (const actor of analysis.actors) {
    const goldName = mapping.get(actor.id)
    if (goldName == null) {
      counts.spuriousActors += 1
      if (actor.kind === 'person') counts.spuriousPersons += 1
      errors.push(`  actor+    ${actor.id} (${actor.kind})`)
      continue
    }
    byGold.set(goldName, [...(byGold.get(goldName) ?? []), actor])
  }
  for (const actor of gold.actors) {
    const found = byGold.get(actor.name) ?? []
    if (found.length === 0) {
      errors.push(`  actor-    ${actor.name} (${actor.kind})`)
      continue
    }
    counts.actorsFound += 1
    if (found.some((predicted) => predicted.kind === actor.kind)) counts.actorsRightKind += 1
    else
      errors.push(`  kind      ${actor.name}: gold ${actor.kind}, got ${found.map((a) => a.id).join(', ')}`)
    if (found.length > 1) {
      counts.actorsSplit += 1
      errors.push(`  split     ${actor.name}: ${found.map((a) => a.id).join(', ')}`)
    }
  }
  return counts
}

/** Adds one tally to another. */
function add(total: GoldCounts, counts: GoldCounts): GoldCounts {
  for (const key of Object.keys(total) as (keyof GoldCounts)[]) total[key] += counts[key]
  return total
}

/** Reads the gold files of one folder. */
export function readGoldFolder(folder: string): GoldFile[] {
  let names: string[]
  try {
    names = readdirSync(resolve(goldRoot, folder))
  } catch {
    return []
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(resolve(goldRoot, folder, name), 'utf8')) as GoldFile)
}

/** Analyzes a gold file's source the way a user would give it. */
function analyzeGold(gold: GoldFile): Analysis {
  const input = readGoldInput(gold.source)
  return analyze(input.text, input.url === undefined ? {} : { url: input.url })
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`)
const ratio = (part: number, whole: number) => (whole === 0 ? '—' : (part / whole).toFixed(3))

/** The report lines of one split's tallies. */
export function report(name: string, c: GoldCounts): string[] {
  const precision = c.predictedStances === 0 ? 0 : c.rightStances / c.predictedStances
  const recall = c.goldStances === 0 ? 0 : c.rightStances / c.goldStances
  return [
    `${name}: ${c.articles} articles`,
    `  statements  gold ${c.goldStatements} (unlocated ${c.unlocated}), found ${c.matched} (${percent(c.matched, c.goldStatements)}), right speaker ${c.rightSpeaker} (${percent(c.rightSpeaker, c.goldStatements)} of gold, ${percent(c.rightSpeaker, c.matched)} of found)`,
    `              of them parts of a joined quote ${c.joined}, right speaker ${c.rightSpeakerJoined}; without these: found ${c.matched - c.joined}, right speaker ${c.rightSpeaker - c.rightSpeakerJoined} (${percent(c.rightSpeaker - c.rightSpeakerJoined, c.goldStatements)})`,
    `              predicted ${c.predicted}, extras ${c.extras} (${ratio(c.extras, c.articles)} per article), pieces of a found quote ${c.pieces}`,
    `  actors      gold ${c.goldActors}, found ${c.actorsFound} (${percent(c.actorsFound, c.goldActors)}), right kind ${c.actorsRightKind} (${percent(c.actorsRightKind, c.goldActors)}), split ${c.actorsSplit}, spurious ${c.spuriousActors} (persons ${c.spuriousPersons})`,
    `  stance      gold ${c.goldStances}, predicted ${c.predictedStances}, right ${c.rightStances}: precision ${ratio(c.rightStances, c.predictedStances)}, recall ${ratio(c.rightStances, c.goldStances)}, F1 ${ratio(2 * precision * recall, precision + recall)}`,
  ]
}

/** Compares two readings of one article: statements both found (by content), same speaker, and actors in common. */
export function agreement(first: GoldFile, second: GoldFile, text: string) {
  const spans = (gold: GoldFile) => gold.statements.map((statement) => locate(text, statement.content))
  const a = spans(first)
  const b = spans(second)
  const used = new Set<number>()
  let both = 0
  let sameSpeaker = 0
  a.forEach((span, i) => {
    if (span === null) return
    const j = b.findIndex(
      (other, index) =>
        !used.has(index) &&
        other !== null &&
        contentsMatch(overlap(span, other), span.end - span.start, other.end - other.start),
    )
    if (j < 0) return
    used.add(j)
    both += 1
    const firstSpeaker = first.statements[i]?.speaker
    const secondSpeaker = second.statements[j]?.speaker
    if (
      (firstSpeaker == null && secondSpeaker == null) ||
      (firstSpeaker != null && secondSpeaker != null && nameKey(firstSpeaker) === nameKey(secondSpeaker))
    )
      sameSpeaker += 1
  })
  const actorKeys = (gold: GoldFile) =>
    new Set(gold.actors.map((actor) => `${nameKey(actor.name)}|${actor.kind}`))
  const actorsA = actorKeys(first)
  const actorsB = actorKeys(second)
  const actorsBoth = [...actorsA].filter((key) => actorsB.has(key)).length
  return {
    statements: [first.statements.length, second.statements.length],
    both,
    sameSpeaker,
    actors: [actorsA.size, actorsB.size],
    actorsBoth,
  }
}

function main(): void {
  const values = readScriptArgs(
    'usage: eval:gold [--split tune|heldback|all] [--errors (tune only)] [--agreement (second readers)]',
    {
      split: { type: 'string', default: 'all' },
      errors: { type: 'boolean', default: false },
      agreement: { type: 'boolean', default: false },
    },
  )
  const splits = values.split === 'all' ? SPLITS : SPLITS.filter((split) => split === values.split)
  if (splits.length === 0) {
    console.error(`eval:gold: --split is tune, heldback or all, not ${values.split}`)
    process.exit(2)
  }
  const total = zero()
  for (const split of splits) {
    const tally = zero()
    for (const gold of readGoldFolder(split)) {
      const errors: string[] = []
      add(tally, scoreArticle(analyzeGold(gold), gold, errors))
      if (values.errors && split === 'tune' && errors.length > 0)
        console.log(`${gold.source}\n${errors.join('\n')}`)
    }
    for (const line of report(split, tally)) console.log(line)
    add(total, tally)
  }
  if (splits.length > 1) for (const line of report('all', total)) console.log(line)

  if (values.agreement) {
    const firsts = new Map<string, GoldFile>()
    for (const split of SPLITS) for (const gold of readGoldFolder(split)) firsts.set(gold.source, gold)
    for (const second of readGoldFolder('second-reader')) {
      const first = firsts.get(second.source)
      if (first === undefined) continue
      const result = agreement(first, second, readGoldInput(second.source).text)
      console.log(
        `agreement ${basename(second.source)} (${first.reader ?? '?'} vs ${second.reader ?? '?'}): statements ${result.statements.join(' vs ')}, both ${result.both}, same speaker ${result.sameSpeaker}; actors ${result.actors.join(' vs ')}, same name and kind ${result.actorsBoth}`,
      )
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
