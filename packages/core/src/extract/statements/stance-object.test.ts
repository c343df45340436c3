import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { isTitleWord } from './stance-object.ts'

/** The stance of a short text's last statement as [target, polarity], null for none. */
function lastStance(text: string) {
  const stance = analyze(text).statements.at(-1)?.stance
  return stance ? [stance.target, stance.polarity] : null
}

describe('stance verb objects behind a title', () => {
  it.each([
    // A lower-case title before the name: the person, not the place or party that qualifies the title.
    ['Jane Doe has urged Leeds mayor Tom Reed to apologise.', 'person:tom-reed', 'demand'],
    ['Jane Doe praised shadow chancellor Tom Reed for his honesty.', 'person:tom-reed', 'support'],
    ['Jane Doe accused Tory leader Tom Reed of misleading voters.', 'person:tom-reed', 'blame'],
    ['Jane Doe called on Commons leader Tom Reed to make a statement.', 'person:tom-reed', 'demand'],
    // An appositive name after a comma.
    ['Jane Doe accused the Tory leader, Tom Reed, of misleading voters.', 'person:tom-reed', 'blame'],
    // With no name after the title, the party it names.
    ['Jane Doe accused Tory leaders of misleading voters.', 'organization:conservative-party', 'blame'],
    // A body in office no actor stands for, coordinated with one that does.
    ['Jane Doe urged the government and the Green Party to act.', 'organization:green-party', 'demand'],
    [
      'Chancellor Tom Reed spoke on Monday. Jane Doe accused the government and the chancellor of running out of ideas.',
      'person:tom-reed',
      'blame',
    ],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(lastStance(text)).toEqual([target, polarity])
  })

  it.each([
    // A place that qualifies a title is no target when no name follows the title.
    ['Jane Doe urged the London mayor to act.'],
    // The title ends the object: a clause after it is not the object.
    ['Jane Doe urged the mayor to act, Tom Reed said.'],
  ])('leaves stance out: %s', (text) => {
    const found = analyze(text).statements
    expect(found.length).toBeGreaterThan(0)
    for (const statement of found) expect(statement.stance).toBeUndefined()
  })

  it.each([
    ['mayor', true],
    ['shadow', true],
    ['leader', true],
    ['plans', false],
    ['Mayor', false],
  ])('isTitleWord(%s) → %s', (word, expected) => {
    expect(isTitleWord(word)).toBe(expected)
  })
})

describe('a title after "his", "her" or "their"', () => {
  it.each([
    // The holder of the office the article names, on the speaker's own team.
    [
      'Chancellor Ben Giles gave his budget on Monday. Prime Minister Tom Reed praised his chancellor for a steady economy.',
      'person:ben-giles',
      'support',
    ],
    [
      'Home Secretary Ann Vale spoke in Leeds. Prime Minister Tom Reed criticised his home secretary over the leak.',
      'person:ann-vale',
      'oppose',
    ],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(lastStance(text)).toEqual([target, polarity])
  })

  it.each([
    // A rival leader's "his chancellor" is a shadow the text does not name, not the chancellor in office.
    [
      'Labour chancellor Ben Giles gave his budget on Monday. Tory leader Tom Reed praised his chancellor for a bold plan.',
    ],
    // Only an office someone is shown holding: "his staff" is no one.
    [
      'Chancellor Ben Giles gave his budget on Monday. Prime Minister Tom Reed praised his staff for a steady economy.',
    ],
    // Only the office holder: a shadow's title is another office.
    [
      'Shadow chancellor Ann Vale spoke on Monday. Tory leader Tom Reed praised his chancellor for a bold plan.',
    ],
  ])('leaves stance out: %s', (text) => {
    expect(analyze(text).statements.length).toBeGreaterThan(0)
    expect(lastStance(text)).toBeNull()
  })
})
