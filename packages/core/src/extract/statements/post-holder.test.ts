import { describe, expect, it } from 'vitest'
import { spokenStatements } from './speaker-actors.fixture.ts'

/** The speaker's name (or "none: reason") of the statement whose source is `source`. */
function speakerOfSource(text: string, source: string): string {
  const statement = spokenStatements(text).find((s) => s.source === source)
  if (!statement) return 'no statement'
  return statement.speaker === 'none' ? `none: ${statement.reason}` : statement.speaker
}

// A post the actors stage keeps no role for ("editor", "correspondent") is the one person the text names with it.
describe('a post is the one person named as holding it', () => {
  it.each([
    [
      'a body and post apposed with "of"',
      'Ann Vole, editor of the Clarion, said the minister should go. "I will not be quiet," the Clarion editor told us.',
      'the Clarion editor',
      'Ann Vole',
    ],
    [
      'a title before the name',
      'Clarion editor Ann Vole said the minister should go. "I will not be quiet," the Clarion editor told us.',
      'the Clarion editor',
      'Ann Vole',
    ],
    [
      "the body's editor, not another paper's",
      'Ann Vole, editor of the Clarion, and Ben Tarr, editor of the Herald, met. "We agree," the Herald editor said.',
      'the Herald editor',
      'Ben Tarr',
    ],
    [
      'two editors of one paper leave it unresolved',
      'Clarion editor Ann Vole met Clarion editor Ben Tarr. "We agree," the Clarion editor said.',
      'the Clarion editor',
      'none: unresolved',
    ],
    [
      'our correspondent is the correspondent the text names',
      'BBC correspondent Jim Hale said the vote was close. "The minister will lose," our correspondent said.',
      'our correspondent',
      'Jim Hale',
    ],
    [
      'our political editor, named as one in an appositive',
      'Jim Hale, our political editor, has seen the plan. It will cut taxes, our political editor said.',
      'our political editor',
      'Jim Hale',
    ],
    [
      'two correspondents leave it unresolved',
      'BBC correspondent Jim Hale and BBC correspondent Sue Pike were there. "It was tense," our correspondent said.',
      'our correspondent',
      'none: unresolved',
    ],
    [
      'no one named with the post leaves it unresolved',
      'Jim Hale spoke to the minister. "It was tense," our correspondent said.',
      'our correspondent',
      'none: unresolved',
    ],
    [
      'a post no one is named with is not the person just quoted, who it may answer',
      'Ivo Marsh, the treasury chief, said wages would climb. The Harbour Bank analyst said they would stall.',
      'The Harbour Bank analyst',
      'none: unresolved',
    ],
    [
      'a paper the tagger missed, with its editor named',
      'The Daily Lamp, edited by Ann Vole, backed Mr Reed. Daily Lamp editor Ann Vole said so. Mr Cole said he was wrong. "I stand by it," The Daily Lamp editor told us.',
      'The Daily Lamp editor',
      'Ann Vole',
    ],
  ])('%s', (_case, text, source, expected) => {
    expect(speakerOfSource(text, source)).toBe(expected)
  })
})
