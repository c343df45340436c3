import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze.ts'
import { stemWord } from '../extract/statements/stem.ts'
import { normalizeDate, readDateText } from '../input/date.ts'
import { wordTable } from './word-table.ts'

// Every name Object.prototype answers to: words a text may hold ("the constructor said") that a plain object
// literal used as a table would find.
const MEMBERS = Object.getOwnPropertyNames(Object.prototype)

describe('wordTable', () => {
  it.each(MEMBERS)('finds nothing for %s', (word) => {
    expect(wordTable({ he: 'male' })[word]).toBeUndefined()
  })

  it('finds what it lists', () => expect(wordTable({ he: 'male' }).he).toBe('male'))
})

describe("Object's member names as words of a text", () => {
  it.each(MEMBERS)('stem of %s is a string', (word) => expect(typeof stemWord(word)).toBe('string'))

  it.each(MEMBERS)('%s is no month or zone', (word) => {
    expect(readDateText(`${word} 5, 2020`)).toBeUndefined()
    expect(normalizeDate(`2020-03-05 10:00 ${word}`)).toBeUndefined()
  })

  it.each(MEMBERS)('analyze reads %s as any other word', (word) => {
    const text = `The ${word} said the plan would fail. Mr ${word} added: "It is over." ${word} 5, 2020.`
    const analysis = analyze(text)
    expect(analysis.statements.map((s) => text.slice(s.content.start, s.content.end))).toContain(
      'the plan would fail',
    )
    for (const actor of analysis.actors) expect(actor.role ?? '').not.toMatch(/function|\[object/)
  })
})
