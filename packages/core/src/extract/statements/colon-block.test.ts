import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractStatements } from './index.ts'

/** The content of the statement whose cue starts with the word `cue`. */
function contentAt(text: string, cue: string): string | null {
  const slice = (span: { start: number; end: number }) => text.slice(span.start, span.end)
  const found = extractStatements(parseArticle(text), []).find((s) => s.cue && slice(s.cue).startsWith(cue))
  return found ? slice(found.content) : null
}

describe('colonBlock', () => {
  // [case, text, cue, content]
  const cases: Array<[string, string, string, string | null]> = [
    [
      'within its paragraph what follows the colon is left to the rankers',
      'A title\n\nThe governor added: it is typical of them. The vote, officials say, is on Monday.',
      'added',
      'it is typical of them',
    ],
    [
      'within its paragraph the words right after the colon open the content',
      'A title\n\nThe mayor stated: The council is not about open government anymore.',
      'stated',
      'The council is not about open government anymore',
    ],
    [
      'words set off before the cue by a comma stand',
      'A title\n\nThe plan is dead, the mayor said: nobody wants it.',
      'said',
      'The plan is dead',
    ],
    [
      'a quote before the cue stands',
      'A title\n\n"We won," Ann Pell said: the count was over.',
      'said',
      'We won',
    ],
    [
      'a fronted phrase after the colon is part of the content',
      'A title\n\nThe label read: After the war, a time of peace was promised.',
      'read',
      'After the war, a time of peace was promised',
    ],
    [
      'a quoted phrase after the colon stays in the content',
      'A title\n\nThe mayor stated: The council is not about “open government” anymore.',
      'stated',
      'The council is not about “open government” anymore',
    ],
    [
      'the content after the colon is no wider than its sentence',
      'A title\n\nThe report concluded: Most schools lack the staff they need. The minister disagreed.',
      'concluded',
      'Most schools lack the staff they need',
    ],
    [
      'a quoted sentence after the colon is left to the quotes',
      'A title\n\nMr Hale added: Ann Reed said "We will win the seat and keep it."',
      'added',
      'We will win the seat and keep it',
    ],
    [
      'a colon that ends its paragraph introduces the next one',
      'A title\n\nTom Hale added:\n\nAnd from a leader, this reeks of fear. She cannot win alone?\n\nThe vote is on Monday.',
      'added',
      'And from a leader, this reeks of fear. She cannot win alone',
    ],
    [
      'a quoted block is left to the quotes',
      'A title\n\nMr Hale said: "We will win." The vote is on Monday.',
      'said',
      'We will win',
    ],
  ]
  it.each(cases)('%s', (_case, text, cue, content) => {
    expect(contentAt(text, cue)).toBe(content)
  })

  it('leaves a block that holds quoted statements to them', () => {
    const text = 'A title\n\nHe added:\n\nAnn Reed said: "We had a problem." Tom Hale said: "We lost."'
    const slice = (span: { start: number; end: number }) => text.slice(span.start, span.end)
    const contents = extractStatements(parseArticle(text), []).map((s) => slice(s.content))
    expect(contents).not.toContain('Ann Reed said: "We had a problem." Tom Hale said: "We lost')
    expect(contents).toContain('We had a problem')
  })
})
