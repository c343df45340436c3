import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const actorsOf = (text: string) =>
  extractActors(parseArticle(text)).map((actor) => `${actor.kind}:${actor.name}`)

describe('an illness is no actor', () => {
  it.each([
    [
      'The fund helps victims of Alzheimer’s, Parkinson’s and Motor Neurone Disease, Mr Lomax said.',
      ['person:Lomax'],
    ],
    ["Research into Multiple Sclerosis and Crohn's Disease was cut, Jane Hill said.", ['person:Jane Hill']],
    ["Her mother had Alzheimer's disease, said Tom Pardew.", ['person:Tom Pardew']],
  ])('%j → %j', (text, actors) => {
    expect(actorsOf(text)).toEqual(actors)
  })

  it.each([
    // A person listed next to an illness keeps being a person when a given name or a title opens the name.
    ['Motor Neurone Disease, Mr Lomax and Dr Kerr said, is rare.', ['person:Lomax', 'person:Kerr']],
    ['Lyme Disease worried Tom Pardew and Ann Kerr.', ['person:Tom Pardew', 'person:Ann Kerr']],
    // A possessive before its noun is a person's.
    ["Pardew's plan for Lassa Fever was praised by Tom Pardew's staff.", ['person:Tom Pardew']],
  ])('keeps the people: %j → %j', (text, actors) => {
    expect(actorsOf(text)).toEqual(actors)
  })
})

describe("a body's head ends a body's name", () => {
  it.each([
    [
      "The review is being carried out by the Lord Chancellor's Department, officials said.",
      "organization:Lord Chancellor's Department",
    ],
    ['The Audit Commission said costs rose.', 'organization:Audit Commission'],
    ['The state banks are Banque Velmar and Banco Orlin, Ann Kerr said.', 'organization:Banque Velmar'],
    ['The state banks are Banque Velmar and Banco Orlin, Ann Kerr said.', 'organization:Banco Orlin'],
  ])('%j → %s', (text, actor) => {
    expect(actorsOf(text)).toContain(actor)
  })

  it.each([
    ['Lord Falconer and Lady Hale spoke.', ['person:Falconer', 'person:Hale']],
    ['Tony Banks said no.', ['person:Tony Banks']],
  ])('a title or a given name before a name still makes a person: %j', (text, actors) => {
    expect(actorsOf(text)).toEqual(actors)
  })
})

describe('a plural title after common words names a bench of office-holders', () => {
  it.each([
    ['Law Lords ruled last month that the law was unlawful.', ['organization:Law Lords']],
    // An "-ies" plural: "Deputies" is the plural of "deputy".
    ['The talks were led by Court Deputies last week.', ['organization:Court Deputies']],
    // A surname that is a title's plural, after a name no common word opens, is a person's.
    ['Talcott Parsons wrote the book.', ['person:Talcott Parsons']],
    ['Tom Lords said no.', ['person:Tom Lords']],
  ])('%j → %j', (text, actors) => {
    expect(actorsOf(text)).toEqual(actors)
  })
})

describe("a court's level, then 'Court', names a court of law", () => {
  it.each([
    ['The High Court had stressed his right to privacy.', ['organization:High Court']],
    ['The case went to the High Court in March.', ['organization:High Court']],
    ['Vane appeared at Orlin Crown Court on Monday.', ['organization:Orlin Crown Court']],
    // A place's name that ends in "Court" after no court's level stays a place.
    ['Tourists flocked to Hampton Court on Sunday.', ['location:Hampton Court']],
  ])('%j → %j', (text, actors) => {
    expect(actorsOf(text)).toEqual(actors)
  })
})
