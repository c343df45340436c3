// Scoring of eval:identity: how the store's canonical actors hold the name mentions of a list of known people.

/** A person of the evaluation list: the name forms that can only be them, and people their surname clashes with. */
export type EvalPerson = { name: string; forms: string[]; clashes: string[] }

/** How many name mentions with one surface text the store put on one actor id. */
export type MentionCount = { surface: string; actorId: string; count: number }

/** One person's figures. */
export type PersonScore = {
  name: string
  /** Their mentions found in the store (surfaces that are one of their forms). */
  mentions: number
  /** Actor ids holding their mentions, most mentions first. */
  ids: { actorId: string; count: number }[]
  /** The id holding most of their mentions, null when they have none. */
  mainId: string | null
  /** Share of their mentions on the main id (0 when they have none). */
  mainShare: number
  /** Mentions of other listed people on their main id: wrong merges, by that person. */
  wrongMerges: { person: string; count: number }[]
}

/**
 * A name as compared here: lower case, no accents, no possessive, punctuation as spaces
 * ("Mr. Trump's" → "mr trump").
 * @example normalizeName('Donald J. Trump') // 'donald j trump'
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')
}

/** Maps each normalized form to the person it names; a form two people claim names neither. */
function ownerOfForm(people: readonly EvalPerson[]): Map<string, string> {
  const owners = new Map<string, string | null>()
  for (const person of people) {
    for (const form of [person.name, ...person.forms]) {
      const key = normalizeName(form)
      const owner = owners.get(key)
      owners.set(key, owner === undefined || owner === person.name ? person.name : null)
    }
  }
  return new Map([...owners].filter((entry): entry is [string, string] => entry[1] !== null))
}

/** Adds `count` to `key` in a tally. */
function tally(counts: Map<string, number>, key: string, count: number): void {
  counts.set(key, (counts.get(key) ?? 0) + count)
}

/** A tally as a list, largest first (ties by key, so the figures do not depend on the store's row order). */
function ranked(counts: Map<string, number>): { key: string; count: number }[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
}

/**
 * Scores each listed person: the ids their mentions are on, the share on the main one, and the mentions of
 * other listed people that sit on that main id (wrong merges). A mention counts for a person when its surface
 * is one of their forms; surfaces no one or several people claim (a bare shared surname) count for no one.
 * @example scorePeople([{ surface: 'Bill Clinton', actorId: 'person:bill-clinton', count: 3 }], people)
 */
export function scorePeople(rows: readonly MentionCount[], people: readonly EvalPerson[]): PersonScore[] {
  const owners = ownerOfForm(people)
  const idsOf = new Map(people.map((person) => [person.name, new Map<string, number>()]))
  const peopleOnId = new Map<string, Map<string, number>>()
  for (const row of rows) {
    const owner = owners.get(normalizeName(row.surface))
    if (!owner) continue
    tally(idsOf.get(owner) as Map<string, number>, row.actorId, row.count)
    const onId = peopleOnId.get(row.actorId) ?? new Map<string, number>()
    tally(onId, owner, row.count)
    peopleOnId.set(row.actorId, onId)
  }
  return people.map((person) => {
    const ids = ranked(idsOf.get(person.name) as Map<string, number>).map(({ key, count }) => ({
      actorId: key,
      count,
    }))
    const mentions = ids.reduce((sum, id) => sum + id.count, 0)
    const main = ids[0]
    const others = main
      ? (peopleOnId.get(main.actorId) ?? new Map<string, number>())
      : new Map<string, number>()
    const wrongMerges = ranked(others)
      .filter(({ key }) => key !== person.name)
      .map(({ key, count }) => ({ person: key, count }))
    return {
      name: person.name,
      mentions,
      ids,
      mainId: main?.actorId ?? null,
      mainShare: main ? main.count / mentions : 0,
      wrongMerges,
    }
  })
}

/** An actor id that holds the mentions of more than one listed person. */
export type MergedId = {
  actorId: string
  /** The person with most mentions on the id. */
  owner: string
  /** The other people on it and their mentions: the wrong merges. */
  others: { person: string; count: number }[]
}

