import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const kindsOf = (text: string) =>
  new Map(extractActors(parseArticle(text)).map((a) => [a.name, a.kind] as const))

describe('one body, one name', () => {
  it.each([
    // A person's name run into the body named after them, the person named elsewhere in the article.
    [
      'Plans for a museum for Otis Hendrix are in doubt.\n\n"The mayor is wrong," said Ray Pell of the Daniel Otis Hendrix Foundation.',
      'Daniel Otis Hendrix Foundation',
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
