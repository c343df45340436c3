import { describe, expect, it } from 'vitest'
import text from '../../../../../seeds/000_b304420120629e83.txt?raw'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

// The seed article of the repository: every actor a reader sees, found by general rules only.
const actors = extractActors(parseArticle(text))
const count = (needle: string) => text.split(needle).length - 1

describe('the seed article', () => {
  it.each([
    ['country:russia', 'country', undefined, undefined],
    ['country:united-states', 'country', undefined, undefined],
    ['person:joe-biden', 'person', 'President', 'country:united-states'],
    ['person:sergei-ryabkov', 'person', 'Deputy Foreign Minister', 'country:russia'],
    ['person:austin', 'person', 'Secretary of Defense', 'country:united-states'],
    ['person:vladimir-putin', 'person', 'President', 'country:russia'],
    ['person:victoria-nuland', 'person', 'Deputy Secretary of State', 'country:united-states'],
    ['organization:us-state-department', 'organization', undefined, 'country:united-states'],
    ['group:taliban', 'group', undefined, undefined],
    ['country:afghanistan', 'country', undefined, undefined],
    ['country:tajikistan', 'country', undefined, undefined],
    ['country:uzbekistan', 'country', undefined, undefined],
  ])('%s: exactly once, a %s, role %s, affiliation %s', (id, kind, role, affiliation) => {
    const found = actors.filter((a) => a.id === id)
    expect(found).toHaveLength(1)
    expect(found[0]?.kind).toBe(kind)
    expect(found[0]?.role).toBe(role)
    expect(found[0]?.affiliation).toBe(affiliation)
  })

  it('has no second actor for any of them', () => {
    const names = actors.map((a) => a.name)
    for (const name of ['Russia', 'United States', 'Joe Biden', 'Sergei Ryabkov', 'Austin', 'Taliban']) {
      expect(names.filter((n) => n === name)).toHaveLength(1)
    }
    expect(
      actors
        .filter((a) => a.kind === 'person')
        .map((a) => a.id)
        .sort(),
    ).toEqual([
      'person:austin',
      'person:joe-biden',
      'person:sergei-ryabkov',
      'person:victoria-nuland',
      'person:vladimir-putin',
    ])
  })

  it('finds every mention of each name', () => {
    const mentionsOf = (id: string) =>
      actors.find((a) => a.id === id)?.mentions.map((m) => text.slice(m.start, m.end)) ?? []
    // Every "Ryabkov", "Tajikistan", "Afghanistan" and "Russia" (not "Russian", "Soviet Russia") is a mention.
    expect(mentionsOf('person:sergei-ryabkov')).toHaveLength(count('Ryabkov'))
    expect(mentionsOf('country:tajikistan')).toHaveLength(count('Tajikistan'))
    expect(mentionsOf('country:afghanistan')).toHaveLength(count('Afghanistan'))
    expect(mentionsOf('country:russia')).toHaveLength(
      count('Russia') - count('Russian') - count('Soviet Russia'),
    )
    expect(mentionsOf('person:joe-biden')).toEqual(['Joe Biden', 'Joe Biden', 'Biden'])
    const us = mentionsOf('country:united-states')
    expect(us.filter((m) => m === 'United States')).toHaveLength(count('United States'))
    // "US" stands alone as the country except inside "US State Department" and "US Senate".
    expect(us.filter((m) => m === 'US')).toHaveLength(
      count('US ') - count('US State Department') - count('US Senate'),
    )
  })

  it('links the title and pronoun references', () => {
    const refs = (id: string, form: string) =>
      (actors.find((a) => a.id === id)?.references ?? [])
        .filter((r) => r.form === form)
        .map((r) => text.slice(r.span.start, r.span.end).replace(/\s+/g, ' '))
    expect(refs('person:austin', 'title')).toEqual(['US Secretary of Defense', 'US Secretary of Defense'])
    expect(refs('country:russia', 'pronoun')).toEqual(['it', 'it', 'its'])
    expect(refs('country:russia', 'demonym')).toEqual(['Russian'])
    expect(refs('organization:us-state-department', 'pronoun')).toEqual(['it'])
    expect(refs('country:afghanistan', 'demonym')).toEqual(['Afghan'])
  })
})
