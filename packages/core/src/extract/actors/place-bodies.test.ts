import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe("a place's name before a body's capitalized head", () => {
  it.each([
    // A big city's name and the head the tagger left out: one body.
    ['Lenders in the Paris Club agreed to wait for their money.', 'organization:Paris Club'],
    ['The London Club of private lenders will meet next month.', 'organization:London Club'],
  ])('%s: %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
    expect(actorsIn(text)).not.toContain(`location:${actor.split(':')[1]?.split(' ')[0]}`)
  })

  it.each([
    // The head in the next sentence, or opening a longer name, or in lower case: the place stays.
    ['She grew up in London. Club members said she was kind.', 'location:London'],
    ['Rain fell on London and the club shut its doors.', 'location:London'],
  ])('%s: %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
