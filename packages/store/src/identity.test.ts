import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { type FixtureActor, makeAnalysis } from '../test/fixtures.ts'
import { mergeActor } from './curation.ts'
import { queryRows, type Store } from './database.ts'
import {
  canonicalActorId,
  decide,
  isAcronym,
  keyLocks,
  nameKeys,
  namesTwoPeople,
  preferred,
} from './identity.ts'
import { storeAnalysis } from './ingest.ts'
import { findInconsistencies } from './queries/integrity.ts'

describe('nameKeys', () => {
  it.each([
    ['Donald J. Trump', 'person', ['p:donald trump', 's:trump', 'g:donald']],
    ['Donald Trump', 'person', ['p:donald trump', 's:trump', 'g:donald']],
    ['Vladimir V. Putin', 'person', ['p:vladimir putin', 's:putin', 'g:vladimir']],
    ['Mr Blair', 'person', ['short:blair']],
    ['President Macron', 'person', ['short:macron']],
    ['Trump', 'person', ['short:trump']],
    ['United Nations', 'organization', ['o:united nations', 'a:un']],
    ['UN', 'organization', ['o:un', 'a:un']],
    ['Labour Party', 'organization', ['o:labour party', 'a:lp']],
    ['Angela Merkel’s', 'person', ['p:angela merkel', 's:merkel', 'g:angela']],
    ['Donald Trump Jr.', 'person', ['p:donald trump', 's:trump', 'g:donald']],
    ['Mr Jones Jr', 'person', ['short:jones']],
    ['Alder Jr.', 'person', ['short:alder', 'p:alder jr']],
    ['Koller Jr', 'person', ['short:koller', 'p:koller jr']],
    ['Alder Crane III', 'person', ['p:alder crane', 's:crane', 'g:alder']],
    // An initial is no given name.
    ['J. K. Rowling', 'person', ['p:j rowling', 's:rowling']],
    ['Mrs Ann Lee', 'person', ['p:ann lee', 's:lee', 'g:ann']],
  ] as const)('%s (%s) → %j', (name, kind, keys) => {
    expect(nameKeys(name, kind)).toEqual(keys)
  })

  // The keys of a name asked about before are remembered by kind group: the group still decides them, and an
  // answer a caller changes is its own copy.
  it.each([
    ['Wren Holloway', 'person', ['p:wren holloway', 's:holloway', 'g:wren']],
    ['Wren Holloway', 'organization', ['o:wren holloway', 'a:wh']],
    ['Wren Holloway', 'location', ['o:wren holloway', 'a:wh']],
    ['Wren Holloway', 'person', ['p:wren holloway', 's:holloway', 'g:wren']],
  ] as const)('asked again: %s (%s) → %j', (name, kind, keys) => {
    const first = nameKeys(name, kind)
    first.push('x:changed')
    first[0] = 'x:changed'
    expect(nameKeys(name, kind)).toEqual(keys)
  })
})

describe('keyLocks', () => {
  const person = (id: string, name: string) => ({ id, name, kind: 'person', role: null, affiliation: null })
  const lee = person('person:ann-lee', 'Ann Lee')
  const leeShort = person('person:lee', 'Lee')
  const un = { id: 'organization:un', name: 'UN', kind: 'organization', role: null, affiliation: null }
  it.each([
    [
      'a new person: its keys exclusive',
      [lee],
      [],
      false,
      'g:ann x, g:lee x, n:ann lee x, p:ann lee x, s:ann x, s:lee x, short:ann x, short:lee x',
    ],
    [
      'a known person: shared',
      [lee],
      ['person:ann-lee'],
      false,
      'g:ann s, g:lee s, n:ann lee s, p:ann lee s, s:ann s, s:lee s, short:ann s, short:lee s',
    ],
    [
      'a key of a known and a new actor: exclusive',
      [lee, leeShort],
      ['person:ann-lee'],
      false,
      'g:ann s, g:lee x, n:ann lee s, n:lee x, p:ann lee s, s:ann s, s:lee x, short:ann s, short:lee x',
    ],
    [
      'exclusive mode: all exclusive',
      [lee],
      ['person:ann-lee'],
      true,
      'g:ann x, g:lee x, n:ann lee x, p:ann lee x, s:ann x, s:lee x, short:ann x, short:lee x',
    ],
    ['an acronym, with the exact key a registered alias has', [un], [], false, 'a:un x, n:un x, o:un x'],
  ] as const)('%s', (_name, candidates, known, exclusive, expected) => {
    const locks = keyLocks(candidates, new Set<string>(known), exclusive)
    expect(locks.map(({ key, shared }) => `${key} ${shared ? 's' : 'x'}`).join(', ')).toBe(expected)
  })
})

