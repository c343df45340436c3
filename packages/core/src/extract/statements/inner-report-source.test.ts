import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The speaker (or reason for none) of the statement whose cue is `cue`, and the words of its source. */
function speakerAt(text: string, cue: string): string | undefined {
  const { article, statements } = analyze(text)
  const statement = statements.find(
    (s) => s.cue !== null && article.text.slice(s.cue.start, s.cue.end) === cue,
  )
  if (!statement) return undefined
  const source = statement.source ? article.text.slice(statement.source.start, statement.source.end) : ''
  return `${statement.speaker ?? `null:${statement.speakerReason}`} <${source}>`
}

describe('the subject left after a report inside a source', () => {
  it.each([
    [
      'a book that claims what an office holder told someone',
      'Prime Minister Tom Tarn denied any deal. A new book by Ed Rolt claims the prime minister told Ann Vale he would quit.',
      'told',
      'person:tom-tarn <the prime minister>',
    ],
    [
      'a named person a writing says warned someone',
      'Ann Vale met Tom Tarn on Monday. A report by Ed Rolt says Ms Vale warned Mr Tarn the deal was unsafe.',
      'warned',
      'person:ann-vale <Ms Vale>',
    ],
    [
      'a body one person says had said something',
      'Tom Tarn spoke in Leeds. Mr Tarn said the police had said the new cards would help them.',
      'had said',
      'null:anonymous <the police>',
    ],
  ])('%s', (_, text, cue, expected) => {
    expect(speakerAt(text, cue)).toBe(expected)
  })

  it.each([
    [
      'an object after the report, before a comma and the next cue',
      "Vexco's board of directors strongly reject the charges against their chairman, saying the payments were legal.",
      'saying',
      /<the charges against their chairman>/,
    ],
    [
      "a government's object, before a comma and the next cue",
      'The Vale government denied the claims, saying it never used force.',
      'saying',
      /<the claims>/,
    ],
    [
      'a long clause after the report, which is no subject',
      'Tom Tarn has said he does not want higher taxes for the rich but on Monday said he might raise them.',
      'said',
      /<on Monday>/,
    ],
  ])('keeps the source whole for %s', (_, text, cue, narrowed) => {
    const found = speakerAt(text, cue)
    expect(found).toBeDefined()
    expect(found).not.toMatch(narrowed)
  })
})
