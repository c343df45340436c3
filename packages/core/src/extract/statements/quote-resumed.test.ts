import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractStatements } from './index.ts'

/** The content parts of the statement a text's cue word introduces. */
function partsAt(text: string, cue: string): string[] | null {
  const slice = (span: { start: number; end: number }) => text.slice(span.start, span.end)
  const found = extractStatements(parseArticle(text), []).find((s) => s.cue && slice(s.cue) === cue)
  return found ? (found.contentParts ?? [found.content]).map(slice) : null
}

describe('resumeQuoteAfterCue', () => {
  // [case, text, cue, content parts]
  const cases: Array<[string, string, string, string[]]> = [
    [
      'a quote resumed after a time',
      'A title\n\n"We will win," Ms Reed said on Monday, "and we will win well."',
      'said',
      ['We will win', 'and we will win well'],
    ],
    [
      'a quote resumed after a place',
      'A title\n\n"The judge will be fair," Tom Hale said at a rally in Leeds, "but many people will be watching."',
      'said',
      ['The judge will be fair', 'but many people will be watching'],
    ],
    [
      'a quote after another reporting word is its own',
      'A title\n\n"We will win," Ms Reed said on Monday, adding: "We will win well."',
      'said',
      ['We will win'],
    ],
    [
      "a quote not set off by a comma is the narrator's",
      'A title\n\n"We will win," Ms Reed said after "a long night" of talks.',
      'said',
      ['We will win'],
    ],
    [
      'a quote resumed in the next sentence, after a place and a participle clause',
      'A title\n\n"We will win the vote," she said in Leeds, recalling a bill that failed when she was a minister. "We were close then and we are close now."',
      'said',
      ['We will win the vote', 'We were close then and we are close now'],
    ],
    [
      'the participle clause between the quotations keeps its own words',
      'A title\n\n"We will win the vote," she said in Leeds, recalling a bill that failed when she was a minister. "We were close then and we are close now."',
      'recalling',
      ['a bill that failed when she was a minister'],
    ],
    [
      'a quote resumed after a quoted show title',
      'A title\n\n"We will win the vote," Ms Reed said on ITV\'s "Good Morning Britain." "It is not a close race at all."',
      'said',
      ['We will win the vote', 'It is not a close race at all'],
    ],
    [
      'a quote resumed after the audience and a participle clause',
      'A title\n\n"We will win the vote," Ms Reed told reporters on her bus, pointing at the crowds outside. "They came to see us."',
      'told',
      ['We will win the vote', 'They came to see us'],
    ],
    [
      'a next quote with a cue of its own is not resumed',
      'A title\n\n"We will win the vote," Ms Reed said in Leeds. "They will lose," Tom Hale said.',
      'said',
      ['We will win the vote'],
    ],
  ]
  it.each(cases)('%s', (_case, text, cue, parts) => {
    expect(partsAt(text, cue)).toEqual(parts)
  })
})