describe('namesTwoPeople', () => {
  it.each([
    ['George W. Bush', 'George H.W. Bush', true],
    ['George W. Bush', 'George H. W. Bush', true],
    ['George Herbert Walker Bush', 'George H. W. Bush', false],
    ['Donald J. Trump', 'Donald John Trump', false],
    ['Donald J. Trump', 'Donald Trump', false],
    ['Donald Trump', 'Donald Trump Jr.', true],
    ['Martin Luther King Jr', 'Martin Luther King Jr.', false],
    ['John F. Kennedy', 'John Kennedy', false],
  ] as const)('%s / %s → %s', (a, b, expected) => {
    expect(namesTwoPeople(a, b)).toBe(expected)
    expect(namesTwoPeople(b, a)).toBe(expected)
  })
})

describe('preferred', () => {
  it.each([
    [{ id: 'person:donald-trump', name: 'Donald Trump' }, { id: 'person:trump', name: 'Trump' }, true],
    [{ id: 'person:trump', name: 'Trump' }, { id: 'person:donald-trump', name: 'Donald Trump' }, false],
    [
      { id: 'person:donald-j-trump', name: 'Donald J. Trump' },
      { id: 'person:donald-trump', name: 'Donald Trump' },
      true,
    ],
    [
      { id: 'organization:un', name: 'UN' },
      { id: 'organization:united-nations', name: 'United Nations' },
      false,
    ],
  ])('%j over %j: %s', (a, b, expected) => {
    expect(preferred(a, b)).toBe(expected)
  })
})

