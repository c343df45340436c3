import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const idsOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.id)

describe('a nation word before a person’s name is not part of the name', () => {
  it.each([
    ['Frenchwoman Lise Marrot won in straight sets.', 'person:lise-marrot', 'person:frenchwoman-lise-marrot'],
    ['Welshman Jones took the title ahead of Scot McLean.', 'person:jones', 'person:welshman-jones'],
    ['Welshman Jones took the title ahead of Scot McLean.', 'person:mclean', 'person:scot-mclean'],
    ['Dutchman Van Terlo headed the equaliser.', 'person:van-terlo', 'person:dutchman-van-terlo'],
    // A nation noun alone after a word in lower case refers to someone, it is no one's name.
    ['Ken Carlo won. The 31-year-old Dane served well.', 'person:ken-carlo', 'person:dane'],
  ])('%s: %s, not %s', (text, kept, gone) => {
    const ids = idsOf(text)
    expect(ids).toContain(kept)
    expect(ids).not.toContain(gone)
  })

  it.each([
    // A body or an event whose name opens with a demonym keeps it.
    ['She won the French Open and flew home on British Airways.', 'organization:british-airways'],
    ['Insurer Swiss Re said its profits rose.', 'organization:swiss-re'],
    ['American Express said its profits rose in March.', 'organization:american-express'],
    ['The British Medical Association said doctors were tired.', 'organization:british-medical-association'],
    // A role after the demonym: the person is the name after the role.
    ['Russian Foreign Minister Ivo Lantov met them.', 'person:ivo-lantov'],
  ])('%s: keeps %s', (text, kept) => {
    expect(idsOf(text)).toContain(kept)
  })

  it.each([
    ['She won the French Open and the Australian Open in one year.', 'person:open'],
    ['The Russian Orthodox Leaders met in the city.', 'person:orthodox-leaders'],
    // A nation word inside a body's name, after a word of it, opens no person's name.
    ['Tim Daly of Vale Foods and Ann Rix of Basic American Foods were charged.', 'person:foods'],
  ])('%s: no %s', (text, gone) => {
    expect(idsOf(text)).not.toContain(gone)
  })
})
