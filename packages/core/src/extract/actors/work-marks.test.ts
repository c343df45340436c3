import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const namesOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.name)

describe('marks of a work around a name', () => {
  it.each([
    ['Ivo Lant was praised for The Delacroix, his agent said.', 'The Delacroix'],
    ['Lena Marsh won praise for Harry Dunmore (1997), Ivo Lant said.', 'Harry Dunmore'],
    ['Critics say Lena Marsh shone in Toby Garrow (1997).', 'Toby Garrow'],
    ['Ivo Lant won praise for his part in My Toby Garrow, critics said.', 'Toby Garrow'],
  ])('%s: no actor %s', (text, name) => {
    expect(namesOf(text)).not.toContain(name)
  })

  it.each([
    // A comma before the capital is a list of initials or a lost full stop, not a title.
    ['The squad: J Pell, A Tarrow, L Brisk.', 'Tarrow'],
    // A title named after a person goes on past the name: the person stays.
    ['Ted Orlin starred in The Orlin Show for years. Orlin said he was proud.', 'Ted Orlin'],
    // A person named in full keeps the surname a marked title shares.
    ['Jon Velk spoke to us. "Me and My Velk," he said, smiling. Velk said he was tired.', 'Jon Velk'],
    ['Ann Pell (1950-2004) was a writer, her family said.', 'Ann Pell'],
  ])('%s: %s stays', (text, name) => {
    expect(namesOf(text)).toContain(name)
  })

  it('takes every form of a marked work with it', () => {
    const names = namesOf(
      'Ivo Lant was praised for The Delacroix, his agent said. Delacroix was first shown in May.',
    )
    expect(names).toEqual(['Ivo Lant'])
  })
})
