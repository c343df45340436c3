import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { type FixtureActor, makeAnalysis } from '../test/fixtures.ts'
import { NAMESAKE_ARTICLES, type NamesakeArticle } from '../test/namesakes.ts'
import { refuseStatementsSaying } from '../test/refuse-statements.ts'
import { queryRows, type Store } from './database.ts'
import { undoErrorOf } from './errors.ts'
import { canonicalActorId } from './identity.ts'
import { storeAnalysis } from './ingest.ts'
import { getActor, listActors } from './queries/actors.ts'
import { findInconsistencies } from './queries/integrity.ts'
import { toRows } from './rows.ts'
import { settleIdentities, sweepOrphans } from './settle-identities.ts'

/** Every row that identities, actors and their articles leave, in a fixed order. */
async function everything(store: Store) {
  const read = (query: string) => queryRows(store.db, sql.raw(query))
  return {
    actors: await read(`select id, name, kind, role, affiliation, aliases, search_text, article_count,
      statement_count, registered from actors order by id`),
    identities:
      await read(`select actor_id, canonical_id, name, kind, rule, reason, article_id, curated, parent_id
      from actor_identities order by actor_id`),
    keys: await read('select key, actor_id from actor_name_keys order by key, actor_id'),
    links: await read('select article_id, actor_id from article_actors order by 1, 2'),
    mentions: await read('select article_id, actor_id, start, "end", form from mentions order by 1, 2, 3, 4'),
    statements: await read(
      'select article_id, id, speaker_id, target_id, view from statements order by 1, 2',
    ),
    stances: await read(
      'select source_id, target_id, polarity, statement_count from stances order by 1, 2, 3',
    ),
    evidence: await read(
      'select extracted_id, field, value, article_id from actor_evidence order by 1, 2, 3, 4',
    ),
    articles: await read('select id from articles order by id'),
    perArticle: await read(
      'select article_id, extracted_id, canonical_id, rule, reason from article_identities order by 1, 2',
    ),
  }
}

/** One article: one statement by its one actor, `boom` in the statement when it is to fail. */
function said(actor: FixtureActor, content: string) {
  const name = actor.names[0] as string
  return makeAnalysis(`${name} said ${content}.`, {
    actors: [actor],
    statements: [{ speaker: actor.id, content, cue: 'said' }],
    publishedAt: '2024-05-01T10:00:00Z',
  })
}

const person = (id: string, name: string): FixtureActor => ({ id, kind: 'person', names: [name] })

describe.each(testBackends())('a failed ingest on $name', (backend) => {
  const opened: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const dispose of opened) await dispose()
  })
  async function fresh(): Promise<Store> {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    // The article's own transaction fails on any statement saying "boom": its identities are settled by then.
    await refuseStatementsSaying(store, 'boom')
    return store
  }

  it.each([
    [
      'a lone surname it took in',
      [said(person('person:lee', 'Lee'), 'the dam holds')],
      said(person('person:ann-lee', 'Ann Lee'), 'the boom is near'),
      { 'person:lee': 'person:lee', 'person:ann-lee': null },
    ],
    [
      'a lone surname it split off',
      [
        said(person('person:bill-clinton', 'Bill Clinton'), 'the economy grows'),
        said(person('person:clinton', 'Clinton'), 'the bridge holds'),
      ],
      said(person('person:hillary-clinton', 'Hillary Clinton'), 'the boom fades'),
      { 'person:clinton': 'person:bill-clinton', 'person:hillary-clinton': null },
    ],
    [
      'a variant it took in as the better name',
      [said(person('person:dora-vale', 'Dora Vale'), 'the road opens')],
      said(person('person:dora-k-vale', 'Dora K. Vale'), 'the boom returns'),
      { 'person:dora-vale': 'person:dora-vale', 'person:dora-k-vale': null },
    ],
  ])('leaves the store exactly as before when it had %s', async (_what, stored, failing, canonical) => {
    const store = await fresh()
    for (const analysis of stored) await storeAnalysis(store, analysis)
    const before = await everything(store)
    await expect(storeAnalysis(store, failing)).rejects.toThrow()
    expect(await everything(store)).toEqual(before)
    for (const [id, into] of Object.entries(canonical)) expect(await canonicalActorId(store, id)).toBe(into)
    expect(await findInconsistencies(store)).toEqual([])
  })
})

/** One dated article naming one person (`said`: a statement by it). */
function dated(id: string, name: string, text: string, day: string, said?: string) {
  return makeAnalysis(text, {
    actors: [{ id, kind: 'person', names: [name] }],
    statements: said ? [{ speaker: id, content: said, cue: 'said' }] : [],
    publishedAt: `${day}T10:00:00Z`,
  })
}

/** The made-up namesakes' dated articles (`test/namesakes.ts`), each as `dated` builds it, in the order given. */
function namesakes(...names: Exclude<NamesakeArticle, 'loneUndated'>[]) {
  return names.map((name) => {
    const [text, id, person, day] = NAMESAKE_ARTICLES[name]
    return dated(id, person, text, day)
  })
}

