import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const personsOf = (text: string) =>
  extractActors(parseArticle(text))
    .filter((actor) => actor.kind === 'person')
    .map((actor) => actor.id)

describe('a given name and a surname the tagger split', () => {
  it.each([
    // A surname the tagger knows as a body's name, after a person's given name.
    ['Court news\n\nHis Honour Judge Mark Reuters QC sentenced him.', ['person:mark-reuters']],
  ])('%s: %j', (text, ids) => {
    expect(personsOf(text)).toEqual(ids)
  })
})
