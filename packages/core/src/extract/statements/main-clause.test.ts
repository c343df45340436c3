import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The contents analyze finds in a text, as written. */
const contents = (text: string) =>
  analyze(text).statements.map((statement) => text.slice(statement.content.start, statement.content.end))

describe('withMainClause', () => {
  // [case, text, a content found]
  const cases: Array<[string, string, string]> = [
    [
      '"that if" runs on over the main clause after the comma',
      'Regulators warned that if the state held up the deal, the company could sell its mines.',
      'that if the state held up the deal, the company could sell its mines',
    ],
    [
      '"that until"',
      'She also acknowledged that until the backlog was cleared, the rest of the policy would be overshadowed.',
      'that until the backlog was cleared, the rest of the policy would be overshadowed',
    ],
    [
      '"that since"',
      'Her lawyers contended that since she is not running for office, she should keep her privacy.',
      'that since she is not running for office, she should keep her privacy',
    ],
    [
      'a main clause whose verb is itself a cue stays inside the content',
      'Farmers and local groups warned that if the council held up the sale, Acme could threaten to close its farms, leaving no jobs.',
      'that if the council held up the sale, Acme could threaten to close its farms',
    ],
  ]
  it.each(cases)('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })

  // [case, text, a content not found]
  const kept: Array<[string, string, string]> = [
    [
      '"if" with no "that" may open a question, which ends at its comma',
      'The clerk asked if I wanted a receipt, the queue growing behind me.',
      'if I wanted a receipt, the queue growing behind me',
    ],
    [
      'a main clause in quotes is left to the quote rules',
      'He said that if the plan failed, "we will all suffer".',
      'that if the plan failed, "we will all suffer"',
    ],
  ]
  it.each(kept)('%s', (_, text, content) => {
    expect(contents(text)).not.toContain(content)
  })
})
