import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe('the maker of a piece of research, or an analyst’s employer, is a firm', () => {
  it.each([
    [
      'A forecast by Pellmont put the cost of the new bridge at ten million pounds.',
      ['organization:Pellmont'],
    ],
  ])('%s', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })

  it.each([
    // An honorific, a full name, a verb of saying: a person.
    ['A report by Professor Vale found the risk was low.', 'person:Vale'],
    ['A survey by Quillon found most people prefer music, said Ann Quillon.', 'person:Ann Quillon'],
    [
      'A survey by Quillon found most people prefer music. Quillon told the BBC it was clear.',
      'person:Quillon',
    ],
    // The author elsewhere does the research: a person.
    ['A study by Pennick found that naps help pupils. Pennick tested 40 classes.', 'person:Pennick'],
  ])('%s keeps %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
