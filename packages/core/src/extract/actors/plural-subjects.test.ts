import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const kindOf = (text: string, name: string) =>
  extractActors(parseArticle(text)).find((actor) =>
    actor.mentions.some((m) => text.slice(m.start, m.end) === name),
  )?.kind

describe('a lone name that takes a verb in the plural', () => {
  it.each([
    // Bands, clubs and firms, as British news writes them.
    ['Coldplay have announced a concert in Glasgow. Oasis will also play.', 'Coldplay', 'organization'],
    ['The band Tarrow have signed a deal. Tarrow said the album was done.', 'Tarrow', 'organization'],
    ['The referee said Tarrow were lucky to win. Tarrow said the pitch was poor.', 'Tarrow', 'organization'],
    // Two subjects, a title, a pronoun after it, or the end of a longer name: the person stays.
    ['She and sister Venus are a force in tennis. Venus said so.', 'Venus', 'person'],
    ['Hill and Tarrow are both contenders. Tarrow said he was ready.', 'Tarrow', 'person'],
    ['The referee said Tarrow were lucky to win. Tarrow said he was wrong.', 'Tarrow', 'person'],
    ['Coach Tarrow have no fear, fans joked. Tarrow laughed.', 'Tarrow', 'person'],
  ])('%s (%s)', (text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind)
  })
})
