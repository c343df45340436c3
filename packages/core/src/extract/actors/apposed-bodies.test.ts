import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const kindOf = (text: string, name: string) =>
  extractActors(parseArticle(text)).find((a) => a.name === name)?.kind

describe('a lone name set beside a body noun is an organization', () => {
  it.each([
    [
      'Orlin, a subsidiary of the Vell group, runs the farm. Orlin said it would appeal.',
      'Orlin',
      'organization',
    ],
    [
      'Pellcom, the Finnish handset firm, said sales rose. Pellcom said more phones would follow.',
      'Pellcom',
      'organization',
    ],
    ['Tamsic, a mobile-data backup firm, was sold. Tamsic said it had grown.', 'Tamsic', 'organization'],
    ['Velbrisk, the company, said sales fell.', 'Velbrisk', 'organization'],
    // A body's noun that owns a title, or a noun people are too, leaves the person.
    ["Dunmore, the bank's chief economist, said rates would rise.", 'Dunmore', 'person'],
    ['Kell, a property developer, said prices would rise.', 'Kell', 'person'],
    ["Ana Dunmore, the firm's founder, said sales rose. Dunmore said more.", 'Ana Dunmore', 'person'],
  ])('%s: %s is a %s', (text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind)
  })
})
