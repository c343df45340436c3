// Scores the cue stage alone (the learned tagger, its filters and the rule cues) against PolNeAR's gold cues, over a
// range of tagger biases: whether a retrained tagger finds more of the cues readers marked, without the noise the
// content and source choices add to eval:statements.
// With --misses, it also sorts the gold cues the shipped bias misses: those a higher bias finds (a threshold matter),
// those no bias up to the last finds, those the mayBeCue gate never scores, and those of more than one token.
// Usage: npx node scripts/eval-cues.ts --polnear DIR [--model FILE] [--biases 0,10,25,40] [--misses]
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildContext } from '../src/extract/statements/context.ts'
import { findCues, mayBeCue } from '../src/extract/statements/cues.ts'
import { loadModel, type StoredModel, shippedModel } from '../src/extract/statements/model.ts'
import { parseArticle } from '../src/parse/index.ts'
import { readPolnear } from './read-polnear.ts'

/** Cue detection tallies: gold cues, cues found, and gold cues that a found cue shares a token with. */
export interface CueTally {
  gold: number
  found: number
  matched: number
}

/**
 * Adds one article's cues to a tally: each distinct gold cue (a set of token indices) counts once, and is matched
 * when a found cue (tokens [start, end)) holds one of its tokens.
 * @example tallyCues([[3]], [{ start: 3, end: 4 }], tally) // tally.matched + 1
 */
export function tallyCues(
  gold: readonly (readonly number[])[],
  found: readonly { start: number; end: number }[],
  tally: CueTally,
): void {
  const distinct = new Map(
    gold.filter((tokens) => tokens.length > 0).map((tokens) => [tokens.join(','), tokens]),
  )
  tally.gold += distinct.size
  tally.found += found.length
  for (const tokens of distinct.values())
    if (found.some((cue) => tokens.some((t) => t >= cue.start && t < cue.end))) tally.matched++
}

/** Why a gold cue was missed: the first higher bias that finds it (or null), whether the gate drops all its tokens. */
export interface CueMiss {
  tokens: number
  foundAtBias: number | null
  gated: boolean
}

/**
 * Sorts one missed gold cue (token indices): the first of `biases` (ascending) whose found cues hold one of its tokens,
 * or null; `gated` when `mayScore` refuses every one of its tokens, so that no bias can find it.
 * @example sortMiss([5], [[30, [{ start: 5, end: 6 }]]], () => true) // { tokens: 1, foundAtBias: 30, gated: false }
 */
export function sortMiss(
  gold: readonly number[],
  foundByBias: readonly (readonly [number, readonly { start: number; end: number }[]])[],
  mayScore: (t: number) => boolean,
): CueMiss {
  const holds = (found: readonly { start: number; end: number }[]) =>
    found.some((cue) => gold.some((t) => t >= cue.start && t < cue.end))
  const first = foundByBias.find(([, found]) => holds(found))
  return { tokens: gold.length, foundAtBias: first ? first[0] : null, gated: !gold.some(mayScore) }
}

/** Prints the misses of the shipped bias, sorted by `sortMiss` over higher biases. */
function printMisses(
  articles: readonly { context: ReturnType<typeof buildContext>; gold: number[][] }[],
  model: ReturnType<typeof shippedModel>,
): void {
  const higher = [30, 35, 40, 50, 70, 100].filter((bias) => bias > model.cueBias)
  const misses: CueMiss[] = []
  for (const { context, gold } of articles) {
    const shipped = findCues(context, model)
    const foundByBias = higher.map((cueBias) => [cueBias, findCues(context, { ...model, cueBias })] as const)
    const mayScore = (t: number) => {
      const sentence = context.parsed.sentences[context.sentenceOf[t] ?? 0]
      return mayBeCue(context, t, sentence?.firstToken ?? 0)
    }
    const distinct = new Map(
      gold.filter((tokens) => tokens.length > 0).map((tokens) => [tokens.join(','), tokens]),
    )
    for (const tokens of distinct.values())
      if (sortMiss(tokens, [[model.cueBias, shipped]], mayScore).foundAtBias === null)
        misses.push(sortMiss(tokens, foundByBias, mayScore))
  }
  const count = (keep: (miss: CueMiss) => boolean) => misses.filter(keep).length
  console.log(`missed at bias ${model.cueBias}: ${misses.length}`)
  for (const bias of higher)
    console.log(`  first found at bias ${bias}: ${count((m) => m.foundAtBias === bias)}`)
  console.log(`  not found up to bias ${higher.at(-1)}: ${count((m) => m.foundAtBias === null)}`)
  console.log(`  never scored (mayBeCue): ${count((m) => m.gated)}`)
  console.log(`  of more than one token: ${count((m) => m.tokens > 1)}`)
}

function main(argv: readonly string[]): void {
  const option = (name: string) => {
    const at = argv.indexOf(name)
    return at >= 0 ? argv[at + 1] : undefined
  }
  const dir = option('--polnear')
  if (!dir) {
    console.error('usage: eval-cues --polnear DIR [--model FILE] [--biases 0,10,25,40]')
    process.exitCode = 2
    return
  }
  const file = option('--model')
  const model = file
    ? loadModel(JSON.parse(readFileSync(resolve(file), 'utf8')) as StoredModel)
    : shippedModel()
  const biases = (option('--biases') ?? `0,10,20,${model.cueBias},30,40,50`).split(',').map(Number)
  const articles = readPolnear(resolve(process.env.INIT_CWD ?? process.cwd(), dir)).map((article) => {
    const context = buildContext(parseArticle(article.text))
    const gold = article.attributions.map((attribution) =>
      context.tokens.flatMap((token, t) =>
        attribution.cue.some((span) => token.end > span.start && token.start < span.end) ? [t] : [],
      ),
    )
    return { context, gold }
  })
  console.log(
    `PolNeAR ${dir}: ${articles.length} articles; cue stage by tagger bias (shipped ${model.cueBias})`,
  )
  for (const cueBias of biases) {
    const tally: CueTally = { gold: 0, found: 0, matched: 0 }
    for (const { context, gold } of articles) tallyCues(gold, findCues(context, { ...model, cueBias }), tally)
    const precision = tally.matched / tally.found
    const recall = tally.matched / tally.gold
    const f1 = (2 * precision * recall) / (precision + recall)
    console.log(
      `bias ${String(cueBias).padStart(4)}  found ${tally.found}  of gold ${tally.gold}  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`,
    )
  }
  if (argv.includes('--misses')) printMisses(articles, model)
}

if (import.meta.main) main(process.argv.slice(2))
