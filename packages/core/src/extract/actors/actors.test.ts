import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { type Actor, ActorSchema } from '../../schemas/actor.ts'
import { extractActors } from './index.ts'

const actorsOf = (text: string): Actor[] => extractActors(parseArticle(text))
const find = (actors: Actor[], id: string) => actors.find((a) => a.id === id)
const written = (text: string, spans: readonly { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end))

describe('kinds', () => {
  it.each([
    ['Angela Merkel met the press in Berlin on Monday.', 'person:angela-merkel', 'person'],
    ['Angela Merkel met the press in Berlin on Monday.', 'location:berlin', 'location'],
    ['The European Union agreed to new sanctions on Tuesday.', 'organization:european-union', 'organization'],
    ['Officials in Kenya said the talks had failed.', 'country:kenya', 'country'],
    ['The Taliban took control of the city last week.', 'group:taliban', 'group'],
    ['Fighters from Hezbollah crossed the border.', 'group:hezbollah', 'group'],
    // A lone surname that speaks is a person, even when the surname is also a word.
    ['Trump said the plan was a disaster.', 'person:trump', 'person'],
    ['Putin said the talks would go on.', 'person:putin', 'person'],
  ])('%s → %s is a %s', (text, id, kind) => {
    expect(find(actorsOf(text), id)?.kind).toBe(kind)
  })
})

describe('country forms', () => {
  it.each([
    ['The US said it would respond.', 'US'],
    ['The U.S. said it would respond.', 'U.S.'],
    ['The United States said it would respond.', 'United States'],
    ['Critics of America said the plan would fail.', 'America'],
    ['The USA said it would respond.', 'USA'],
  ])('%s names the United States', (text, form) => {
    const us = find(actorsOf(text), 'country:united-states')
    expect(us?.name).toBe('United States')
    expect(written(text, us?.mentions ?? [])).toContain(form)
  })

  it('joins every form into one actor', () => {
    const text = 'The United States said talks would go on. The US envoy arrived. America has doubts.'
    const actors = actorsOf(text).filter((a) => a.id === 'country:united-states')
    expect(actors).toHaveLength(1)
    expect(written(text, actors[0]?.mentions ?? [])).toEqual(['United States', 'US', 'America'])
  })
})

describe('roles and affiliations', () => {
  it.each([
    [
      'Russian Deputy Foreign Minister Sergei Ryabkov said talks would go on.',
      'person:sergei-ryabkov',
      'Deputy Foreign Minister',
      'country:russia',
    ],
    [
      'US President Joe Biden has announced a new plan.',
      'person:joe-biden',
      'President',
      'country:united-states',
    ],
    [
      "France's Foreign Minister Jean Dupont visited Rome.",
      'person:jean-dupont',
      'Foreign Minister',
      'country:france',
    ],
    [
      'German Chancellor Anna Weber spoke to reporters.',
      'person:anna-weber',
      'Chancellor',
      'country:germany',
    ],
    ['Secretary of State Mary Jones flew to Paris.', 'person:mary-jones', 'Secretary of State', undefined],
    [
      "Mark Olsen, Norway's prime minister, said nothing.",
      'person:mark-olsen',
      'prime minister',
      'country:norway',
    ],
  ])('%s', (text, id, role, affiliation) => {
    const person = find(actorsOf(text), id)
    expect(person?.kind).toBe('person')
    expect(person?.role).toBe(role)
    expect(person?.affiliation).toBe(affiliation)
  })

  it('keeps the title out of the name', () => {
    const text = 'Russian Deputy Foreign Minister Sergei Ryabkov said talks would go on.'
    const person = find(actorsOf(text), 'person:sergei-ryabkov')
    expect(written(text, person?.mentions ?? [])).toEqual(['Sergei Ryabkov'])
  })

  it('makes a person of a capitalized word after a title, and links the title alone to them', () => {
    const text =
      'The US Secretary of Defense spoke first. Later, Secretary of Defense Austin said bases would be used.'
    const actors = actorsOf(text)
    const austin = find(actors, 'person:austin')
    expect(austin?.role).toBe('Secretary of Defense')
    expect(austin?.affiliation).toBe('country:united-states')
    expect(
      austin?.references?.filter((r) => r.form === 'title').map((r) => text.slice(r.span.start, r.span.end)),
    ).toEqual(['US Secretary of Defense'])
    expect(actors.filter((a) => a.kind === 'person')).toHaveLength(1)
  })

  it('gives an organization its country prefix as affiliation', () => {
    const text = 'The US State Department said it would discuss the issue.'
    const department = find(actorsOf(text), 'organization:us-state-department')
    expect(department?.affiliation).toBe('country:united-states')
    expect(written(text, department?.mentions ?? [])).toEqual(['US State Department'])
  })
})

