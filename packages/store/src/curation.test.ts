import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { makeAnalysis } from '../test/fixtures.ts'
import { subtree } from './curation.ts'
import { queryRows, type Store } from './database.ts'
import { mergeActor, splitActor } from './edge.ts'
import { canonicalActorId, lockNames } from './identity.ts'
import { storeAnalysis, writePause } from './ingest.ts'
import { getActor } from './queries/actors.ts'
import { getArticle } from './queries/articles.ts'
import { findInconsistencies } from './queries/integrity.ts'
import { listStatements } from './queries/statements.ts'
import { importRegistry, RegistrySchema, readRegistry } from './registry.ts'

describe('subtree', () => {
  const nodes = [
    { id: 'a', parent: null, curated: false },
    { id: 'b', parent: 'a', curated: false },
    { id: 'c', parent: 'b', curated: false },
    { id: 'd', parent: 'a', curated: false },
  ]
  it.each([
    ['a', ['a', 'b', 'c', 'd']],
    ['b', ['b', 'c']],
    ['c', ['c']],
  ])('under %s: %j', (root, expected) => {
    expect([...subtree(nodes, root)].sort()).toEqual(expected)
  })

  // Many ids merged straight into one actor: each sibling found once, none from another branch.
  const wide = [
    { id: 'hub', parent: null, curated: false },
    ...Array.from({ length: 5000 }, (_, k) => ({ id: `leaf-${k}`, parent: 'hub', curated: false })),
    { id: 'other', parent: null, curated: false },
    { id: 'stray', parent: 'other', curated: false },
  ]
  it.each([
    ['hub', 5001, 'leaf-4999', 'stray'],
    ['other', 2, 'stray', 'hub'],
    ['leaf-7', 1, 'leaf-7', 'leaf-8'],
  ])('wide tree under %s: %i ids', (root, size, kept, left) => {
    const found = subtree(wide, root)
    expect([found.size, found.has(kept), found.has(left)]).toEqual([size, true, false])
  })
})

describe('readRegistry', () => {
  it.each([
    [
      'csv with quoted fields and aliases',
      'id,name,kind,aliases,role,affiliation,wikidata\nperson:xi-jinping,Xi Jinping,person,"Xi|President Xi","President, PRC",country:china,Q15031\n',
      'csv',
      [
        {
          id: 'person:xi-jinping',
          name: 'Xi Jinping',
          kind: 'person',
          aliases: ['Xi', 'President Xi'],
          role: 'President, PRC',
          affiliation: 'country:china',
          wikidata: 'Q15031',
        },
      ],
    ],
    [
      'csv with few columns',
      'id,name,kind\r\nperson:ann-lee,Ann Lee,person\r\n',
      'csv',
      [{ id: 'person:ann-lee', name: 'Ann Lee', kind: 'person', aliases: [] }],
    ],
    [
      'json',
      '[{"id":"country:china","name":"China","kind":"country"}]',
      'json',
      [{ id: 'country:china', name: 'China', kind: 'country', aliases: [] }],
    ],
  ] as const)('%s', (_what, text, format, expected) => {
    expect(RegistrySchema.parse(readRegistry(text, format))).toEqual(expected)
  })

  it.each([
    ['an unknown column', 'id,name,kind,born\nperson:a,A,person,1950\n', 'csv', /unknown column "born"/],
    [
      'a bad Wikidata id',
      '[{"id":"person:a-b","name":"A B","kind":"person","wikidata":"22686"}]',
      'json',
      /Q22686/,
    ],
    ['a bad id', '[{"id":"A B","name":"A B","kind":"person"}]', 'json', /id/],
    ['an id too long to index', `id,name,kind\nperson:${'q'.repeat(300)},A B,person\n`, 'csv', /"id"/],
    ['a name too long to index', `id,name,kind\nperson:a-b,A ${'q'.repeat(400)},person\n`, 'csv', /"name"/],
    [
      'an alias too long to index',
      `id,name,kind,aliases\nperson:a-b,A B,person,A|${'q'.repeat(400)}\n`,
      'csv',
      /"aliases"/,
    ],
  ] as const)('refuses %s', (_what, text, format, message) => {
    expect(() => RegistrySchema.parse(readRegistry(text, format))).toThrow(message)
  })
})

