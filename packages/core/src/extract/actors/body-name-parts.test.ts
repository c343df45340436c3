import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const kindsOf = (text: string) =>
  new Map(extractActors(parseArticle(text)).map((a) => [a.name, a.kind] as const))

describe('one body, one name', () => {
  it.each([
    // A person's name run into the body named after them, the person named elsewhere in the article.
    [
      'A fund for Merrick was set up last year.\n\n"We need more time," said Ray Vance of the Peter Merrick Foundation.',
      'Peter Merrick Foundation',
    ],
    // A body's name, "of" and a city.
    ['The study was led by the Marine Research Institute of Bergen.', 'Marine Research Institute of Bergen'],
    ['Students at the Fine Arts Academy of Vienna protested.', 'Fine Arts Academy of Vienna'],
  ])('%s: organization %s', (text, name) => {
    expect(kindsOf(text).get(name)).toBe('organization')
  })

  it.each([
    // Two names with a word between them stay two.
    ['Ada Vell met the Tarrow Trust on Monday.', 'Ada Vell', 'person'],
    ['Ada Vell met the Tarrow Trust on Monday.', 'Tarrow Trust', 'organization'],
    ['The council of Tarrow met Jon Pell in Vexham.', 'Jon Pell', 'person'],
  ])('%s: %s stays a %s', (text, name, kind) => {
    expect(kindsOf(text).get(name)).toBe(kind)
  })
})
