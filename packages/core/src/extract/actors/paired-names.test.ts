import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const namesOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.name)

describe('a pair of people is no actor', () => {
  it.each([
    [
      "Donor attacks Reed-Vale 'feud'\n\nThe feud between Tom Reed and Ann Vale has prompted a donor to quit.",
      'Reed-Vale',
    ],
  ])('%j: no actor %s', (text, pair) => {
    expect(namesOf(text)).not.toContain(pair)
    expect(namesOf(text)).toEqual(expect.arrayContaining(['Tom Reed', 'Ann Vale']))
  })

  it('keeps one person’s hyphenated surname', () => {
    expect(namesOf('Ann Reed-Vale said the plan was good. Tom Reed agreed with Bo Vale.')).toContain(
      'Ann Reed-Vale',
    )
  })
})
