import { describe, expect, test } from 'vitest'
import { lookUpActor } from './actor-choice.ts'
import { ApiError } from './api-client.ts'
import type { ActorDetail, ActorSummary } from './api-types.ts'

const actor = (
  id: string,
  name: string,
  names: string[] = [],
  kind: ActorSummary['kind'] = 'person',
): ActorSummary => ({
  id,
  name,
  kind,
  aliases: [],
  names: [name, ...names],
  articleCount: 1,
  statementCount: 1,
})

const bill = actor('person:bill-clinton', 'Bill Clinton', ['Mr Clinton', 'President Clinton'])
const hillary = actor('person:hillary-clinton', 'Hillary Clinton', ['Mrs Clinton'])
const foundation = actor('organization:clinton-foundation', 'Clinton Foundation', [], 'organization')
const clintonville = actor('location:clintonville', 'Clintonville', [], 'location')
const annLee = actor('person:ann-lee', 'Ann Lee', ['Mayor Lee'])
const annLeeson = actor('person:ann-leeson', 'Ann Leeson')
const united = actor('organization:united-nations', 'United Nations', ['UN'], 'organization')
const union = actor('organization:european-union', 'European Union', [], 'organization')

/** A stand-in API whose actor search answers the given actors whatever the words, and knows two ids. */
function fakeApi(found: ActorSummary[]) {
  const details: Record<string, ActorSummary> = { 'person:ann-lee': annLee, 'person:lee': annLee }
  return {
    listActors: async () => ({ items: found, nextCursor: null }),
    getActor: async (id: string): Promise<ActorDetail> => {
      const detail = details[id]
      if (!detail) throw new ApiError('not-found', 404, 'none')
      return { ...detail, stances: [], opposedBy: [], timeline: [] }
    },
  }
}

const ids = (actors: ActorSummary[]) => actors.map((a) => a.id)

describe('lookUpActor', () => {
  test.each<[string, string | undefined, ActorSummary[], string | null | undefined, string[]]>([
    ['nothing typed', undefined, [bill], undefined, []],
    ['an id', 'person:ann-lee', [], 'person:ann-lee', []],
    ['a merged id: the actor it became', 'person:lee', [], 'person:ann-lee', []],
    ['an id no actor has, as it is', 'person:nobody', [], 'person:nobody', []],
    ['nothing matches', 'Nobody', [], null, []],
    ['one actor found', 'Lee', [annLee], 'person:ann-lee', []],
    ['a full name over a longer one', 'ann lee', [annLeeson, annLee], 'person:ann-lee', []],
    ['one of its other names', 'mayor lee', [annLeeson, annLee], 'person:ann-lee', []],
    ['a full name among a surname clash', 'Bill Clinton', [hillary, bill], 'person:bill-clinton', []],
    [
      'a surname two people share: the choices',
      'Clinton',
      [bill, hillary, foundation, clintonville],
      null,
      ['person:bill-clinton', 'person:hillary-clinton', 'organization:clinton-foundation'],
    ],
    ['a title and surname one of them bears', 'Mrs Clinton', [bill, hillary], 'person:hillary-clinton', []],
    ['an acronym, not every word containing it', 'UN', [union, united], 'organization:united-nations', []],
    [
      'several found, none by name: all are choices',
      'Lees',
      [annLee, annLeeson],
      null,
      ['person:ann-lee', 'person:ann-leeson'],
    ],
  ])('%s', async (_, input, found, expected, choices) => {
    const lookup = await lookUpActor(input, fakeApi(found))
    if (expected === undefined) {
      expect(lookup).toBeUndefined()
      return
    }
    expect(lookup?.actor?.id ?? null).toBe(expected)
    expect(ids(lookup?.choices ?? [])).toEqual(choices)
  })
})