describe('decide', () => {
  const stored = (key: string, id: string, name: string, role: string | null = null) => ({
    key,
    id,
    name,
    kind: 'person',
    role,
    affiliation: null,
  })
  const person = (id: string, name: string, role: string | null = null) => ({
    id,
    name,
    kind: 'person',
    role,
    affiliation: null,
  })
  it.each([
    {
      what: 'a lone given name joins the one person who bears it',
      candidate: person('person:orla', 'Orla'),
      found: [stored('g:orla', 'person:orla-penn', 'Orla Penn')],
      expected: 'person:orla-penn',
    },
    {
      what: 'a lone given name two people bear stays its own',
      candidate: person('person:orla', 'Orla'),
      found: [
        stored('g:orla', 'person:orla-penn', 'Orla Penn'),
        stored('g:orla', 'person:orla-vance', 'Orla Vance'),
      ],
      expected: 'person:orla',
    },
    {
      what: "a lone word that is one person's surname and another's given name stays its own",
      candidate: person('person:tate', 'Tate'),
      found: [
        stored('s:tate', 'person:ivo-tate', 'Ivo Tate'),
        stored('g:tate', 'person:tate-morrow', 'Tate Morrow'),
      ],
      expected: 'person:tate',
    },
    {
      what: 'a lone given name joins no son when the father bears it too',
      candidate: person('person:orla', 'Orla'),
      found: [
        stored('g:orla', 'person:orla-penn', 'Orla Penn'),
        stored('g:orla', 'person:orla-penn-jr', 'Orla Penn Jr.'),
      ],
      expected: 'person:orla-penn',
    },
    {
      what: 'a lone surname joins the one full name',
      candidate: person('person:meadows', 'Meadows'),
      found: [stored('s:meadows', 'person:mark-meadows', 'Mark Meadows')],
      expected: 'person:mark-meadows',
    },
    {
      what: 'a lone surname with two full names stays its own',
      candidate: person('person:meadows', 'Meadows'),
      found: [
        stored('s:meadows', 'person:mark-meadows', 'Mark Meadows'),
        stored('s:meadows', 'person:debbie-meadows', 'Debbie Meadows'),
      ],
      expected: 'person:meadows',
    },
    {
      what: 'a contradicting role keeps them apart',
      candidate: person('person:meadows', 'Meadows', 'chief of staff'),
      found: [stored('s:meadows', 'person:debbie-meadows', 'Debbie Meadows', 'activist')],
      expected: 'person:meadows',
    },
    {
      what: 'a person never joins an organization of the same name',
      candidate: {
        id: 'organization:trump',
        name: 'Trump',
        kind: 'organization',
        role: null,
        affiliation: null,
      },
      found: [stored('s:trump', 'person:donald-trump', 'Donald Trump')],
      expected: 'organization:trump',
    },
    {
      what: 'a full name joins nothing by surname alone',
      candidate: person('person:hillary-clinton', 'Hillary Clinton'),
      found: [stored('s:clinton', 'person:bill-clinton', 'Bill Clinton')],
      expected: 'person:hillary-clinton',
    },
    {
      what: 'two middle initials keep a father and his son apart',
      candidate: person('person:george-w-bush', 'George W. Bush'),
      found: [stored('p:george bush', 'person:george-hw-bush', 'George H.W. Bush')],
      expected: 'person:george-w-bush',
    },
    {
      what: 'a son named as his father is not his father',
      candidate: person('person:donald-trump-jr', 'Donald Trump Jr'),
      found: [stored('p:donald trump', 'person:donald-j-trump', 'Donald J. Trump')],
      expected: 'person:donald-trump-jr',
    },
    {
      what: 'a full name without a generation joins the father, never the son',
      candidate: person('person:alder-crane', 'Alder Crane'),
      found: [
        stored('p:alder crane', 'person:alder-crane-jr', 'Alder Crane Jr.'),
        stored('p:alder crane', 'person:alder-robert-crane', 'Alder Robert Crane'),
      ],
      expected: 'person:alder-robert-crane',
    },
    {
      what: 'a son is neither his father nor his own son',
      candidate: person('person:alder-crane-jr', 'Alder Crane Jr.'),
      found: [
        stored('p:alder crane', 'person:alder-r-crane', 'Alder R. Crane'),
        stored('p:alder crane', 'person:alder-crane-iii', 'Alder Crane III'),
      ],
      expected: 'person:alder-crane-jr',
    },
    {
      what: 'a lone surname with a generation joins the son only',
      candidate: person('person:crane-jr', 'Mr Crane Jr'),
      found: [
        stored('s:crane', 'person:alder-r-crane', 'Alder R. Crane'),
        stored('s:crane', 'person:alder-crane-jr', 'Alder Crane Jr.'),
      ],
      expected: 'person:alder-crane-jr',
    },
    {
      what: 'a surname with a generation and no given name joins the one son, not his father',
      candidate: person('person:koller-jr', 'Koller Jr.'),
      found: [
        stored('s:koller', 'person:bram-koller', 'Bram Koller'),
        stored('s:koller', 'person:bram-koller-jr', 'Bram Koller Jr.'),
      ],
      expected: 'person:bram-koller-jr',
    },
    {
      what: 'a surname with a generation joins no father when no son is stored',
      candidate: person('person:koller-jr', 'Koller Jr.'),
      found: [stored('s:koller', 'person:bram-koller', 'Bram Koller')],
      expected: 'person:koller-jr',
    },
    {
      what: 'a surname with a generation stays its own when two sons fit',
      candidate: person('person:koller-jr', 'Koller Jr.'),
      found: [
        stored('s:koller', 'person:bram-koller-jr', 'Bram Koller Jr.'),
        stored('s:koller', 'person:carl-koller-jr', 'Carl Koller Jr'),
      ],
      expected: 'person:koller-jr',
    },
    {
      what: 'a surname with a generation joins the one of that generation',
      candidate: person('person:koller-iii', 'Koller III'),
      found: [
        stored('s:koller', 'person:bram-koller-jr', 'Bram Koller Jr.'),
        stored('s:koller', 'person:bram-koller-iii', 'Bram Koller III'),
      ],
      expected: 'person:bram-koller-iii',
    },
    {
      what: 'a lone surname joins no son',
      candidate: person('person:koller', 'Koller'),
      found: [
        stored('s:koller', 'person:bram-koller-jr', 'Bram Koller Jr.'),
        stored('s:koller', 'person:bram-koller', 'Bram Koller'),
      ],
      expected: 'person:bram-koller',
    },
    {
      what: 'a given name with a generation joins no surname',
      candidate: person('person:alder-jr', 'Alder Jr.'),
      found: [stored('s:alder', 'person:wren-alder', 'Wren Alder')],
      expected: 'person:alder-jr',
    },
    {
      what: 'a variant joins the stored full name it is less full than',
      candidate: person('person:vladimir-putin', 'Vladimir Putin'),
      found: [stored('p:vladimir putin', 'person:vladimir-v-putin', 'Vladimir V. Putin')],
      expected: 'person:vladimir-putin',
    },
  ])('$what', ({ candidate, found, expected }) => {
    expect(decide(candidate, new Map(), found).canonicalId).toBe(expected)
  })

  it.each([
    ['an acronym joins the name it stands for', 'FTA', 'Fen Tramways Authority', true],
    ['a name joins the stored acronym it spells', 'Fen Tramways Authority', 'FTA', true],
    ['an acronym with dots joins the name', 'F.T.A.', 'Fen Tramways Authority', true],
    ['an acronym with dots joins the same acronym without', 'F.T.A.', 'FTA', true],
    ['two names of words sharing initials stay apart', 'Fir Tree Academy', 'Fen Tramways Authority', false],
    ['a place and a party sharing initials stay apart', 'Ravel Park', 'Radish Party', false],
    ['a name in small capitals is no acronym', 'Fta', 'Fen Tramways Authority', false],
  ])('%s (%s, %s)', (_what, name, storedName, joins) => {
    const body = (id: string, bodyName: string) => ({
      id,
      name: bodyName,
      kind: 'organization',
      role: null,
      affiliation: null,
    })
    const candidate = body('organization:new', name)
    const [key] = nameKeys(name, 'organization').filter((one) => one.startsWith('a:'))
    const found = [{ key: key ?? 'a:', ...body('organization:old', storedName) }]
    const decided = decide(candidate, new Map(), found)
    expect(decided.rule === 'acronym' || decided.adopt === 'organization:old').toBe(joins)
  })

  it.each([
    ['UN', true],
    ['N.Y.', true],
    ['S.E.C.', true],
    ['Un', false],
    ['U.S. Supreme Court', false],
    ['A', false],
    ['ABCDEFG', false],
  ])('isAcronym(%j) is %s', (name, expected) => {
    expect(isAcronym(name)).toBe(expected)
  })

  it('keeps a decision already made for the id', () => {
    const known = new Map([['person:meadows', 'person:debbie-meadows']])
    expect(decide(person('person:meadows', 'Meadows'), known, []).canonicalId).toBe('person:debbie-meadows')
  })
})