describe.each(testBackends())('curation on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
    const articles: [string, string, string, string | undefined, string][] = [
      [
        'Mark Meadows said the memo was accurate.',
        'person:mark-meadows',
        'Mark Meadows',
        undefined,
        '2024-01-01',
      ],
      ['Meadows said the memo stands.', 'person:meadows', 'Meadows', undefined, '2024-01-02'],
      ['Ann Lee said the port reopens.', 'person:ann-lee', 'Ann Lee', 'spokeswoman', '2024-01-03'],
      ['Ann Lee said the bridge holds.', 'person:ann-lee', 'Ann Lee', 'minister', '2024-01-04'],
      ['Ann Lee said the road closes.', 'person:ann-lee', 'Ann Lee', 'minister', '2024-01-05'],
    ]
    for (const [text, id, name, role, day] of articles) {
      const content = text.slice(text.indexOf('said ') + 5, -1)
      await storeAnalysis(
        store,
        makeAnalysis(text, {
          actors: [{ id, kind: 'person', names: [name], ...(role ? { role } : {}) }],
          statements: [{ speaker: id, content, cue: 'said' }],
          publishedAt: `${day}T10:00:00Z`,
        }),
      )
    }
  }, 300_000)
  afterAll(() => dispose())

  /** The stored analysis of the article that has `text`. */
  async function articleOf(text: string) {
    const [row] = await queryRows<{ id: string }>(store.db, sql`select id from articles where text = ${text}`)
    return getArticle(store, row?.id ?? '')
  }

  it('gives a stored analysis the canonical ids, the extracted ones beside them', async () => {
    const analysis = await articleOf('Meadows said the memo stands.')
    expect(analysis?.actors[0]).toMatchObject({ id: 'person:mark-meadows', extractedId: 'person:meadows' })
    expect(analysis?.statements[0]).toMatchObject({
      speaker: 'person:mark-meadows',
      extractedSpeaker: 'person:meadows',
    })
  })

  it('shows the role most articles state, and every name form', async () => {
    const actor = await getActor(store, 'person:ann-lee')
    expect(actor).toMatchObject({ role: 'minister', names: ['Ann Lee'], wikidata: null })
    // One article each: the latest comes first.
    expect((await getActor(store, 'person:mark-meadows'))?.names).toEqual(['Meadows', 'Mark Meadows'])
  })

  it('splits a merged id off and merges it back, the stored rows following', async () => {
    expect(await splitActor(store, 'person:mark-meadows')).toEqual({ ok: false, reason: 'not-merged' })
    expect(await splitActor(store, 'person:meadows')).toEqual({ ok: true, canonical: 'person:meadows' })
    expect(await canonicalActorId(store, 'person:meadows')).toBe('person:meadows')
    expect(await findInconsistencies(store)).toEqual([])
    const split = await listStatements(store, { speaker: 'person:meadows' })
    expect(
      split.items.map(({ speaker, speakerName, extractedSpeaker }) => ({
        speaker,
        speakerName,
        extractedSpeaker,
      })),
    ).toEqual([{ speaker: 'person:meadows', speakerName: 'Meadows', extractedSpeaker: undefined }])
    expect(await getActor(store, 'person:mark-meadows')).toMatchObject({
      aliases: [],
      articleCount: 1,
      statementCount: 1,
    })
    expect((await articleOf('Meadows said the memo stands.'))?.actors[0]?.id).toBe('person:meadows')

    expect(await mergeActor(store, 'person:meadows', 'person:mark-meadows')).toEqual({
      ok: true,
      canonical: 'person:mark-meadows',
    })
    expect(await mergeActor(store, 'person:meadows', 'person:mark-meadows')).toEqual({
      ok: false,
      reason: 'same',
    })
    expect(await mergeActor(store, 'person:nobody', 'person:mark-meadows')).toEqual({
      ok: false,
      reason: 'not-found',
    })
    const merged = await listStatements(store, { speaker: 'person:mark-meadows' })
    expect(merged.items.map(({ speakerName }) => speakerName)).toEqual(['Mark Meadows', 'Mark Meadows'])
    expect(await getActor(store, 'person:mark-meadows')).toMatchObject({ articleCount: 2, statementCount: 2 })
    expect(await findInconsistencies(store)).toEqual([])
  })

  /** An ingest settling the identities of `name`: it holds the name's keys exclusively. */
  const settling =
    (name: string) =>
    (held: () => void, released: Promise<void>): Promise<unknown> =>
      store.db.transaction(async (tx) => {
        await lockNames(tx, [{ name, kind: 'person' }], 'exclusive')
        held()
        await released
      })
  /** An ingest of a new article naming `name` (id `id`), paused in its write once it holds its actors' rows. */
  let written = 0
  const writing =
    (id: string, name: string) =>
    (held: () => void, released: Promise<void>): Promise<unknown> => {
      writePause.afterLocks = async () => {
        writePause.afterLocks = undefined
        held()
        await released
      }
      written++
      return storeAnalysis(
        store,
        makeAnalysis(`${name} said the quay ${written} is open.`, {
          actors: [{ id, kind: 'person', names: [name] }],
        }),
      ).finally(() => {
        writePause.afterLocks = undefined
      })
    }

  /**
   * Runs `curate` while another transaction started by `hold` holds what it takes (it calls `held` then, and
   * keeps it until `released`): answers whether the curation waited for a lock (rather than ending first), and
   * its result.
   */
  async function whileHeld(
    hold: (held: () => void, released: Promise<void>) => Promise<unknown>,
    curate: () => Promise<unknown>,
  ) {
    let release = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    let held = () => {}
    const holding = new Promise<void>((resolve) => {
      held = resolve
    })
    const other = hold(held, released)
    await holding
    let settled = false
    const curation = curate().finally(() => {
      settled = true
    })
    let waited = false
    while (!settled && !waited) {
      const [row] = await queryRows<{ n: number }>(
        store.db,
        sql`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`,
      )
      waited = (row?.n ?? 0) > 0
      if (!waited) await new Promise((resolve) => setTimeout(resolve, 10))
    }
    release()
    await other
    return { waited, result: await curation }
  }

  it.skipIf(backend.name !== 'postgres')(
    'merges and splits only once no ingest settles or writes under either actor: they take the same locks',
    async () => {
      await storeAnalysis(
        store,
        makeAnalysis('Bo Tran said the port is calm.', {
          actors: [{ id: 'person:bo-tran', kind: 'person', names: ['Bo Tran'] }],
        }),
      )
      expect(
        await whileHeld(writing('person:bo-tran', 'Bo Tran'), () =>
          mergeActor(store, 'person:bo-tran', 'person:ann-lee'),
        ),
      ).toEqual({ waited: true, result: { ok: true, canonical: 'person:ann-lee' } })
      // What the article wrote under the merged actor while the merge waited moved with the rest.
      const left = await queryRows(store.db, sql`select 1 from mentions where actor_id = 'person:bo-tran'`)
      expect(left).toEqual([])
      expect(
        await whileHeld(writing('person:ann-lee', 'Ann Lee'), () => splitActor(store, 'person:bo-tran')),
      ).toEqual({
        waited: true,
        result: { ok: true, canonical: 'person:bo-tran' },
      })
      expect(
        await whileHeld(settling('Ann Lee'), () => mergeActor(store, 'person:bo-tran', 'person:ann-lee')),
      ).toEqual({ waited: true, result: { ok: true, canonical: 'person:ann-lee' } })
      expect(await whileHeld(settling('Bo Tran'), () => splitActor(store, 'person:bo-tran'))).toEqual({
        waited: true,
        result: { ok: true, canonical: 'person:bo-tran' },
      })
      expect(await findInconsistencies(store)).toEqual([])
    },
  )

  it.skipIf(backend.name !== 'postgres')(
    'merges a registered actor, and imports one, only once no ingest settles one of its aliases',
    async () => {
      const registry = RegistrySchema.parse([
        { id: 'person:oru-vantek', name: 'Oru Vantek', kind: 'person', aliases: ['Orvan'] },
      ])
      // An import waits for an ingest settling an alias, which would otherwise make its own actor beside it.
      expect(await whileHeld(settling('Orvan'), () => importRegistry(store, registry))).toEqual({
        waited: true,
        result: { created: 1, updated: 0, joined: 0 },
      })
      // A merge waits for it too: the alias resolved under the ingest's locks names an actor that still stands.
      expect(
        await whileHeld(settling('Orvan'), () => mergeActor(store, 'person:oru-vantek', 'person:ann-lee')),
      ).toEqual({ waited: true, result: { ok: true, canonical: 'person:ann-lee' } })
      expect(await findInconsistencies(store)).toEqual([])
    },
  )

  it('resolves mentions of a registered actor’s names to it, and shows its Wikidata item', async () => {
    const registry = RegistrySchema.parse([
      {
        id: 'person:xi-jinping',
        name: 'Xi Jinping',
        kind: 'person',
        aliases: ['Xi', 'President Xi'],
        wikidata: 'Q15031',
      },
    ])
    expect(await importRegistry(store, registry)).toEqual({ created: 1, updated: 0, joined: 0 })
    expect(await importRegistry(store, registry)).toEqual({ created: 0, updated: 1, joined: 0 })
    await storeAnalysis(
      store,
      makeAnalysis('Xi said the talks went well.', {
        actors: [{ id: 'person:xi', kind: 'person', names: ['Xi'] }],
        statements: [{ speaker: 'person:xi', content: 'the talks went well', cue: 'said' }],
      }),
    )
    expect(await canonicalActorId(store, 'person:xi')).toBe('person:xi-jinping')
    expect(await getActor(store, 'person:xi-jinping')).toMatchObject({
      wikidata: 'Q15031',
      articleCount: 1,
      statementCount: 1,
      names: ['Xi', 'Xi Jinping', 'President Xi'],
    })
    expect(await findInconsistencies(store)).toEqual([])
  })
})
