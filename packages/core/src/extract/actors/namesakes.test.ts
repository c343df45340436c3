import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Actor } from '../../schemas/actor.ts'
import { extractActors } from './index.ts'

/** The id of the actor whose mentions include the `nth` occurrence of `form` in the text. */
function idAt(text: string, form: string, nth: number): string | undefined {
  let at = -1
  for (let k = 0; k <= nth; k++) at = text.indexOf(form, at + 1)
  const actors: Actor[] = extractActors(parseArticle(text))
  return actors.find((a) => a.mentions.some((m) => m.start <= at && at < m.end))?.id
}

const LEAD = 'Team named\n\nThe club named its side on Monday.\n\n'

describe('a bare surname two people share', () => {
  it.each([
    // The paragraph names only Tom, the lead neither, and Ann is named no more often: the passage's one.
    [
      `${LEAD}Coach Ann Vale picked the team.\n\nFull-back Tom Vale was injured. Vale will miss the final.`,
      2,
      'person:tom-vale',
    ],
    // "he" or "she" just after it says which of a man and a woman.
    [
      'Ann Vale runs the firm. Ann Vale hired staff. Tom Vale owns a shop. Vale said he was busy.',
      3,
      'person:tom-vale',
    ],
    // The one the lead names and most named, though another is named last in a paragraph of her own.
    [
      'Donald Trump spoke in Ohio. Donald Trump praised the crowd.\n\nMelania Trump waved. Trump said the crowd was huge.',
      3,
      'person:donald-trump',
    ],
    // A relation brought in as such makes no paragraph hers: with nothing else to go by, the first named.
    [
      `${LEAD}Coach Tom Vale picked the team.\n\nHis wife Ruth Vale thanked the fans. Vale will stay on.`,
      2,
      'person:tom-vale',
    ],
    [
      `${LEAD}Coach Tom Vale picked the team.\n\nRuth Vale thanked the fans. Vale will stay on.`,
      2,
      'person:ruth-vale',
    ],
    // A pronoun after another name says nothing of the surname.
    [
      'Ann Vale runs the firm. Ann Vale hired staff. Tom Vale owns a shop. Vale told Tom she was right.',
      3,
      'person:ann-vale',
    ],
    // A pronoun further on may stand for anyone.
    [
      'Ann Vale runs the firm. Ann Vale hired staff. Tom Vale owns a shop. A report blamed Vale and her aides because he lied.',
      3,
      'person:ann-vale',
    ],
    [
      'Ann Vale runs the firm. Ann Vale hired staff. Tom Vale owns a shop. Vale told reporters that he was busy.',
      3,
      'person:tom-vale',
    ],
    // Named together, the first named.
    ['Donald Trump and Melania Trump arrived. Trump waved.', 2, 'person:donald-trump'],
  ])('%s: "Vale" or "Trump" #%i is %s', (text, nth, id) => {
    const form = text.includes('Trump') ? 'Trump' : 'Vale'
    expect(idAt(text, form, nth)).toBe(id)
  })

  it('leaves it unresolved where the paragraph names one and the mentions so far the other', () => {
    const text = `${LEAD}Coach Ann Vale picked the team. Vale was pleased.\n\nFull-back Tom Vale was injured. Vale will miss the final.`
    expect(idAt(text, 'Vale', 1)).toBe('person:ann-vale')
    expect(['person:ann-vale', 'person:tom-vale']).not.toContain(idAt(text, 'Vale', 3))
  })
})

describe("a relation's given name", () => {
  it.each([
    ['Tom Vale spoke at the dinner. His son Nick was there too. Nick Vaughan, a councillor, disagreed.', 0],
    ['Nick Vaughan, a councillor, spoke. Tom Vale said his son Nick was there.', 1],
  ])('%s: "Nick" #%i is not Nick Vaughan', (text, nth) => {
    expect(idAt(text, 'Nick', nth)).not.toBe('person:nick-vaughan')
  })

  it.each([
    ['Mark Tellam arrived. His wife Sharon laughed. Later Sharon Tellam told reporters.'],
    ['Show ends\n\nHis wife Sharon laughed. Later Sharon Tellam told reporters the show was over.'],
  ])('%s: "Sharon" is Sharon Tellam', (text) => {
    expect(idAt(text, 'Sharon', 0)).toBe('person:sharon-tellam')
  })
})

describe('a titled surname joined by "and" to a namesake', () => {
  it.each([
    ['President Harlan and Julia Harlan arrived in Ohio. Mrs Harlan waved.', 0],
    ['Julia Harlan and President Harlan arrived in Ohio.', 1],
  ])('%s: "Harlan" #%i is not Julia Harlan, who has no title', (text, nth) => {
    expect(idAt(text, 'Harlan', nth)).toBe('person:harlan')
    const julia = extractActors(parseArticle(text)).find((a) => a.id === 'person:julia-harlan')
    expect(julia?.role).toBeUndefined()
  })

  it('keeps "Mrs Harlan" hers', () => {
    expect(idAt('President Harlan and Julia Harlan arrived in Ohio. Mrs Harlan waved.', 'Harlan', 2)).toBe(
      'person:julia-harlan',
    )
  })
})
