// Made-up articles for tests and probes of how ingest's work grows with the store: each filler names people of its own.
import type { Store } from '../src/database.ts'
import { storeAnalysis } from '../src/ingest.ts'
import { makeAnalysis } from './fixtures.ts'

const SYLLABLES = 'ba de ki lo mu na re si to vy za pe go fi hu we'.split(' ')

/** A made-up word of three syllables for n < 4,096, different for each n, capitalised: no two people share one. */
function madeWord(n: number, salt: number): string {
  const pick = (k: number) => SYLLABLES[k % SYLLABLES.length] as string
  const word = `${pick(n)}${pick(Math.floor(n / 16) + salt)}${pick(Math.floor(n / 256) + 3 * salt)}n`
  return word[0]?.toUpperCase() + word.slice(1)
}

const PARTY = 'organization:tidewater-party'

/** The i-th filler article: three people of their own names (one with a role and party) and a body of their own. */
function fillerArticle(i: number) {
  const [a, b, c] = [0, 1, 2].map((k) => ({
    given: madeWord(3 * i + k, 1),
    surname: madeWord(3 * i + k, 5),
  }))
  if (!a || !b || !c) throw new Error('three people')
  const full = (p: { given: string; surname: string }) => `${p.given} ${p.surname}`
  const text =
    `Harbour works ${i}\n\n${full(a)} said the harbour would reopen in spring. ` +
    `${full(b)}, a councillor of the Tidewater Party, said the plan was too slow. ${full(c)} agreed with her.`
  const id = (p: { given: string; surname: string }) => `person:${full(p).toLowerCase().replace(' ', '-')}`
  return makeAnalysis(text, {
    actors: [
      { id: id(a), kind: 'person', names: [full(a)] },
      { id: id(b), kind: 'person', names: [full(b)], role: 'councillor', affiliation: PARTY },
      { id: id(c), kind: 'person', names: [full(c)] },
      { id: PARTY, kind: 'organization', names: ['Tidewater Party'] },
    ],
    statements: [
      { speaker: id(a), content: 'the harbour would reopen in spring', cue: 'said' },
      { speaker: id(b), content: 'the plan was too slow', cue: 'said' },
    ],
    publishedAt: `2015-0${1 + (i % 9)}-1${i % 10}T08:00:00Z`,
  })
}

/**
 * One more article about the people of filler `i`: its first person by full name, its second by a lone surname
 * ("Mr X"), and a newcomer of a name of his own, so that ingest takes its full-name, lone-surname and new-actor paths.
 */
export function probeArticle(i: number, newcomer: number) {
  const given = madeWord(3 * i, 1)
  const surname = madeWord(3 * i, 5)
  const second = madeWord(3 * i + 1, 5)
  const fresh = `${madeWord(newcomer, 9)} ${madeWord(newcomer, 11)}`
  const text =
    `Pier row\n\n${given} ${surname} said the pier would close for a year. ` +
    `Mr ${second} said the council had known for months. ${fresh} said nothing had been decided.`
  const ids = {
    full: `person:${given.toLowerCase()}-${surname.toLowerCase()}`,
    lone: `person:${second.toLowerCase()}`,
    fresh: `person:${fresh.toLowerCase().replace(' ', '-')}`,
  }
  return makeAnalysis(text, {
    actors: [
      { id: ids.full, kind: 'person', names: [`${given} ${surname}`] },
      { id: ids.lone, kind: 'person', names: [second] },
      { id: ids.fresh, kind: 'person', names: [fresh] },
    ],
    statements: [
      { speaker: ids.full, content: 'the pier would close for a year', cue: 'said' },
      { speaker: ids.lone, content: 'the council had known for months', cue: 'said' },
      { speaker: ids.fresh, content: 'nothing had been decided', cue: 'said' },
    ],
    publishedAt: '2015-10-02T08:00:00Z',
  })
}

/** Stores fillers [from, to), one at a time. */
export async function fill(store: Store, from: number, to: number): Promise<void> {
  for (let i = from; i < to; i++) await storeAnalysis(store, fillerArticle(i))
}
