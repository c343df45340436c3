import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'
import { matchNewspapers, matchPublications } from './newspapers.ts'
import { tagArticle } from './tag-article.ts'

const idsOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.id)

describe('newspapers by their mastheads', () => {
  it.each([
    ['A weekend report in the Telegraph had quoted an unnamed banker.', 'organization:telegraph'],
    ['However, the Sunday Telegraph report added that the sale was near.', 'organization:sunday-telegraph'],
  ])('%s: %s', (text, id) => {
    expect(idsOf(text)).toContain(id)
  })

  it.each([
    // A last word that is also a common word needs a capitalized word before it, and must end the name.
    ['The Independent candidate won the seat.', 'organization:independent'],
    ['He walked past the Tarrow Times Square store.', 'organization:tarrow-times'],
  ])('%s: no %s', (text, id) => {
    expect(idsOf(text)).not.toContain(id)
  })

  it.each([
    ['Zelnik newspaper reported that the mine would close.', 'organization:zelnik'],
    ['She told US magazine Vexly Weekly that she was tired.', 'country:united-states'],
    ['She told US magazine Vexly Weekly that she was tired.', 'organization:vexly-weekly'],
    ['Ann Vale was quoted by The Australian newspaper as saying costs rose.', 'organization:australian'],
    // After "a" or a possessive, a masthead that is no place's name is still the publication.
    ['A Vexly newspaper poll put the party ahead.', 'organization:vexly'],
    ['His Zelnik newspaper column ran for years.', 'organization:zelnik'],
  ])('%s: %s', (text, id) => {
    expect(idsOf(text)).toContain(id)
  })

  it.each([
    ['A Russian newspaper said the sale was near.', 'organization:russian'],
    ['A Russian newspaper said the sale was near.', 'organization:a-russian'],
    ['Financial newspaper Zelnik said the banks would merge.', 'organization:financial'],
    // A country's name, or a place's after "a", says where the publication is: the country or place is the actor.
    ['She told US magazine Vexly Weekly that she was tired.', 'organization:us'],
    ['Pia Lund writes for UK magazine Tarn Weekly every month.', 'organization:uk'],
    ['The figures were printed in a Tarrow newspaper on Sunday.', 'organization:tarrow'],
  ])('%s: no %s', (text, id) => {
    expect(idsOf(text)).not.toContain(id)
  })

  it('stays linear on a long run of capitalized words', () => {
    const text = `the ${'Tarrow '.repeat(100_000)}Herald`
    expect(matchNewspapers(tagArticle(parseArticle(text)))).toEqual([])
    expect(matchPublications(tagArticle(parseArticle(`${text} newspaper`))).length).toBe(1)
  })
})
