import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const namesOf = (text: string): string[] => extractActors(parseArticle(text)).map((actor) => actor.name)

describe('a name ends at a line break', () => {
  it.each([
    // A signed letter: the writer's name on one line, the town on the next.
    [
      'Reader letters\n\nThe tax is unfair to farmers.\n\nGary Lindqvist\nSan Leandro',
      ['Gary Lindqvist', 'San Leandro'],
    ],
    // A list of contributors, one name a line.
    [
      'Reader letters\n\nThe tax is unfair.\n\nGeorge Pellam\nNell Irvin Ashby',
      ['George Pellam', 'Nell Irvin Ashby'],
    ],
    // A panel: each speaker's name, then the university on its own line.
    ['The panel\n\nNadia Holm\nPrinceton University', ['Nadia Holm', 'Princeton University']],
    // On one line the name stays whole.
    ['The council was wrong, wrote Martin Hollis of Walnut Creek.', ['Martin Hollis', 'Walnut Creek']],
  ])('%j → %j', (text, names) => {
    expect([...namesOf(text)].sort()).toEqual([...names].sort())
  })
})

describe('a person on the line after an organization', () => {
  const kindOf = (text: string, name: string) =>
    extractActors(parseArticle(text)).find((actor) => actor.name === name)?.kind
  it.each([
    // Contributors with their affiliation, one a line: the tagger read each pair as one organization.
    [
      'The panel\n\nKaren Dobbs\nPrinceton University\n\nKatie Bell\nYale University',
      'Karen Dobbs',
      'person',
    ],
    ['The panel\n\nKaren Dobbs\nPrinceton University\n\nKatie Bell\nYale University', 'Katie Bell', 'person'],
    [
      'The panel\n\nKaren Dobbs\nPrinceton University\n\nKatie Bell\nYale University',
      'Yale University',
      'organization',
    ],
    // Without a given name to open it, a piece keeps the joined chunk's kind.
    ['The panel\n\nPrinceton Partners\nWalnut Creek Holdings', 'Walnut Creek Holdings', 'organization'],
  ])('%j: %s is a %s', (text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind)
  })
})