/**
 * The ids that hold several listed people, each counted once: the person with most mentions on the id owns it,
 * everyone else's mentions on it are wrong merges (so two people merged count the smaller side, not both).
 * @example mergedIds([row('Bill Clinton', 'p:c', 3), row('Hillary Clinton', 'p:c', 1)], people) // [{ actorId: 'p:c', owner: 'Bill Clinton', others: [{ person: 'Hillary Clinton', count: 1 }] }]
 */
export function mergedIds(rows: readonly MentionCount[], people: readonly EvalPerson[]): MergedId[] {
  const owners = ownerOfForm(people)
  const peopleOnId = new Map<string, Map<string, number>>()
  for (const row of rows) {
    const owner = owners.get(normalizeName(row.surface))
    if (!owner) continue
    const onId = peopleOnId.get(row.actorId) ?? new Map<string, number>()
    tally(onId, owner, row.count)
    peopleOnId.set(row.actorId, onId)
  }
  return [...peopleOnId]
    .filter(([, onId]) => onId.size > 1)
    .map(([actorId, onId]) => {
      const [first, ...rest] = ranked(onId)
      return {
        actorId,
        owner: first?.key ?? '',
        others: rest.map(({ key, count }) => ({ person: key, count })),
      }
    })
    .sort((a, b) => a.actorId.localeCompare(b.actorId))
}

/** A name mention as stored: its article, its text and the actor it is on. */
export type ArticleMention = { articleId: string; surface: string; actorId: string }

/** Words before a surname that leave it a lone surname ("Mr Blair", "Senator Cruz"). */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'president',
  'senator',
  'sen',
  'gov',
  'governor',
])

/** Words after a surname that tell a son from his father, left out of the surname ("Donald Trump Jr."). */
const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii'])

/**
 * The surname a mention consists of, after its titles ("Mr. Blair's" → blair), or '' when it has more words.
 * @example loneSurname('Senator Cruz') // 'cruz'
 */
export function loneSurname(surface: string): string {
  const words = normalizeName(surface).split(' ').filter(Boolean)
  let start = 0
  while (start < words.length - 1 && TITLES.has(words[start] as string)) start++
  return words.length - start === 1 ? (words[start] as string) : ''
}

/**
 * A listed person's surname: the last word of their name, not a generation.
 * @example surnameOf('Donald Trump Jr.') // 'trump'
 */
export function surnameOf(name: string): string {
  const words = normalizeName(name).split(' ').filter(Boolean)
  while (words.length > 1 && GENERATIONS.has(words.at(-1) as string)) words.pop()
  return words.at(-1) ?? ''
}

/**
 * The mentions scored with the lone surnames too: a mention that is one of a person's forms counts for them, as in
 * `scorePeople`; a lone surname ("Blair", "Mr Clinton" when no one owns that form) counts for the one listed person
 * of that surname its article names by one of their forms, and for no one when the article names none or several
 * ("Clinton" beside both "Bill Clinton" and "Hillary Clinton"). Each counted mention's surface is its person's name.
 * @example withSurnames([{ articleId: 'a', surface: 'Blair', actorId: 'location:blair' }, …], people)
 */
export function withSurnames(
  mentions: readonly ArticleMention[],
  people: readonly EvalPerson[],
): MentionCount[] {
  const owners = ownerOfForm(people)
  const bySurname = new Map<string, string[]>()
  for (const person of people) {
    const word = surnameOf(person.name)
    bySurname.set(word, [...(bySurname.get(word) ?? []), person.name])
  }
  const named = new Map<string, Set<string>>()
  for (const mention of mentions) {
    const owner = owners.get(normalizeName(mention.surface))
    if (!owner) continue
    const inArticle = named.get(mention.articleId) ?? new Set<string>()
    inArticle.add(owner)
    named.set(mention.articleId, inArticle)
  }
  const counts = new Map<string, MentionCount>()
  for (const mention of mentions) {
    let person = owners.get(normalizeName(mention.surface))
    if (!person) {
      const inArticle = named.get(mention.articleId)
      const fits = (bySurname.get(loneSurname(mention.surface)) ?? []).filter((name) => inArticle?.has(name))
      if (fits.length === 1) person = fits[0]
    }
    if (!person) continue
    const key = `${person}\u0000${mention.actorId}`
    const count = counts.get(key) ?? { surface: person, actorId: mention.actorId, count: 0 }
    count.count++
    counts.set(key, count)
  }
  return [...counts.values()]
}
