import { describe, expect, it } from 'vitest'
import { slugify } from './slug.ts'

describe('slugify', () => {
  it.each([
    ['Sergei Ryabkov', 'sergei-ryabkov'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ['U.S. State Department', 'us-state-department'],
    ['US State Department', 'us-state-department'],
    ["Côte d'Ivoire", 'cote-divoire'],
    ['Łódź Straße', 'lodz-strasse'],
    ['  --  ', expect.stringMatching(/^x[0-9a-f]{10}$/)],
    ['Москва', expect.stringMatching(/^x[0-9a-f]{10}$/)],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toEqual(slug)
  })
})
