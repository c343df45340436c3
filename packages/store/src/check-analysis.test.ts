import { AnalysisSchema, analyze } from '@whosaid/core'
import { describe, expect, it } from 'vitest'
import { checkAnalysisSteps } from './check-analysis.ts'
import { runSteps } from './steps.ts'

const text =
  'Ann Lee, the mayor, said the bridge would open in May. "We are ready," she said. ' +
  'Bob Stone of the Harbour Trust accused Ann Lee of rushing the work. The council denied it.'
const analysis = analyze(text)

/** An analysis as a client may send it: plain objects whose members a test can spoil. */
type Loose = {
  article: Record<string, unknown>
  actors: Record<string, unknown>[]
  statements: Record<string, unknown>[]
  relations?: unknown[]
  extractor?: unknown
}

/** The analysis as plain data (what a client sends), with its lists repeated to `times` their length. */
function longer(times: number): Loose {
  const plain = JSON.parse(JSON.stringify(analysis)) as Loose
  const repeat = <Item>(list: Item[]) =>
    Array.from({ length: times }, () => list.map((item) => structuredClone(item))).flat()
  return { ...plain, actors: repeat(plain.actors), statements: repeat(plain.statements) }
}

/** Both checks of one value: the whole parse's and the stepped one's. */
function both(value: unknown) {
  return { whole: AnalysisSchema.safeParse(value), steps: runSteps(checkAnalysisSteps(value)) }
}

describe('checkAnalysisSteps', () => {
  it('parses what the whole parse does, keys in the same order, unknown keys dropped', () => {
    const value = { ...longer(300), unknown: 1 }
    const { whole, steps } = both(value)
    expect(whole.success).toBe(true)
    expect(steps.success).toBe(true)
    expect(JSON.stringify(steps.data)).toBe(JSON.stringify(whole.data))
  })

  it.each([
    [
      'a bad actor kind',
      (v: Loose) => Object.assign(v.actors[401] ?? {}, { kind: 'planet' }),
      ['actors', 401, 'kind'],
    ],
    [
      'a statement without content',
      (v: Loose) => delete v.statements[7]?.content,
      ['statements', 7, 'content'],
    ],
    ['a bad relation', (v: Loose) => (v.relations = [{ source: 1 }]), ['relations', 0]],
    ['a bad article', (v: Loose) => (v.article.id = 5), ['article', 'id']],
    [
      'a bad sentence',
      (v: Loose) => ((v.article.sentences as unknown[])[1] = { start: 4, end: 2 }),
      ['article', 'sentences', 1, 'end'],
    ],
    [
      'a bad paragraph',
      (v: Loose) => ((v.article.paragraphs as unknown[])[0] = {}),
      ['article', 'paragraphs', 0],
    ],
    ['sentences not a list', (v: Loose) => (v.article.sentences = 'none'), ['article', 'sentences']],
    ['a missing extractor', (v: Loose) => delete v.extractor, ['extractor']],
  ])('names the path of %s as the whole parse does', (_, spoil, path) => {
    const value = longer(300)
    spoil(value)
    const { whole, steps } = both(value)
    expect(steps.success).toBe(false)
    expect(whole.success).toBe(false)
    const paths = (issues: { path: PropertyKey[] }[]) =>
      issues.map((issue) => issue.path.slice(0, path.length))
    expect(paths(steps.error?.issues ?? [])).toContainEqual(path)
    expect(paths(steps.error?.issues ?? [])).toEqual(paths(whole.error?.issues ?? []))
  })

  it('lists several issues in the order of the whole parse', () => {
    const value = longer(300)
    Object.assign(value.actors[401] ?? {}, { kind: 'planet' })
    delete value.extractor
    value.article.id = 5
    const { whole, steps } = both(value)
    const paths = (issues: { path: PropertyKey[] }[] = []) => issues.map((issue) => issue.path.join('.'))
    expect(paths(steps.error?.issues)).toEqual(paths(whole.error?.issues))
    expect(paths(steps.error?.issues)).toEqual(['article.id', 'actors.401.kind', 'extractor'])
  })

  it('lists the issues of the article in the order of its keys, its spans among them', () => {
    const value = longer(300)
    value.article.language = 'English'
    ;(value.article.sentences as unknown[])[2] = { start: -1, end: 3 }
    value.article.id = 5
    const { whole, steps } = both(value)
    const paths = (issues: { path: PropertyKey[] }[] = []) => issues.map((issue) => issue.path.join('.'))
    expect(paths(steps.error?.issues)).toEqual(paths(whole.error?.issues))
    expect(paths(steps.error?.issues)).toEqual([
      'article.id',
      'article.sentences.2.start',
      'article.language',
    ])
  })

  it('yields between slices of an article of many sentences, lists short', () => {
    const value = longer(1)
    const sentence = (value.article.sentences as unknown[])[0]
    value.article.sentences = Array.from({ length: 2_000 }, () => structuredClone(sentence))
    const steps = checkAnalysisSteps(value)
    let yields = 0
    for (let next = steps.next(); !next.done; next = steps.next()) yields++
    expect(yields).toBeGreaterThanOrEqual(7)
    expect(JSON.stringify(runSteps(checkAnalysisSteps(value)).data)).toBe(
      JSON.stringify(AnalysisSchema.safeParse(value).data),
    )
  })

  it('leaves the spans past the text to the caller, as the whole parse leaves them past other issues', () => {
    const value = longer(300)
    value.article.body = { start: 0, end: 10_000_000 }
    expect(runSteps(checkAnalysisSteps(value)).success).toBe(true)
    expect(both(value).whole.success).toBe(false)
    Object.assign(value.actors[3] ?? {}, { kind: 'planet' })
    const { whole, steps } = both(value)
    expect(steps.error?.issues.map((issue) => issue.path)).toEqual(
      whole.error?.issues.map((issue) => issue.path),
    )
  })

  it.each([null, 'text', [], { actors: 'none' }, {}])('parses an odd value (%j) whole', (value) => {
    const { whole, steps } = both(value)
    expect(steps.success).toBe(false)
    expect(steps.error?.issues).toEqual(whole.error?.issues)
  })

  it('yields between actors of many spans, each weighing by its spans, to the same parse', () => {
    const plain = longer(1)
    const [first] = plain.actors
    if (!first) throw new Error('the analysis has actors')
    const spans = Array.from({ length: 1_000 }, () => ({ start: 0, end: 3 }))
    const named = { ...plain, actors: Array.from({ length: 10 }, () => ({ ...first, mentions: spans })) }
    const steps = checkAnalysisSteps(named)
    let yields = 0
    while (!steps.next().done) yields++
    // Ten actors of 1,000 spans weigh 126 items each: a pause after every second one (there were none).
    expect(yields).toBe(5)
    const { whole, steps: stepped } = both(named)
    expect(stepped.success && JSON.stringify(stepped.data)).toBe(whole.success && JSON.stringify(whole.data))
  })

  it('yields between slices of a long analysis', () => {
    const steps = checkAnalysisSteps(longer(300))
    let yields = 0
    while (!steps.next().done) yields++
    expect(yields).toBeGreaterThan(1)
  })
})