/** Small articles, each naming one or two actors, that the order tests ingest in several orders. */
const ARTICLES: { text: string; actors: FixtureActor[]; speaker: string }[] = [
  {
    text: 'Donald Trump said the plan works.',
    actors: [{ id: 'person:donald-trump', kind: 'person', names: ['Donald Trump'] }],
    speaker: 'person:donald-trump',
  },
  {
    text: 'Trump said the tariffs help.',
    actors: [{ id: 'person:trump', kind: 'person', names: ['Trump'] }],
    speaker: 'person:trump',
  },
  {
    text: 'Donald J. Trump said the wall rises.',
    actors: [{ id: 'person:donald-j-trump', kind: 'person', names: ['Donald J. Trump'] }],
    speaker: 'person:donald-j-trump',
  },
  {
    text: 'Hillary Clinton said the vote counts.',
    actors: [{ id: 'person:hillary-clinton', kind: 'person', names: ['Hillary Clinton'] }],
    speaker: 'person:hillary-clinton',
  },
  {
    text: 'Bill Clinton said the economy grows.',
    actors: [{ id: 'person:bill-clinton', kind: 'person', names: ['Bill Clinton'] }],
    speaker: 'person:bill-clinton',
  },
  {
    text: 'Clinton said the bridge holds.',
    actors: [{ id: 'person:clinton', kind: 'person', names: ['Clinton'] }],
    speaker: 'person:clinton',
  },
  {
    text: 'The United Nations said the talks go on.',
    actors: [{ id: 'organization:united-nations', kind: 'organization', names: ['United Nations'] }],
    speaker: 'organization:united-nations',
  },
  {
    text: 'The UN said aid arrives soon.',
    actors: [{ id: 'organization:un', kind: 'organization', names: ['UN'] }],
    speaker: 'organization:un',
  },
]

