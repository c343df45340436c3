import { describe, expect, it } from 'vitest'
import { buildGazetteer, matchGazetteer, NO_MATCHES } from './gazetteer.ts'
import { seenNameEntries } from './seen-names.ts'
import { describeWord } from './word-info.ts'

describe('seenNameEntries', () => {
  it.each([
    [{}, []],
    [{ LOC: ['New York'] }, [[['New', 'York'], 'seen LOC']]],
    [
      { ORG: ['Labour'], PER: ['Bill Clinton', 'Labour'] },
      [
        [['Labour'], 'seen ORG'],
        [['Bill', 'Clinton'], 'seen PER'],
        [['Labour'], 'seen PER'],
      ],
    ],
  ])('%j', (names, entries) => {
    expect([...seenNameEntries(names)]).toEqual(entries)
  })

  it('matches as a gazetteer, whatever the case, with one category per type', () => {
    const gazetteer = buildGazetteer(seenNameEntries({ ORG: ['Labour Party'], PER: ['Labour'] }))
    const out: (readonly number[])[] = ['the', 'labour', 'party', 'won'].map(() => NO_MATCHES)
    matchGazetteer(gazetteer, ['the', 'labour', 'party', 'won'].map(describeWord), out)
    expect(out.map((m) => m.length)).toEqual([0, 2, 1, 0])
  })
})
