import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { findLayoutStatements } from './layout.ts'

/** The layout statements of a short text as [source words, cue, content words]. */
function layoutStatements(text: string): string[][] {
  return findLayoutStatements(buildContext(parseArticle(text))).map((draft) => [
    text.slice(draft.sourceSpan?.start ?? 0, draft.sourceSpan?.end ?? 0),
    text.slice(draft.cueSpan.start, draft.cueSpan.end),
    text.slice(draft.contentSpan.start, draft.contentSpan.end),
  ])
}

describe('findLayoutStatements', () => {
  // [case, text, statements found]
  const cases: Array<[string, string, string[][]]> = [
    [
      'a transcript line',
      'A title\n\nThe debate went on.\n\nWALLACE: Do you expect a close race?',
      [['WALLACE', ':', 'Do you expect a close race']],
    ],
    ['a dictionary field', 'A title\n\nThe word of the day.\n\nMEANING: Overly sentimental or tearful.', []],
    [
      'a post scriptum',
      'A title\n\nThe rainbow has seven colours.\n\nPS: I forgot one more thing about the rainbow.',
      [],
    ],
    [
      'an edit note',
      'A title\n\nWhich board should I buy?\n\nEDIT: Thanks a lot for all the great answers.',
      [],
    ],
    [
      'a quote signed at the end of its paragraph',
      'A title\n\n"Our search for the best board never ends." - Ben Hale',
      [['Ben Hale', '-', 'Our search for the best board never ends']],
    ],
    [
      'a signature with a title after a comma',
      'A title\n\n"Keep going, whatever they say." — Ann Vale, coach',
      [['Ann Vale', '—', 'Keep going, whatever they say']],
    ],
    [
      'a signature that says where and on what',
      'A title\n\n"The tax is fair." – Tom Reed on Twitter\n\n"The talks are over and we lost." — Ann Vale on the council vote',
      [
        ['Tom Reed', '–', 'The tax is fair'],
        ['Ann Vale', '—', 'The talks are over and we lost'],
      ],
    ],
    [
      'signed quotes one to a line',
      'A title\n\nReaders wrote in.\n\n"We are all tired of it." ― Ann Vale\n"It has to stop now." ― Tom Reed',
      [
        ['Ann Vale', '―', 'We are all tired of it'],
        ['Tom Reed', '―', 'It has to stop now'],
      ],
    ],
    [
      'a quoted name before a labelled list item',
      'A title\n\nThree "Short Talks" – Subject: What worked for you?',
      [],
    ],
    ['a quoted phrase before a bullet', 'A title\n\nIt stops "ear popping" - An alarm also sounds.', []],
  ]
  it.each(cases)('%s', (_case, text, expected) => {
    expect(layoutStatements(text)).toEqual(expected)
  })
})