/** The analysis of one ARTICLES entry: one statement by its actor. */
function analysisOf(entry: (typeof ARTICLES)[number]) {
  const content = entry.text.slice(entry.text.indexOf('said ') + 5, -1)
  return makeAnalysis(entry.text, {
    actors: entry.actors,
    statements: [{ speaker: entry.speaker, content, cue: 'said' }],
    publishedAt: '2024-05-01T10:00:00Z',
  })
}

/** What resolution left in a store: actors, identities and statement speakers, in a fixed order. */
async function snapshot(store: Store) {
  const actorRows = await queryRows(
    store.db,
    sql`select id, name, aliases, article_count, statement_count from actors order by id`,
  )
  const identities = await queryRows(
    store.db,
    sql`select actor_id, canonical_id from actor_identities order by actor_id`,
  )
  const speakers = await queryRows(store.db, sql`select speaker_id, quote from statements order by quote`)
  return { actorRows, identities, speakers }
}

describe.each(testBackends())('identity on $name', (backend) => {
  const opened: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const dispose of opened) await dispose()
  })
  async function fresh(): Promise<Store> {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    return store
  }

  let reference: Awaited<ReturnType<typeof snapshot>> | undefined
  it.each([
    ['as listed', [0, 1, 2, 3, 4, 5, 6, 7]],
    ['reversed', [7, 6, 5, 4, 3, 2, 1, 0]],
    ['short names first', [1, 7, 5, 4, 0, 6, 3, 2]],
    ['a surname between the two Clintons', [4, 5, 3, 0, 1, 2, 6, 7]],
  ])('gives the same actors whatever the ingest order (%s)', async (_name, order) => {
    const store = await fresh()
    for (const index of order)
      await storeAnalysis(store, analysisOf(ARTICLES[index] as (typeof ARTICLES)[number]))
    const state = await snapshot(store)
    expect(state.actorRows.map((row) => (row as { id: string }).id)).toEqual([
      'organization:united-nations',
      'person:bill-clinton',
      'person:clinton',
      'person:donald-j-trump',
      'person:hillary-clinton',
    ])
    expect(await canonicalActorId(store, 'person:trump')).toBe('person:donald-j-trump')
    expect(await canonicalActorId(store, 'organization:un')).toBe('organization:united-nations')
    expect(await findInconsistencies(store)).toEqual([])
    reference ??= state
    expect(state).toEqual(reference)
  })

  it('gives the same actors when later articles naming stored actors are stored concurrently', async () => {
    const store = await fresh()
    for (const entry of ARTICLES) await storeAnalysis(store, analysisOf(entry))
    const again = ARTICLES.map((entry) => ({ ...entry, text: entry.text.replace('said', 'said again that') }))
    await Promise.all(again.map((entry) => storeAnalysis(store, analysisOf(entry))))
    const concurrent = await snapshot(store)
    const serial = await fresh()
    for (const entry of [...ARTICLES, ...again]) await storeAnalysis(serial, analysisOf(entry))
    expect(concurrent).toEqual(await snapshot(serial))
    expect(await findInconsistencies(store)).toEqual([])
  })

  it('is idempotent: the same article twice changes nothing', async () => {
    const store = await fresh()
    for (const entry of ARTICLES) await storeAnalysis(store, analysisOf(entry))
    const before = await snapshot(store)
    for (const entry of ARTICLES) await storeAnalysis(store, analysisOf(entry))
    expect(await snapshot(store)).toEqual(before)
  })

  it('makes one actor of two concurrent articles naming the same new person', async () => {
    const store = await fresh()
    const one = makeAnalysis('Ann B. Lee said the bridge opens.', {
      actors: [{ id: 'person:ann-b-lee', kind: 'person', names: ['Ann B. Lee'] }],
    })
    const two = makeAnalysis('Ann Lee said the road closes.', {
      actors: [{ id: 'person:ann-lee', kind: 'person', names: ['Ann Lee'] }],
    })
    await Promise.all([storeAnalysis(store, one), storeAnalysis(store, two)])
    const rows = await queryRows<{ id: string; article_count: number }>(
      store.db,
      sql`select id, article_count from actors`,
    )
    expect(rows).toEqual([{ id: 'person:ann-b-lee', article_count: 2 }])
  })
})

