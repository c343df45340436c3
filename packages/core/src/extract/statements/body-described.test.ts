import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Actor } from '../../schemas/actor.ts'
import { buildAnchors } from './anchors.ts'
import { buildDiscourse } from './antecedents.ts'
import { nameDescribedAsCompany } from './body-described.ts'

/** The actor found for "The firm" in `text`, given one actor named `name` of kind `kind`. */
function companyFor(text: string, name: string, kind: Actor['kind']): string | undefined {
  const start = text.indexOf(name)
  const actors: Actor[] = [
    {
      id: `${kind}:x` as Actor['id'],
      name,
      kind,
      aliases: [],
      mentions: [{ start, end: start + name.length }],
    },
  ]
  const discourse = buildDiscourse(parseArticle(text), buildAnchors(actors), actors)
  return nameDescribedAsCompany(discourse, text.indexOf('The firm'))
}

describe('nameDescribedAsCompany', () => {
  // [case, text, name, kind the tagger gave, found]
  const cases: Array<[string, string, string, Actor['kind'], boolean]> = [
    [
      'a company noun before the name',
      'Profits at drugmaker Dr Vale fell. The firm said so.',
      'Dr Vale',
      'person',
      true,
    ],
    [
      'an appositive ending in a company noun',
      'Rexa, the biggest lender, grew. The firm said so.',
      'Rexa',
      'location',
      true,
    ],
    ['a name with no such words', 'Ann Lee met the board. The firm said so.', 'Ann Lee', 'person', false],
    [
      'an appositive of a person',
      'Ann Lee, the chief executive, left. The firm said so.',
      'Ann Lee',
      'person',
      false,
    ],
    [
      'a capitalized word before the name',
      'Profits at Group Dr Vale fell. The firm said so.',
      'Dr Vale',
      'person',
      false,
    ],
    [
      'a relative clause after the company noun',
      'Tom Reed left the company Vexco founded in 1990. The firm said profits fell.',
      'Vexco',
      'location',
      false,
    ],
    [
      'an appositive of a person, a preposition before its noun',
      'Orla Vexby, boss of the group, left in May. The firm said so.',
      'Orla Vexby',
      'location',
      false,
    ],
    [
      'a person a given name opens',
      'Profits at drugmaker Ann Lee fell. The firm said so.',
      'Ann Lee',
      'person',
      false,
    ],
  ]
  it.each(cases)('%s', (_, text, name, kind, found) => {
    expect(companyFor(text, name, kind) !== undefined).toBe(found)
  })
})
