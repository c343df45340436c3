import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

/** The ids of the actors whose mentions cover the first occurrence of each form. */
function idsOf(text: string, forms: readonly string[]): Array<string | undefined> {
  const actors = extractActors(parseArticle(text))
  return forms.map((form) => {
    const at = text.indexOf(form)
    return actors.find((a) => a.mentions.some((m) => m.start <= at && at < m.end))?.id
  })
}

describe('a real name and a stage name of one person', () => {
  it.each([
    [
      'Rapper Curtis Reed, better known as Fifty Vale, won. Fifty Vale said he was glad.',
      ['Curtis Reed', 'Fifty Vale said'],
    ],
    ['Comic Ali Vee (real name Tom Reed) spoke. Mr Reed said he was happy.', ['Ali Vee', 'Tom Reed']],
    ['Kay Lane, whose real name is Katherine Vale, won the prize.', ['Kay Lane', 'Katherine Vale']],
    ['Former hacker Tom Reed, aka Benjy from a hacking group, spoke.', ['Tom Reed', 'Benjy']],
    ['Singer Ann Vale, known as Lady Kay, won. Kay said she was thrilled.', ['Ann Vale', 'Kay said']],
  ])('%s', (text, forms) => {
    const [first, second] = idsOf(text, forms)
    expect(first).toMatch(/^person:/)
    expect(second).toBe(first)
  })

  it.each([
    ['Ann Lee, born Ann Smithson, married Tom Reed in 1990. Ann Lee said she was glad.', 'Ann Lee'],
    ['Rapper Curtis Reed, better known as Fifty Vale-Hartley, won.', 'Curtis Reed'],
  ])('the joined person keeps the name its id is made of: %s', (text, name) => {
    const person = extractActors(parseArticle(text)).find((actor) =>
      actor.mentions.some((m) => text.slice(m.start, m.end) === name),
    )
    expect(person?.name).toBe(name)
    expect(person?.id).toBe(`person:${name.toLowerCase().replace(' ', '-')}`)
  })

  it.each([
    // Born somewhere, not born as someone; a list of two people.
    ['Tom Reed, born in Leeds, met Ann Vale. Reed said he was happy.', ['Tom Reed', 'Ann Vale']],
    ['Tom Reed and Ann Vale, known as rivals, met on Monday.', ['Tom Reed', 'Ann Vale']],
  ])('not one person: %s', (text, forms) => {
    const [first, second] = idsOf(text, forms)
    expect(first).toMatch(/^person:/)
    expect(second).toMatch(/^person:/)
    expect(second).not.toBe(first)
  })
})
