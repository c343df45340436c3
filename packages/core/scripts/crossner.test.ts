import { describe, expect, it } from 'vitest'
import { addToScore, newScore, prf } from './conll.ts'
import { mapCrossnerTag, parseCrossner } from './crossner.ts'

describe('mapCrossnerTag', () => {
  it.each([
    ['O', 'O'],
    ['B-politician', 'B-PER'],
    ['I-person', 'I-PER'],
    ['B-politicalparty', 'B-ORG'],
    ['I-organisation', 'I-ORG'],
    ['B-country', 'B-LOC'],
    ['I-location', 'I-LOC'],
    ['B-election', 'B-MISC'],
    ['I-event', 'I-MISC'],
    ['B-misc', 'B-MISC'],
    ['B-somethingnew', 'B-MISC'],
  ])('%s → %s', (tag, expected) => {
    expect(mapCrossnerTag(tag)).toBe(expected)
  })
})

describe('parseCrossner', () => {
  const text = [
    'Nenad\tB-politician',
    'Popović\tI-politician',
    'led\tO',
    'Dveri\tB-politicalparty',
    '',
    '',
    'The\tO',
    '2016\tB-election',
    'election\tI-election',
    'in\tO',
    'Serbia\tB-country',
    '',
  ].join('\n')

  it('makes each sentence a document, with mapped tags', () => {
    expect(parseCrossner(text)).toEqual([
      [{ tokens: ['Nenad', 'Popović', 'led', 'Dveri'], tags: ['B-PER', 'I-PER', 'O', 'B-ORG'] }],
      [
        {
          tokens: ['The', '2016', 'election', 'in', 'Serbia'],
          tags: ['O', 'B-MISC', 'I-MISC', 'O', 'B-LOC'],
        },
      ],
    ])
  })

  it('scores PER/ORG/LOC only: an election is not counted, a missed party is', () => {
    const score = newScore()
    for (const [sentence] of parseCrossner(text)) {
      if (!sentence) continue
      const predicted = sentence.tags.map((t) => (t.endsWith('ORG') ? 'O' : t.replace('MISC', 'LOC')))
      addToScore(score, sentence.tags, predicted, ['PER', 'ORG', 'LOC'])
    }
    expect(prf(score)).toMatchObject({ gold: 3, p: 2 / 3, r: 2 / 3 })
  })
})
