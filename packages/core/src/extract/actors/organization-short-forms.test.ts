import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'
import { longerNameOf } from './organization-short-forms.ts'

describe('longerNameOf', () => {
  it.each([
    ['Fisheries Commission', ['Trade and Fisheries Commission'], 'Trade and Fisheries Commission'],
    ['Al-Varo Hospital', ['Sami Al-Varo Hospital', 'Vale Trust'], 'Sami Al-Varo Hospital'],
    ['Assembly', ['General Assembly'], 'General Assembly'],
    ['Assembly', ['General Assembly', 'Ostland General Assembly'], 'Ostland General Assembly'],
    ['Commission', ['Vale Commission', 'Vale Commission'], 'Vale Commission'],
    // Two bodies end so: neither.
    ['University Hospital', ['Tarrow University Hospital', 'Vale University Hospital'], undefined],
    // One word that heads no body.
    ['Times', ['Sunday Times'], undefined],
    // A name with "of" is whole.
    ['University of Ostland', ['New University of Ostland'], undefined],
    ['Vale Trust', ['Vale Trust'], undefined],
    ['Trust', [], undefined],
  ])('%s in %j → %s', (short, names, expected) => {
    expect(longerNameOf(short, names)).toBe(expected)
  })
})

describe('short forms in an article', () => {
  it.each([
    [
      'On Monday the Trade and Fisheries Commission met. Later the Fisheries Commission said prices rose.',
      'organization:trade-and-fisheries-commission',
      ['Trade and Fisheries Commission', 'Fisheries Commission'],
    ],
    [
      'Ann Vale, director of Sami Al-Varo Hospital in Tarrow, spoke. Aid reached the Al-Varo Hospital late.',
      'organization:sami-al-varo-hospital',
      ['Sami Al-Varo Hospital', 'Al-Varo Hospital'],
    ],
    [
      'On Monday the Ostland General Assembly voted. In May the Assembly meets again.',
      'organization:ostland-general-assembly',
      ['Ostland General Assembly', 'Assembly'],
    ],
  ])('%s', (text, id, forms) => {
    const actor = extractActors(parseArticle(text)).find((a) => a.id === id)
    expect(actor?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(forms)
  })
})
