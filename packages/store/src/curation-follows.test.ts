// What follows a curated merge or split: the canonical actor's relations and timeline, the stance targets of the
// stored analyses, and later ingests, which leave a curated decision as it is. Both backends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { makeAnalysis } from '../test/fixtures.ts'
import type { Store } from './database.ts'
import { mergeActor, splitActor } from './edge.ts'
import { canonicalActorId } from './identity.ts'
import { storeAnalysis } from './ingest.ts'
import { getActor } from './queries/actors.ts'
import { getArticle } from './queries/articles.ts'
import { findInconsistencies } from './queries/integrity.ts'
import { listRelations } from './queries/relations.ts'

/** One article: `speaker` (id, name) says `content`, with a stance toward `target` (id, name) when given. */
function article(
  text: string,
  speaker: [string, string],
  content: string,
  day: string,
  target?: [string, string],
) {
  return makeAnalysis(text, {
    actors: [
      { id: speaker[0], kind: 'person', names: [speaker[1]] },
      ...(target ? [{ id: target[0], kind: 'person' as const, names: [target[1]] }] : []),
    ],
    statements: [
      {
        speaker: speaker[0],
        content,
        cue: 'said',
        ...(target ? { target: target[0], polarity: 'oppose' as const } : {}),
      },
    ],
    publishedAt: `${day}T09:00:00Z`,
  })
}

const VERA: [string, string] = ['person:vera-holm', 'Vera Holm']
const VEE: [string, string] = ['person:vee-rask', 'Vee Rask']
const TOR: [string, string] = ['person:tor-berg', 'Tor Berg']
const TORY: [string, string] = ['person:tory-bergstrom', 'Tory Bergstrom']
const HOLM: [string, string] = ['person:holm', 'Holm']
/** The article whose stance target is merged into another actor. */
const TORY_ARTICLE = article(
  'Vera Holm said Tory Bergstrom misled the port.',
  VERA,
  'Tory Bergstrom misled the port',
  '2024-02-05',
  TORY,
)

describe.each(testBackends())('after curation on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
    await storeAnalysis(
      store,
      article(
        'Vera Holm said Tor Berg failed the town.',
        VERA,
        'Tor Berg failed the town',
        '2024-02-01',
        TOR,
      ),
    )
    await storeAnalysis(
      store,
      article('Vee Rask said Tor Berg misled the town.', VEE, 'Tor Berg misled the town', '2024-02-03', TOR),
    )
    await storeAnalysis(store, TORY_ARTICLE)
  }, 300_000)
  afterAll(() => dispose())

  it('gives the canonical actor the relations and timeline of the actor merged into it', async () => {
    expect(await mergeActor(store, VEE[0], VERA[0])).toEqual({ ok: true, canonical: VERA[0] })
    const vera = await getActor(store, VERA[0])
    expect(vera?.stances.map(({ target, polarity, count }) => ({ target, polarity, count }))).toEqual([
      { target: TOR[0], polarity: 'oppose', count: 2 },
      { target: TORY[0], polarity: 'oppose', count: 1 },
    ])
    expect(vera?.timeline).toEqual([
      { date: '2024-02-01', statementCount: 1 },
      { date: '2024-02-03', statementCount: 1 },
      { date: '2024-02-05', statementCount: 1 },
    ])
    expect((await listRelations(store, { actor: VEE[0] })).items).toEqual([])
    const tor = await getActor(store, TOR[0])
    expect(tor?.opposedBy.map(({ source, count }) => ({ source, count }))).toEqual([
      { source: VERA[0], count: 2 },
    ])
    expect(await findInconsistencies(store)).toEqual([])
  })

  it('gives a stored statement the canonical stance target, the extracted one beside it', async () => {
    expect(await mergeActor(store, TORY[0], TOR[0])).toEqual({ ok: true, canonical: TOR[0] })
    const [row] = (await listRelations(store, { target: TORY[0] })).items
    expect(row).toBeUndefined()
    const stored = await getArticle(store, TORY_ARTICLE.article.id)
    expect(stored?.statements[0]?.stance).toEqual({
      target: TOR[0],
      extractedTarget: TORY[0],
      polarity: 'oppose',
    })
    expect(stored?.actors.find((actor) => actor.extractedId === TORY[0])?.id).toBe(TOR[0])
    const tor = await getActor(store, TOR[0])
    expect(tor?.opposedBy.map(({ source, count }) => ({ source, count }))).toEqual([
      { source: VERA[0], count: 3 },
    ])
  })

  it('keeps a curated merge and a curated split through later ingests', async () => {
    // The merged id stays merged when a later article names it again.
    await storeAnalysis(
      store,
      article('Vee Rask said the quay reopens.', VEE, 'the quay reopens', '2024-03-01'),
    )
    expect(await canonicalActorId(store, VEE[0])).toBe(VERA[0])
    // A lone surname joins the one stored person it fits; split off by hand, it stays apart after more articles
    // naming either form.
    await storeAnalysis(store, article('Holm said the quay shuts.', HOLM, 'the quay shuts', '2024-03-02'))
    expect(await canonicalActorId(store, HOLM[0])).toBe(VERA[0])
    expect(await splitActor(store, HOLM[0])).toEqual({ ok: true, canonical: HOLM[0] })
    await storeAnalysis(
      store,
      article('Holm said the quay opens at noon.', HOLM, 'the quay opens at noon', '2024-03-03'),
    )
    await storeAnalysis(
      store,
      article('Vera Holm said the ferry runs late.', VERA, 'the ferry runs late', '2024-03-04'),
    )
    expect(await canonicalActorId(store, HOLM[0])).toBe(HOLM[0])
    expect(await getActor(store, HOLM[0])).toMatchObject({ articleCount: 2, statementCount: 2 })
    expect(await findInconsistencies(store)).toEqual([])
  })
})