/** One article in which the person `name` (extracted as `id`) said something. */
function saidBy(id: string, name: string, what: string) {
  const text = `${name} said ${what}.`
  return makeAnalysis(text, {
    actors: [{ id, kind: 'person', names: [name] }],
    statements: [{ speaker: id, content: what, cue: 'said' }],
    publishedAt: '2024-05-01T10:00:00Z',
  })
}

/** Fathers, sons and their surnames with and without a generation, for the order tests of generations. */
const KOLLERS = {
  father: saidBy('person:bram-koller', 'Bram Koller', 'the bridge holds'),
  son: saidBy('person:bram-koller-jr', 'Bram Koller Jr.', 'the road opens'),
  otherSon: saidBy('person:carl-koller-jr', 'Carl Koller Jr.', 'the port closes'),
  sonBySurname: saidBy('person:koller-jr', 'Koller Jr.', 'the vote counts'),
  surname: saidBy('person:koller', 'Koller', 'the plan works'),
  stranger: saidBy('person:anna-koller', 'Anna Koller', 'the tax rises'),
}

describe.each(testBackends())('a surname with a generation across articles, on $name', (backend) => {
  const opened: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const dispose of opened) await dispose()
  })
  /** The canonical id of each of `ids` once the articles are stored in this order, in a fresh store. */
  async function resolvedIn(order: (keyof typeof KOLLERS)[], ids: string[]): Promise<(string | null)[]> {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    for (const name of order) await storeAnalysis(store, KOLLERS[name])
    expect(await findInconsistencies(store)).toEqual([])
    return Promise.all(ids.map((id) => canonicalActorId(store, id)))
  }

  it.each([
    ['father, son, then the surname', ['father', 'son', 'sonBySurname', 'surname']],
    ['the surnames first', ['sonBySurname', 'surname', 'son', 'father']],
    ['the son between', ['surname', 'son', 'sonBySurname', 'father']],
    ['a namesake after the join', ['son', 'sonBySurname', 'father', 'stranger']],
    ['a namesake before the son', ['sonBySurname', 'father', 'stranger', 'son']],
  ] as const)('"Koller Jr." is the son, "Koller" the father (%s)', async (_name, order) => {
    const ids = ['person:koller-jr', 'person:koller']
    const expected = (order as readonly string[]).includes('stranger')
      ? ['person:bram-koller-jr', null]
      : ['person:bram-koller-jr', 'person:bram-koller']
    expect(await resolvedIn([...order], ids)).toEqual(expected)
  })

  it.each([
    ['with the father only', ['father', 'sonBySurname'], 'person:koller-jr'],
    ['with the father only, the surname first', ['sonBySurname', 'father'], 'person:koller-jr'],
    ['with two sons', ['son', 'otherSon', 'sonBySurname'], 'person:koller-jr'],
    ['with two sons, the second after the join', ['son', 'sonBySurname', 'otherSon'], 'person:koller-jr'],
    ['with two sons, the surname first', ['sonBySurname', 'otherSon', 'son'], 'person:koller-jr'],
  ] as const)('"Koller Jr." stays its own %s', async (_name, order, expected) => {
    expect(await resolvedIn([...order], ['person:koller-jr'])).toEqual([expected])
  })
})

