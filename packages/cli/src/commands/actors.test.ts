import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { canonicalActorId, getActor, openStore, type Store, storeAnalysis } from '@whosaid/store'
import { createTestDatabase, makeAnalysis } from '@whosaid/store/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../testing/run-cli.ts'

const dir = mkdtempSync(join(tmpdir(), 'whosaid-actors-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const example = fileURLToPath(new URL('../../../store/registry/example-actors.json', import.meta.url))
const exampleCsv = fileURLToPath(new URL('../../../store/registry/example-actors.csv', import.meta.url))

/** The store options of each backend: PGlite in a folder, and PostgreSQL when the run has one. */
const backends: { name: string; args: () => Promise<{ flags: string[]; open: () => Promise<Store> }> }[] = [
  {
    name: 'pglite',
    args: async () => {
      const data = join(dir, 'data')
      return { flags: ['--data', data], open: () => openStore({ dataDir: data }) }
    },
  },
]
const adminUrl = process.env.WHOSAID_TEST_DATABASE_URL
if (adminUrl) {
  backends.push({
    name: 'postgres',
    args: async () => {
      const database = await createTestDatabase(adminUrl)
      afterAll(() => database.drop())
      return { flags: ['--db', database.url], open: () => openStore({ databaseUrl: database.url }) }
    },
  })
}

describe('whosaid actors: bad input', () => {
  const bad = join(dir, 'bad.json')
  writeFileSync(bad, '[{"id":"person:a-b","name":"A B","kind":"person","wikidata":"22686"}]')
  const badCsv = join(dir, 'bad.csv')
  writeFileSync(badCsv, 'id,name,kind,born\nperson:a,A,person,1950\n')
  const notJson = join(dir, 'not.json')
  writeFileSync(notJson, '{ nope')
  it.each([
    [['actors', 'merge', 'person:a'], 2, 'B is missing'],
    [['actors', 'merge', 'Mark Meadows', 'person:b'], 2, 'is not an actor id'],
    [['actors', 'unmerge', 'person:a'], 2, 'unknown actors command'],
    [
      ['actors', 'import', bad, '--data', join(dir, 'x')],
      1,
      'entry 1 (wikidata): a Wikidata item id such as Q22686',
    ],
    [['actors', 'import', badCsv, '--data', join(dir, 'x')], 1, 'unknown column "born"'],
    [['actors', 'import', notJson, '--data', join(dir, 'x')], 1, 'not a json registry'],
  ])('%j exits %i: %s', async (argv, code, message) => {
    const run = await runCli(argv)
    expect(run.code).toBe(code)
    expect(run.stderr).toContain(message)
  })
})

describe.each(backends)('whosaid actors on $name', (backend) => {
  let flags: string[]
  let open: () => Promise<Store>
  beforeAll(async () => {
    ;({ flags, open } = await backend.args())
    const store = await open()
    try {
      const articles: [string, string, string][] = [
        ['Mark Meadows said the memo was accurate.', 'person:mark-meadows', 'Mark Meadows'],
        ['Meadows said the memo stands.', 'person:meadows', 'Meadows'],
        ['Sergei Lavrov said the talks go on.', 'person:sergei-lavrov', 'Sergei Lavrov'],
      ]
      for (const [text, id, name] of articles) {
        await storeAnalysis(
          store,
          makeAnalysis(text, {
            actors: [{ id, kind: 'person', names: [name] }],
            statements: [{ speaker: id, content: text.slice(text.indexOf('said ') + 5, -1), cue: 'said' }],
          }),
        )
      }
    } finally {
      await store.close()
    }
  })

  /** The canonical id of `id` in the store, read with the store closed again afterwards. */
  async function canonicalOf(id: string) {
    const store = await open()
    try {
      return await canonicalActorId(store, id)
    } finally {
      await store.close()
    }
  }

  it('splits and merges', async () => {
    expect(await runCli(['actors', 'split', 'person:meadows', ...flags])).toMatchObject({
      code: 0,
      stdout: 'split person:meadows off: it is its own actor again\n',
    })
    expect(await canonicalOf('person:meadows')).toBe('person:meadows')
    expect(await runCli(['actors', 'split', 'person:meadows', ...flags])).toMatchObject({ code: 1 })
    expect(
      await runCli(['actors', 'merge', 'person:meadows', 'person:mark-meadows', '--json', ...flags]),
    ).toMatchObject({ code: 0, stdout: '{"merged":"person:meadows","into":"person:mark-meadows"}\n' })
    expect(await canonicalOf('person:meadows')).toBe('person:mark-meadows')
    const exported = await runCli(['export', '--format', 'ndjson', ...flags])
    const meadows = exported.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
      .find((analysis) => analysis.article.text.startsWith('Meadows said'))
    expect(meadows.actors[0]).toMatchObject({ id: 'person:mark-meadows', extractedId: 'person:meadows' })
    expect(meadows.statements[0]).toMatchObject({
      speaker: 'person:mark-meadows',
      extractedSpeaker: 'person:meadows',
    })
  })

  it('sweeps the actors no article backs, which a cut-off ingest leaves', async () => {
    const opened = await open()
    try {
      // An actor row with nothing behind it, as an ingest that died between its two transactions leaves.
      await opened.db.execute(`insert into actors (id, name, kind, aliases, search_text)
        values ('person:cy-moss', 'Cy Moss', 'person', '{}', 'cy moss')`)
    } finally {
      await opened.close()
    }
    expect(await runCli(['actors', 'sweep', '--json', ...flags])).toMatchObject({
      code: 0,
      stdout: '{"removed":1}\n',
    })
    expect(await runCli(['actors', 'sweep', ...flags])).toMatchObject({
      code: 0,
      stdout: 'removed 0 actor(s) that no article backs\n',
    })
    expect(await runCli(['actors', 'sweep', 'person:cy-moss', ...flags])).toMatchObject({ code: 2 })
  })

  it('imports the example registry, JSON then CSV', async () => {
    expect(await runCli(['actors', 'import', example, '--json', ...flags])).toMatchObject({
      code: 0,
      stdout: '{"created":12,"updated":0,"joined":1}\n',
    })
    expect(await runCli(['actors', 'import', exampleCsv, ...flags])).toMatchObject({
      code: 0,
      stdout: 'imported 3 actor(s): 0 new, 3 updated, 0 stored actor(s) joined them\n',
    })
    expect(await canonicalOf('person:sergei-lavrov')).toBe('person:sergey-lavrov')
    const store = await open()
    try {
      expect(await getActor(store, 'person:donald-trump')).toMatchObject({
        wikidata: 'Q22686',
        articleCount: 0,
      })
    } finally {
      await store.close()
    }
  })

  it('exports a registered actor named in an ingested text with its Wikidata item as sameAs', async () => {
    const text = join(dir, `scholz-${backend.name}.txt`)
    writeFileSync(text, 'Olaf Scholz said the new rail line would open in the spring.\n')
    expect(await runCli(['ingest', ...flags, text])).toMatchObject({ code: 0 })
    const exported = await runCli(['export', '--format', 'jsonld', ...flags])
    expect(exported.code).toBe(0)
    const graph = JSON.parse(exported.stdout)['@graph'] as {
      mentions?: { identifier: string; sameAs?: string }[]
    }[]
    const mentions = graph.flatMap((node) => node.mentions ?? [])
    expect(mentions.find((node) => node.identifier === 'person:olaf-scholz')).toMatchObject({
      sameAs: 'https://www.wikidata.org/entity/Q61053',
    })
    // An actor no registry names has none.
    expect(mentions.find((node) => node.identifier === 'person:mark-meadows')).not.toHaveProperty('sameAs')
  })
})
