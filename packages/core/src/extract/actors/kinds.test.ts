import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const kindOf = (text: string, name: string) =>
  extractActors(parseArticle(text)).find((a) => a.name === name)?.kind

describe('a name after a place and a comma, closing the clause, is where the place is', () => {
  it.each([
    ['He gave the speech in Chatham, Kent. He then left.', 'Kent', 'location'],
    ['The plant near Tarrow, Kent, closed last year.', 'Kent', 'location'],
  ])('%s → %s is a %s', (text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind)
  })

  it.each([
    // A list, initials, and an organization that goes on to speak are no places.
    ['The CSU in Bavaria, FDP, and the Greens agreed.', 'FDP'],
    ['The talks in Geneva, Reuters reported, had failed.', 'Reuters'],
  ])('%s: %s is no place', (text, name) => {
    expect(kindOf(text, name)).not.toBe('location')
  })
})

describe('a common given name and a surname name a person, whatever the tagger learned of the given name', () => {
  it.each([['The guests included Will Young and David and Victoria Beckham.', 'Victoria Beckham']])(
    '%s → %s is a person',
    (text, name) => {
      expect(kindOf(text, name)).toBe('person')
    },
  )
})

describe('a given name and a surname after a preposition of place name the place', () => {
  it.each([['Ferries run to Victoria Pellow each day.', 'Victoria Pellow']])(
    '%s → %s is a location',
    (text, name) => {
      expect(kindOf(text, name)).toBe('location')
    },
  )
})

describe('a one-word title that opens an organization is its first word', () => {
  it.each([
    ['Sales at Ford and General Motors fell in May.', 'General Motors'],
    ['The Premier League is looking into the tackle.', 'Premier League'],
  ])('%s → %s is an organization', (text, name) => {
    expect(kindOf(text, name)).toBe('organization')
  })
})

describe('a name the article puts after a preposition of place is the place', () => {
  it.each([
    ['Arrivals in Khan Dariya rose. Families in Khan Dariya fled south.', 'Khan Dariya'],
    ['Arrivals in Ali Marwa rose. Families in Ali Marwa fled south.', 'Ali Marwa'],
    ['Arrivals in Grace Tolland rose. Families in Grace Tolland fled south.', 'Grace Tolland'],
    // "In" opening the sentence; a comma, "in" and a compass point before a bigger place.
    ['In Kelham Vale, turnout fell.', 'Kelham Vale'],
    [
      'The seats to watch are Kelham Vale, in north Derby, and Orwick. In Kelham Vale, Ann Pell stands.',
      'Kelham Vale',
    ],
    // A place's noun and "of" before the name count as a preposition of place.
    [
      'Floods hit the town of Marlowe. Marlowe is wet and cold this year. Roads in Marlowe closed.',
      'Marlowe',
    ],
  ])('%s → %s is a location', (text, name) => {
    expect(kindOf(text, name)).toBe('location')
  })

  it.each([
    // A possessive after the name, a verb of saying, an honorific: the person's.
    ["He turned down a junior post in Tom Vale's government in 1976.", 'Tom Vale'],
    ['Voters showed faith in Varley. Varley said he would win.', 'Varley'],
    ['Mr Pask lost his seat. Voters in Pask were angry.', 'Pask'],
    // A given name first needs the use twice.
    ['Investors lost faith in Ann Rudd. The shares fell.', 'Ann Rudd'],
    // "confidence in", "trust in" take a person; a person's name of several words is a place only where every use is.
    [
      'Confidence in Ivo Drask fell in May. Trust in Ivo Drask was low. Ivo Drask visited Tarrow.',
      'Ivo Drask',
    ],
    ['Trust in Ivo Drask was low in May.', 'Ivo Drask'],
    // A person found in a part of a place, once, with a given name: still the person.
    ['Ann Pell, in east Derby, said she would stand.', 'Ann Pell'],
    // "of" after a noun that is no place's: the person's ("the son of Marlowe").
    ['Floods hit the son of Marlowe. Marlowe is wet and cold this year. Roads in Marlowe closed.', 'Marlowe'],
    ['Kelham Vale, in east Derby, said he would stand.', 'Kelham Vale'],
    [
      'Crowds in Ivo Drask grew. Families in Ivo Drask fled. Ivo Drask met the mayor on Tuesday.',
      'Ivo Drask',
    ],
  ])('%s → %s stays a person', (text, name) => {
    expect(kindOf(text, name)).toBe('person')
  })
})

describe("a person's title or letters make a company's name a person's", () => {
  it.each([
    ['Judge Ford said the risk was clear.', 'person:Ford'],
    ['Senator Ford said the risk was clear.', 'person:Ford'],
    ['Ann Vale QC said the risk was clear.', 'person:Ann Vale'],
    ['Judge Tom Ford sentenced him. Later Judge Ford said the risk was clear.', 'person:Tom Ford'],
    ['Ford said sales rose in March.', 'organization:Ford'],
    ['Workers at Ford said pay was too low.', 'organization:Ford'],
  ])('%s → %s', (text, actor) => {
    expect(extractActors(parseArticle(text)).map((a) => `${a.kind}:${a.name}`)).toEqual([actor])
  })
})
