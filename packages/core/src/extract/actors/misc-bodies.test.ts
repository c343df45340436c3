import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

/** The organizations a text names, by id. */
const organizationsIn = (text: string) =>
  extractActors(parseArticle(text))
    .filter((actor) => actor.kind === 'organization')
    .map((actor) => actor.id)

describe("a body's acronym after 'the'", () => {
  it.each([
    ['He has written two reports on the NHS.', 'organization:nhs'],
    ['Ann Vale said the NHS would need more nurses.', 'organization:nhs'],
    ['Cuts to the NHS’s budget worried Tom Vale.', 'organization:nhs'],
    ['Ann Vale said the NHS and the Vale Trust agreed.', 'organization:nhs'],
  ])('%s', (text, id) => {
    expect(organizationsIn(text)).toContain(id)
  })

  it.each([
    ['Tom Vale bought the PS2 last week.', 'organization:ps2'],
    ['The FTSE 100 rose, Tom Vale said.', 'organization:ftse'],
  ])('leaves "%s" alone', (text, id) => {
    expect(organizationsIn(text)).not.toContain(id)
  })
})