/** People who share a given name or whose given name is another's surname, and lone words. Invented names. */
const GIVEN = {
  penn: saidBy('person:orla-penn', 'Orla Penn', 'the bridge holds'),
  vance: saidBy('person:orla-vance', 'Orla Vance', 'the road opens'),
  orla: saidBy('person:orla', 'Orla', 'the port closes'),
  ivoTate: saidBy('person:ivo-tate', 'Ivo Tate', 'the vote counts'),
  tateMorrow: saidBy('person:tate-morrow', 'Tate Morrow', 'the plan works'),
  tate: saidBy('person:tate', 'Tate', 'the tax rises'),
}

describe.each(testBackends())('a lone given name across articles, on $name', (backend) => {
  const opened: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const dispose of opened) await dispose()
  })
  /** The canonical id of `id` once the articles are stored in this order, in a fresh store. */
  async function resolvedIn(order: readonly (keyof typeof GIVEN)[], id: string): Promise<string | null> {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    for (const name of order) await storeAnalysis(store, GIVEN[name])
    expect(await findInconsistencies(store)).toEqual([])
    return canonicalActorId(store, id)
  }

  it.each([
    ['the full name first', ['penn', 'orla'], 'person:orla-penn'],
    ['the given name first', ['orla', 'penn'], 'person:orla-penn'],
    ['a second bearer after the join', ['penn', 'orla', 'vance'], 'person:orla'],
    ['a second bearer between', ['orla', 'vance', 'penn'], 'person:orla'],
    ['both bearers first', ['vance', 'penn', 'orla'], 'person:orla'],
    ['a surname, then a given name that is the same word', ['ivoTate', 'tate', 'tateMorrow'], 'person:tate'],
    ['a given name, then a surname that is the same word', ['tateMorrow', 'tate', 'ivoTate'], 'person:tate'],
    ['the lone word first', ['tate', 'ivoTate', 'tateMorrow'], 'person:tate'],
    ['one bearer of the word as a given name', ['tateMorrow', 'tate'], 'person:tate-morrow'],
  ] as const)('%s', async (_name, order, expected) => {
    const id = (order as readonly string[]).includes('orla') ? 'person:orla' : 'person:tate'
    expect(await resolvedIn(order, id)).toBe(expected)
  })
})

/** One article naming `name` (actor `id`) where `text` writes it, and saying nothing. Invented names. */
function naming(id: string, name: string, text: string) {
  return makeAnalysis(text, {
    actors: [{ id, kind: 'person', names: [name] }],
    publishedAt: '2024-05-01T10:00:00Z',
  })
}

/**
 * A given name, the person who bears it, and headline phrases the actors stage took for people that bear it as
 * a surname ("Indict Wanda" only in a headline, "Crooked Wanda" beside the word "crooked"), and a real second
 * person who bears it as a surname ("Kit Wanda"). Invented names.
 */
const SLOGANS = {
  pell: saidBy('person:wanda-pell', 'Wanda Pell', 'the road opens'),
  wanda: saidBy('person:wanda', 'Wanda', 'the port closes'),
  indict: naming('person:indict-wanda', 'Indict Wanda', 'Indict Wanda Now\n\nThe crowd marched on the hall.'),
  crooked: naming(
    'person:crooked-wanda',
    'Crooked Wanda',
    'Marchers chanted Crooked Wanda outside a crooked old hall.',
  ),
  kit: saidBy('person:kit-wanda', 'Kit Wanda', 'the tide turns'),
  // Named in a body, its given word written in lower case only by another article.
  rigged: naming('person:rigged-wanda', 'Rigged Wanda', 'Marchers chanted Rigged Wanda outside the hall.'),
  note: makeAnalysis('The count was rigged, a steward said.', { publishedAt: '2024-05-02T10:00:00Z' }),
}

