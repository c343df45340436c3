import { pause } from './json-slices.ts'

/**
 * A computation written in steps: it yields between pieces of its work and returns its result. The same steps run
 * at once (`runSteps`) or with a pause of the event loop at each yield (`runWithPauses`), so that one pure
 * function serves a short article, done in one go, and a long one, whose work would hold a server's thread for
 * most of a second.
 */
export type Steps<Result> = Generator<void, Result, void>

/** Items of a list handled between two yields. */
export const ITEMS_PER_STEP = 250

/**
 * The result of some steps, run at once.
 * @example runSteps(mapInSteps([1, 2], (n) => n * 2)) // [2, 4]
 */
export function runSteps<Result>(steps: Steps<Result>): Result {
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
  }
}

/**
 * The result of some steps, with a pause of the event loop (timers, sockets) at each of their yields.
 * @example await runWithPauses(mapInSteps(statements, toRow))
 */
export async function runWithPauses<Result>(steps: Steps<Result>): Promise<Result> {
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
    await pause()
  }
}

/** Runs steps at once or with pauses (`runSteps`, `runWithPauses`): what a caller picks once for all its steps. */
export type StepRunner = <Result>(steps: Steps<Result>) => Result | Promise<Result>

/**
 * The runner for a caller's steps: with pauses when `pausing` (a long article), else at once.
 * @example const run = stepRunner(statements.length > 2_000); const rows = await run(toRowsSteps(analysis, now))
 */
export function stepRunner(pausing: boolean): StepRunner {
  return (steps) => (pausing ? runWithPauses(steps) : runSteps(steps))
}

/**
 * `items.forEach(visit)` in steps: yields after every ITEMS_PER_STEP items.
 * @example yield* eachInSteps(mentions, (mention) => seen.add(mention.start))
 */
export function* eachInSteps<Item>(
  items: readonly Item[],
  visit: (item: Item, index: number) => void,
): Steps<void> {
  for (let i = 0; i < items.length; i++) {
    visit(items[i] as Item, i)
    if ((i + 1) % ITEMS_PER_STEP === 0 && i + 1 < items.length) yield
  }
}

/**
 * `items.map(map)` in steps: yields after every ITEMS_PER_STEP items.
 * @example const rows = yield* mapInSteps(statements, (statement, ordinal) => ({ ordinal }))
 */
export function* mapInSteps<Item, Out>(
  items: readonly Item[],
  map: (item: Item, index: number) => Out,
): Steps<Out[]> {
  const out: Out[] = []
  yield* eachInSteps(items, (item, index) => {
    out.push(map(item, index))
  })
  return out
}