describe.each(testBackends())('a failed ingest that made a stored person no name, on $name', (backend) => {
  const opened: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const dispose of opened) await dispose()
  })

  it('decides the lone surname’s dated articles again without it', async () => {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    await refuseStatementsSaying(store, 'boom')
    const stored = [
      ...namesakes('harold93'),
      // A phrase taken for a person, named in a body: a bearer of the surname until a text writes "ruddy".
      dated('person:ruddy-bloggs', 'Ruddy Bloggs', 'Crowds chanted Ruddy Bloggs at the gate.', '1995-06-01'),
      ...namesakes('jane13', 'lone95', 'lone14'),
    ]
    for (const analysis of stored) await storeAnalysis(store, analysis)
    const before = await everything(store)
    // Two bearers near 1995: the article of 1995 stays the lone surname's.
    expect(before.perArticle.map((row) => (row as { canonical_id: string }).canonical_id)).toEqual([
      'person:jane-bloggs',
    ])
    // It writes "ruddy" in lower case: its settle makes the phrase no name and gives 1995 to Harold; its write fails.
    const failing = dated(
      'person:tom-pike',
      'Tom Pike',
      'The sky was ruddy when Tom Pike said the boom ends.',
      '2020-01-01',
      'the boom ends',
    )
    await expect(storeAnalysis(store, failing)).rejects.toThrow()
    expect(await everything(store)).toEqual(before)
    expect(await findInconsistencies(store)).toEqual([])
  })
})

/** The messages along an error's chain of causes. */
function messages(error: unknown): string {
  let out = ''
  for (let at = error; at instanceof Error; at = at.cause) out += `${at.message}\n`
  return out
}

describe.each(testBackends())('a failed ingest whose undo fails too, on $name', (backend) => {
  let dispose: () => Promise<void>
  afterAll(async () => dispose?.())

  it('reports the write’s error with the undo’s kept on it, and the sweep removes what it left', async () => {
    let store: Store
    ;({ store, dispose } = await backend.open())
    await storeAnalysis(store, said(person('person:bo-tran', 'Bo Tran'), 'the port is calm'))
    const before = await everything(store)
    await refuseStatementsSaying(store, 'boom')
    // The undo removes the identities only this article brought: refused too.
    await store.db.execute(
      sql.raw(`create function refuse_undo() returns trigger language plpgsql as $$
        begin raise exception 'undo refused'; end $$`),
    )
    await store.db.execute(
      sql.raw(
        'create trigger identities_refuse_undo before delete on actor_identities for each row execute function refuse_undo()',
      ),
    )
    const failure = await storeAnalysis(
      store,
      said(person('person:cy-moss', 'Cy Moss'), 'the boom is near'),
    ).catch((error: unknown) => error)
    expect(messages(failure)).toMatch(/boom refused/)
    expect(messages(failure)).not.toMatch(/undo refused/)
    expect(messages(undoErrorOf(failure))).toMatch(/undo refused/)
    await store.db.execute(sql.raw('drop trigger identities_refuse_undo on actor_identities'))
    expect(await findInconsistencies(store)).toEqual([{ table: 'orphans', id: 'person:cy-moss' }])
    expect(await sweepOrphans(store)).toBe(1)
    expect(await everything(store)).toEqual(before)
  })
})

describe.each(testBackends())('an ingest cut off between its two transactions, on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  afterAll(async () => dispose?.())

  it('leaves actors that reads do not show, the integrity check names and the sweep removes', async () => {
    ;({ store, dispose } = await backend.open())
    await storeAnalysis(store, said(person('person:bo-tran', 'Bo Tran'), 'the port is calm'))
    const before = await everything(store)
    // Only the first transaction: as when the process dies before the article is written.
    await settleIdentities(
      store,
      toRows(said(person('person:cy-moss', 'Cy Moss'), 'the pier is shut'), new Date('2024-05-02T00:00:00Z')),
    )
    expect(await canonicalActorId(store, 'person:cy-moss')).toBe('person:cy-moss')
    expect((await listActors(store)).items.map(({ id }) => id)).toEqual(['person:bo-tran'])
    expect((await listActors(store, { q: 'moss' })).items).toEqual([])
    expect(await getActor(store, 'person:cy-moss')).toBeNull()
    expect(await findInconsistencies(store)).toEqual([{ table: 'orphans', id: 'person:cy-moss' }])
    expect(await sweepOrphans(store)).toBe(1)
    expect(await everything(store)).toEqual(before)
    expect(await findInconsistencies(store)).toEqual([])
    expect(await sweepOrphans(store)).toBe(0)
    // The same article stored afterwards is written as any other.
    await storeAnalysis(store, said(person('person:cy-moss', 'Cy Moss'), 'the pier is shut'))
    expect(await getActor(store, 'person:cy-moss')).toMatchObject({ articleCount: 1, statementCount: 1 })
  })
})

describe.each(testBackends())(
  'a dated lone word cut off between its two transactions, on $name',
  (backend) => {
    let dispose: () => Promise<void>
    afterAll(async () => dispose?.())

    it('leaves a per-article row the integrity check names and the sweep removes', async () => {
      let store: Store
      ;({ store, dispose } = await backend.open())
      // The last, far from both: the lone surname stands on its own store-wide.
      const stored = namesakes('harold93', 'jane13', 'lone14', 'lone05')
      for (const analysis of stored) await storeAnalysis(store, analysis)
      const before = await everything(store)
      // Only the first transaction of a lone surname of 1995: its settle gives it Harold, in that article alone.
      const cut = dated(
        'person:bloggs',
        'Bloggs',
        'Bloggs said the harbour floods.',
        '1995-02-01',
        'the harbour floods',
      )
      await settleIdentities(store, toRows(cut, new Date('2024-05-02T00:00:00Z')))
      expect(await findInconsistencies(store)).toEqual([
        { table: 'article-identities', id: `${cut.article.id}/person:bloggs` },
      ])
      expect(await sweepOrphans(store)).toBe(0)
      expect(await findInconsistencies(store)).toEqual([])
      expect(await everything(store)).toEqual(before)
      // The same article stored afterwards is written as any other.
      await storeAnalysis(store, cut)
      const [row] = await queryRows<{ speaker: string }>(
        store.db,
        sql`select speaker_id as speaker from statements where article_id = ${cut.article.id}`,
      )
      expect(row?.speaker).toBe('person:harold-bloggs')
      expect(await findInconsistencies(store)).toEqual([])
    })
  },
)