describe('demonyms', () => {
  it('points a demonym that stands for its country to it', () => {
    const text = 'Russia has said no. The United States has not commented on the Russian stand.'
    const russia = find(actorsOf(text), 'country:russia')
    expect(russia?.references?.map((r) => [r.form, text.slice(r.span.start, r.span.end)])).toContainEqual([
      'demonym',
      'Russian',
    ])
  })

  it('creates the country of an affiliation even when only its demonym is written', () => {
    const actors = actorsOf('Italian Prime Minister Paolo Rossi arrived on Monday.')
    expect(find(actors, 'person:paolo-rossi')?.affiliation).toBe('country:italy')
    expect(find(actors, 'country:italy')?.kind).toBe('country')
  })
})

describe('resolution', () => {
  it('joins a surname to the full name, before or after it', () => {
    const text = 'Sergei Ryabkov spoke on Monday. Ryabkov said the meeting was useful.'
    const actors = actorsOf(text).filter((a) => a.kind === 'person')
    expect(actors.map((a) => a.id)).toEqual(['person:sergei-ryabkov'])
    expect(actors[0]?.aliases).toEqual(['Ryabkov'])
    expect(written(text, actors[0]?.mentions ?? [])).toEqual(['Sergei Ryabkov', 'Ryabkov'])
  })

  it('keeps people who share a surname apart', () => {
    const text =
      'Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa. Bill Clinton flew home. Clinton slept.'
    const people = actorsOf(text).filter((a) => a.kind === 'person')
    expect(people.map((a) => a.id).sort()).toEqual(['person:bill-clinton', 'person:hillary-clinton'])
    // The surname alone is the one the article names most, not the one named last.
    const bill = people.find((p) => p.id === 'person:bill-clinton')
    expect(bill?.mentions).toHaveLength(3)
  })

  it.each([
    ['Russia has said that it has opposed the plan.', 'country:russia', 'it'],
    ['The United States has declared that it will use the option.', 'country:united-states', 'it'],
    ['Russia has kept its doors open.', 'country:russia', 'its'],
    ['The European Union said it would discuss the issue.', 'organization:european-union', 'it'],
  ])('%s: "%s" is %s', (text, id, pronoun) => {
    const actor = find(actorsOf(text), id)
    expect(actor?.references?.map((r) => [r.form, text.slice(r.span.start, r.span.end)])).toEqual([
      ['pronoun', pronoun],
    ])
  })

  it('links "he" and "she" to the person of the sentence before', () => {
    const text = 'Maria Lopez arrived in Madrid on Monday. She said the talks would resume.'
    const maria = find(actorsOf(text), 'person:maria-lopez')
    expect(maria?.references?.map((r) => text.slice(r.span.start, r.span.end))).toEqual(['She'])
  })

  it("learns a person's gender from the first pronoun linked to them", () => {
    const text =
      'John Carter arrived in Lima on Monday. He spoke first. Carter and Maria Lopez met later. She said the talks went well.'
    const refs = (id: string) =>
      find(actorsOf(text), id)?.references?.map((r) => text.slice(r.span.start, r.span.end)) ?? []
    expect([refs('person:john-carter'), refs('person:maria-lopez')]).toEqual([['He'], ['She']])
  })

  it.each([
    ['Tom Wells met spokeswoman Anna Berg on Monday. She said the talks went well.', 'person:anna-berg'],
    ['Tom Wells met Mrs. Anna Berg on Monday. She said the talks went well.', 'person:anna-berg'],
    ['Anna Berg met chairman Tom Wells on Monday. He said the talks went well.', 'person:tom-wells'],
  ])('prefers the person whose title or honorific fits the pronoun: %s', (text, id) => {
    const actor = find(actorsOf(text), id)
    expect(actor?.references?.map((r) => text.slice(r.span.start, r.span.end))).toEqual([
      text.includes(' She ') ? 'She' : 'He',
    ])
  })

  it('leaves a dummy "it" alone', () => {
    const text = 'Russia bears the blame, and it is now up to Russia to act.'
    expect(find(actorsOf(text), 'country:russia')?.references ?? []).toEqual([])
  })

  it('makes readable, stable ids without diacritics', () => {
    const actors = actorsOf('Officials met José Álvarez in Ankara on Friday.')
    expect(actors.map((a) => a.id)).toEqual(
      expect.arrayContaining(['person:jose-alvarez', 'location:ankara']),
    )
  })

  it('gives valid actors', () => {
    for (const actor of actorsOf('US President Joe Biden met Russian President Vladimir Putin in Geneva.')) {
      expect(ActorSchema.safeParse(actor).success).toBe(true)
    }
  })
})
