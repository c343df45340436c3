import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../../test/backends.ts'
import { makeAnalysis, RUSSIA, RYABKOV, USA } from '../../test/fixtures.ts'
import { type NamesakeArticle, namesakeAnalysis } from '../../test/namesakes.ts'
import { queryRows, type Store } from '../database.ts'
import { storeAnalysis } from '../ingest.ts'
import { sweepOrphans, sweepPause } from '../settle-identities.ts'
import { findInconsistencies } from './integrity.ts'

describe.each(testBackends())('findInconsistencies on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
    await storeAnalysis(
      store,
      makeAnalysis('Russia and the United States met, Sergei Ryabkov said.', {
        actors: [RUSSIA, USA, RYABKOV],
        statements: [
          {
            speaker: RYABKOV.id,
            content: 'Russia and the United States met',
            target: USA.id,
            polarity: 'neutral',
          },
        ],
      }),
    )
  })
  afterAll(async () => dispose?.())

  it('finds nothing after clean ingests', async () => {
    expect(await findInconsistencies(store)).toEqual([])
  })

  it.runIf(backend.name === 'postgres')(
    'leaves out a debt being paid, and reports it once its payment failed',
    async () => {
      const [article] = await queryRows<{ id: string }>(
        store.db,
        sql`select id from articles order by id limit 1`,
      )
      const owed = { table: 'fact-settles', id: `${article?.id}/${RYABKOV.id}` }
      await store.db.execute(
        sql`insert into fact_settles_owed (article_id, actor_id) values (${article?.id}, ${RYABKOV.id})`,
      )
      try {
        // A payer holds the debt for update until it commits (`settleOwedFacts`); this one fails.
        await expect(
          store.db.transaction(async (tx) => {
            await tx.execute(sql`select 1 from fact_settles_owed for update`)
            expect(await findInconsistencies(store)).toEqual([])
            throw new Error('the payment failed')
          }),
        ).rejects.toThrow('the payment failed')
        expect(await findInconsistencies(store)).toEqual([owed])
      } finally {
        await store.db.execute(sql`delete from fact_settles_owed`)
      }
    },
  )

  it('finds a statement whose terms went missing', async () => {
    await store.db.execute(sql`delete from statement_terms where lexeme = 'met'`)
    expect(await findInconsistencies(store)).toEqual([
      { table: 'statements', id: expect.stringMatching(/^a_\w+\/s_/) },
    ])
    await store.db.execute(sql`delete from statement_terms`)
    await store.db.execute(
      sql`insert into statement_terms select unnest(tsvector_to_array(search)), dated_at, article_id, ordinal
        from statements`,
    )
    expect(await findInconsistencies(store)).toEqual([])
  })

  // With the delete trigger off (as a restore that skips triggers would run), a statement's terms outlive it.
  it('finds the terms of a statement deleted without its trigger', async () => {
    const { store: other, dispose: close } = await backend.open()
    try {
      await storeAnalysis(
        other,
        makeAnalysis('Sergei Ryabkov said the talks went well.', {
          actors: [RYABKOV],
          statements: [{ speaker: RYABKOV.id, content: 'the talks went well' }],
        }),
      )
      const [{ ordinal } = { ordinal: -1 }] = await queryRows<{ ordinal: number }>(
        other.db,
        sql`select ordinal from statements`,
      )
      await other.db.execute(sql`alter table statements disable trigger statements_delete_terms`)
      await other.db.execute(sql`delete from statements`)
      await other.db.execute(sql`alter table statements enable trigger statements_delete_terms`)
      const found = await findInconsistencies(other)
      expect(found.filter(({ table }) => table === 'statement-terms')).toEqual([
        { table: 'statement-terms', id: expect.stringMatching(new RegExp(`^a_\\w+/${ordinal}$`)) },
      ])
      await other.db.execute(sql`delete from statement_terms`)
      expect((await findInconsistencies(other)).map(({ table }) => table)).not.toContain('statement-terms')
    } finally {
      await close()
    }
  })

  it('finds an article, an actor and a stance whose rows went missing', async () => {
    await store.db.execute(sql`delete from statements`)
    expect(await findInconsistencies(store)).toEqual([
      { table: 'actors', id: RYABKOV.id },
      { table: 'articles', id: expect.stringMatching(/^a_/) },
      { table: 'stances', id: `${RYABKOV.id} ${USA.id} neutral` },
    ])
  })
})

describe.each(testBackends())(
  'per-article rows of a lone word that stands alone no more, on $name',
  (backend) => {
    const opened: (() => Promise<void>)[] = []
    afterAll(async () => {
      for (const dispose of opened) await dispose()
    })

    // A store written before a registry import cleared the lone word's per-article rows: the word registered (or
    // curated) with its 1995 article still under Harold and its 2014 one under Jane.
    it.each([
      ['registered', sql`update actors set registered = true where id = 'person:bloggs'`],
      ['curated', sql`update actor_identities set curated = true where actor_id = 'person:bloggs'`],
    ])('names one of a lone word %s since, and sweepOrphans puts its articles back', async (_how, older) => {
      const { store, dispose } = await backend.open()
      opened.push(dispose)
      const names: NamesakeArticle[] = ['harold93', 'harold97', 'jane13', 'lone95', 'lone14']
      for (const name of names) await storeAnalysis(store, namesakeAnalysis(name))
      const speakers = async () =>
        queryRows<{ quote: string; speaker: string }>(
          store.db,
          sql`select quote, speaker_id as speaker from statements
            where quote in ('the harbour floods', 'the budget balances') order by quote`,
        )
      expect(await speakers()).toEqual([
        { quote: 'the budget balances', speaker: 'person:jane-bloggs' },
        { quote: 'the harbour floods', speaker: 'person:harold-bloggs' },
      ])
      await store.db.execute(older)
      const held = (['lone95', 'lone14'] as const).map((name) => namesakeAnalysis(name).article.id)
      expect(await findInconsistencies(store)).toEqual(
        held.sort().map((id) => ({ table: 'article-identities', id: `${id}/person:bloggs` })),
      )
      expect(await sweepOrphans(store)).toBe(0)
      expect(await speakers()).toEqual([
        { quote: 'the budget balances', speaker: 'person:bloggs' },
        { quote: 'the harbour floods', speaker: 'person:bloggs' },
      ])
      expect(await findInconsistencies(store)).toEqual([])
    })

    it('leaves the rows of a word that stands on its own again by the time the sweep holds its keys', async () => {
      const { store, dispose } = await backend.open()
      opened.push(dispose)
      const names: NamesakeArticle[] = ['harold93', 'harold97', 'jane13', 'lone95', 'lone14']
      for (const name of names) await storeAnalysis(store, namesakeAnalysis(name))
      await store.db.execute(sql`update actors set registered = true where id = 'person:bloggs'`)
      // Between the sweep's pick and its lock, the word is registered no more.
      sweepPause.beforeHeldWord = async () => {
        await store.db.execute(sql`update actors set registered = false where id = 'person:bloggs'`)
      }
      try {
        await sweepOrphans(store)
      } finally {
        sweepPause.beforeHeldWord = undefined
      }
      expect(
        await queryRows<{ quote: string; speaker: string }>(
          store.db,
          sql`select quote, speaker_id as speaker from statements
            where quote in ('the harbour floods', 'the budget balances') order by quote`,
        ),
      ).toEqual([
        { quote: 'the budget balances', speaker: 'person:jane-bloggs' },
        { quote: 'the harbour floods', speaker: 'person:harold-bloggs' },
      ])
      expect(await findInconsistencies(store)).toEqual([])
    })
  },
)
