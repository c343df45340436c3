// Made-up namesakes decades apart and their surname alone, each a one-statement article with its date, for the
// tests of identity's time window (store-wide and per article), and an article of one person and an affiliation.
import { makeAnalysis } from './fixtures.ts'

/** Each article: its text, its one person's extracted id and name, and its date (none: undated). */
export const NAMESAKE_ARTICLES = {
  harold93: ['Harold Bloggs said the mill reopens.', 'person:harold-bloggs', 'Harold Bloggs', '1993-03-01'],
  harold97: ['Harold Bloggs said the strike ends.', 'person:harold-bloggs', 'Harold Bloggs', '1997-06-01'],
  harold11: [
    'Harold Bloggs said the orchard thrives.',
    'person:harold-bloggs',
    'Harold Bloggs',
    '2011-05-01',
  ],
  hugh21: ['Hugh Bloggs said the pier reopens.', 'person:hugh-bloggs', 'Hugh Bloggs', '2021-06-01'],
  ivy94: ['Ivy Bloggs said the orchard thrives.', 'person:ivy-bloggs', 'Ivy Bloggs', '1994-05-01'],
  jane13: ['Jane Bloggs said the tram runs late.', 'person:jane-bloggs', 'Jane Bloggs', '2013-04-01'],
  jane16: ['Jane Bloggs said the bridge opens.', 'person:jane-bloggs', 'Jane Bloggs', '2016-10-01'],
  lone95: ['Bloggs said the harbour floods.', 'person:bloggs', 'Bloggs', '1995-02-01'],
  lone96: ['Bloggs said the quarry closes.', 'person:bloggs', 'Bloggs', '1996-08-01'],
  lone14: ['Bloggs said the budget balances.', 'person:bloggs', 'Bloggs', '2014-09-01'],
  lone17: ['Bloggs said the library expands.', 'person:bloggs', 'Bloggs', '2017-03-01'],
  lone05: ['Bloggs said the dam holds.', 'person:bloggs', 'Bloggs', '2005-05-01'],
  loneUndated: ['Bloggs said the ferry sails.', 'person:bloggs', 'Bloggs', undefined],
} as const

/** The name of one of the namesakes' articles. */
export type NamesakeArticle = keyof typeof NAMESAKE_ARTICLES

/** The analysis of one namesake article: one statement by its one person. */
export function namesakeAnalysis(name: NamesakeArticle) {
  const [text, id, personName, date] = NAMESAKE_ARTICLES[name]
  return makeAnalysis(text, {
    actors: [{ id, kind: 'person', names: [personName] }],
    statements: [{ speaker: id, content: text.slice(text.indexOf('said ') + 5, -1), cue: 'said' }],
    ...(date ? { publishedAt: `${date}T09:00:00Z` } : {}),
  })
}

/** A one-statement article of one person who states an affiliation (or none), dated `date`. */
export function affiliated(text: string, id: string, name: string, date: string, affiliation?: string) {
  return makeAnalysis(text, {
    actors: [{ id, kind: 'person', names: [name], ...(affiliation ? { affiliation } : {}) }],
    statements: [{ speaker: id, content: text.slice(text.indexOf('said ') + 5, -1), cue: 'said' }],
    publishedAt: `${date}T09:00:00Z`,
  })
}

/** The Dockers Union's lone "Bloggs" of 1995: which Bloggs it is hangs on Harold Bloggs's affiliation. */
export function dockersBloggs() {
  return affiliated(
    'Bloggs of the Dockers Union said the dock shuts.',
    'person:bloggs',
    'Bloggs',
    '1995-05-01',
    'organization:dockers-union',
  )
}