describe.each(testBackends())('a lone given name beside headline phrases, on $name', (backend) => {
  const opened: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const dispose of opened) await dispose()
  })

  it.each([
    ['the person first', ['pell', 'indict', 'crooked', 'wanda'], 'person:wanda-pell'],
    ['the lone word first', ['wanda', 'crooked', 'indict', 'pell'], 'person:wanda-pell'],
    ['a phrase first', ['crooked', 'wanda', 'pell', 'indict'], 'person:wanda-pell'],
    ['the phrases last', ['wanda', 'pell', 'indict', 'crooked'], 'person:wanda-pell'],
    ['a phrase alone takes in nothing', ['crooked', 'indict', 'wanda'], 'person:wanda'],
    ['a real second bearer counts', ['pell', 'wanda', 'kit'], 'person:wanda'],
    ['a real second bearer first', ['kit', 'crooked', 'wanda', 'pell'], 'person:wanda'],
    [
      'a phrase whose word another article writes in lower case',
      ['note', 'rigged', 'wanda', 'pell'],
      'person:wanda-pell',
    ],
    ['the same phrase where no article does', ['rigged', 'pell', 'wanda'], 'person:wanda'],
    // The article that writes the word in lower case comes last: the lone word is decided again, as had it come first.
    [
      'the lower-case word after the lone word joined the phrase',
      ['wanda', 'rigged', 'note', 'pell'],
      'person:wanda-pell',
    ],
    ['the lower-case word after the person', ['rigged', 'wanda', 'pell', 'note'], 'person:wanda-pell'],
    ['the lower-case word last of all', ['pell', 'rigged', 'wanda', 'note'], 'person:wanda-pell'],
    ['the lower-case word after the join, no person', ['wanda', 'rigged', 'note'], 'person:wanda'],
  ] as const)('%s', async (_name, order, expected) => {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    for (const name of order) await storeAnalysis(store, SLOGANS[name])
    expect(await findInconsistencies(store)).toEqual([])
    expect(await canonicalActorId(store, 'person:wanda')).toBe(expected)
    // The phrases stay actors of their own: nothing joins them, and they join nothing.
    for (const phrase of ['person:indict-wanda', 'person:crooked-wanda', 'person:rigged-wanda'] as const)
      if ((order as readonly string[]).includes(phrase.slice(7, phrase.indexOf('-'))))
        expect(await canonicalActorId(store, phrase)).toBe(phrase)
  })
})

describe.each(testBackends())('identity decisions that need every key exclusive, on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
  })
  afterAll(() => dispose())

  /** One article in which `name` (actor `id`) said something. */
  const said = (text: string, id: string, name: string) =>
    makeAnalysis(text, {
      actors: [{ id, kind: 'person', names: [name] }],
      statements: [{ speaker: id, content: text.slice(text.indexOf('said ') + 5, -1), cue: 'said' }],
    })

  it('takes in a lone surname through an actor already decided, by trying again with every key exclusive', async () => {
    await storeAnalysis(store, said('Tony Blair said the vote counts.', 'person:tony-blair', 'Tony Blair'))
    await storeAnalysis(
      store,
      said('Cherie Blair said the case closed.', 'person:cherie-blair', 'Cherie Blair'),
    )
    await storeAnalysis(
      store,
      said('Cherie Booth said the case reopened.', 'person:cherie-booth', 'Cherie Booth'),
    )
    // Two full names share the surname: the lone one stays its own.
    await storeAnalysis(store, said('Blair said the plan stands.', 'person:blair', 'Blair'))
    expect(await canonicalActorId(store, 'person:blair')).toBe('person:blair')
    // A person decides that Cherie Blair is Cherie Booth: Tony Blair is now the one full name with that surname.
    await mergeActor(store, 'person:cherie-blair', 'person:cherie-booth')
    // Tony Blair is decided already, so his keys are first locked shared; taking in "Blair" needs them exclusive.
    const again = said('Tony Blair said the vote still counts.', 'person:tony-blair', 'Tony Blair')
    expect((await storeAnalysis(store, again)).created).toBe(true)
    expect(await canonicalActorId(store, 'person:blair')).toBe('person:tony-blair')
    const [identity] = await queryRows<{ rule: string; reason: string }>(
      store.db,
      sql`select rule, reason from actor_identities where actor_id = 'person:blair'`,
    )
    expect(identity).toEqual({
      rule: 'surname',
      reason: `joined person:tony-blair on ingest of ${again.article.id}`,
    })
    expect(await findInconsistencies(store)).toEqual([])
  })
})
