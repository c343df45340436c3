import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const idsOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.id)

describe('a lone name after a noun of family and a comma is a person', () => {
  it.each([
    ['Ivo Lant and his wife, Jolen, moved to Paris last year.', 'person:jolen', 'location:jolen'],
    ['Ann Pell said her son, Tarrow, was safe. Tarrow is nine.', 'person:tarrow', 'location:tarrow'],
    ['Ivo Lant lives with his partner, Velmar, in Leeds.', 'person:velmar', 'location:velmar'],
    // A band's name in capitals is no child: the place the tagger saw stays as it was.
    ["The band played with Destiny's Child, Kael and others.", 'location:kael', 'person:kael'],
    // A place after a comma is still a place.
    ['Ivo Lant moved with his wife to Leeds, Yorkshire, last year.', 'location:leeds', 'person:leeds'],
  ])('%s: %s, not %s', (text, kept, gone) => {
    const ids = idsOf(text)
    expect(ids).toContain(kept)
    expect(ids).not.toContain(gone)
  })
})
