import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { isPartOrPerson } from './firm-products.ts'
import { extractActors } from './index.ts'

const namesOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.name)

describe("a name after a body's possessive is the body's product", () => {
  it.each([
    ["Vexco Corp's Tarrow Pad will go on sale in May.", 'Tarrow Pad'],
    ["Orlin Telecom's Vexbox will reach shops in May, Ana Pell said.", 'Vexbox'],
    ["Orlin Telecom has delayed its Vexbox again. Orlin Telecom's Vexbox was due in June.", 'Vexbox'],
  ])('%s: no actor %s', (text, name) => {
    expect(namesOf(text)).not.toContain(name)
  })

  it.each([
    // The thing speaks or acts as a body elsewhere: a unit of the firm.
    ["Vexco Corp's Tarrow Media grew fast. Tarrow Media said sales rose.", 'Tarrow Media'],
    ["Vexco Corp's Tarrow Pad grew fast, said Tarrow Pad's boss Ana Pell.", 'Tarrow Pad'],
    ["Staff at Vexco Corp's Tarrow Pad were angry.", 'Tarrow Pad'],
    // A body's head noun ends the name: a unit, not a product.
    ["Vexco Corp's Orlin Bank lent more, Ana Pell said.", 'Orlin Bank'],
    ["Vexco Corp's Orlin Research Laboratory will open in May.", 'Orlin Research Laboratory'],
    ["Vexco Corp's Tarrow Media unit will be sold, Ana Pell said.", 'Tarrow Media'],
    // A person's possessive: a club's or a maker's, not a firm's product.
    ["Ana Pell's Tarrow Rovers won again on Saturday.", 'Tarrow Rovers'],
    // A firm the body owns: its name ends in a firm's word.
    ["Vexco Group's Orlin Airways cancelled 40 flights on Monday.", 'Orlin Airways'],
    ["Vexco Corp's Orlin Foods will cut prices next month.", 'Orlin Foods'],
    // A person of the firm stays a person.
    ["Vexco Corp's Tom Hale said sales rose.", 'Tom Hale'],
  ])('%s: %s stays', (text, name) => {
    expect(namesOf(text)).toContain(name)
  })
})

describe('a part of the body or a person after its possessive', () => {
  it.each([
    ['Orlin Bank', 'lent', true],
    ['Orlin Research Laboratory', 'will', true],
    ['Tarrow Media', 'unit', true],
    ['Tarrow Media', 'division', true],
    ['Tarrow Media', 'subsidiaries', true],
    ['Orlin and Vale Fraud', 'taskforce', true],
    ['Orlin Research Laboratories', 'said', true],
    ['Orlin Telecom', 'takeover', true],
    ['Orlin Space Research Center', 'in', true],
    ['Orlin Telecom', 'deal', true],
    ['Peter Vane', 'now', true],
    ['Orlin Airways', 'cancelled', true],
    ['Orlin Foods', 'will', true],
    ['Orlin Systems', 'will', true],
    ['Tarrow Pad', 'will', false],
    ['Foods', 'will', false],
    ['Vexbox', 'console', false],
    ['Peter', 'now', false],
  ])('%s before "%s": %s', (name, next, part) => {
    expect(isPartOrPerson(name, next)).toBe(part)
  })
})
