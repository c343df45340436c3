import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { phraseBeforeRelative } from './relative-antecedent.ts'

/** The words of the phrase before the relative pronoun `pronoun` (its first place as a word in `text`), and `qualifies`. */
function phraseOf(text: string, pronoun: string): [string, boolean] | undefined {
  const at = text.search(new RegExp(`\\b${pronoun}\\b`))
  const found = phraseBeforeRelative(parseArticle(text), at)
  return found ? [text.slice(found.span.start, found.span.end), found.qualifies] : undefined
}

describe('phraseBeforeRelative', () => {
  // [case, text, pronoun, phrase and whether it qualifies a noun before it, or undefined]
  const cases: Array<[string, string, string, [string, boolean] | undefined]> = [
    [
      'a definite noun at the start',
      'Plan\n\nThe firm, which runs the mill, said it failed.',
      'which',
      ['The firm', false],
    ],
    [
      'an indefinite spokesman of a body',
      'Plan\n\nIt was said by a Vexco spokesman, who added more.',
      'who',
      ['a Vexco spokesman', false],
    ],
    [
      'after a preposition of the clause',
      'Plan\n\nThe claim was denied by Vexco spokesman, who said so.',
      'who',
      ['Vexco spokesman', false],
    ],
    [
      'after "of": only a qualifier',
      'Plan\n\nAnn Lee, daughter of King Ivo of Vale, who said so.',
      'who',
      ['Vale', true],
    ],
    [
      'names joined after "of"',
      'Plan\n\nThe head of the Guild of Kent and Wales, which said so.',
      'which',
      ['Wales', true],
    ],
    ['a figure is no phrase', 'Plan\n\nOf those asked, 34% who said so were young.', 'who', undefined],
    ['a pronoun is no phrase', 'Plan\n\nIt was them, who said so.', 'who', undefined],
  ]
  it.each(cases)('%s', (_case, text, pronoun, expected) => {
    expect(phraseOf(text, pronoun)).toEqual(expected)
  })
})
