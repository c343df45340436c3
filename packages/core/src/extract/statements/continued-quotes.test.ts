import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractStatements } from './index.ts'

/** The statements of a short text as [speaker words or null, cue or null, content]. */
function statements(text: string) {
  const slice = (span: { start: number; end: number } | null) =>
    span ? text.slice(span.start, span.end) : null
  return extractStatements(parseArticle(text), []).map((s) => [
    slice(s.source),
    slice(s.cue),
    slice(s.content),
  ])
}

describe('continueQuotes', () => {
  it.each([
    [
      'a quote paragraph after a quoted statement',
      'A title\n\nThe coach said: "We played well today."\n\n"The young players showed real courage in the second half."',
      'The young players showed real courage in the second half',
    ],
    [
      'a quote sentence after an indirect statement in its paragraph',
      'A title\n\nThe coach said the team played well. "The young players showed real courage in the second half."',
      'The young players showed real courage in the second half',
    ],
    [
      'a quote sentence after a quoted statement',
      'A title\n\n"We will fight on," the mayor said. "Nobody is ready to give up. "We will march on the town hall.',
      'We will march on the town hall',
    ],
  ])('adds %s, with no cue or source of its own', (_case, text, content) => {
    expect(statements(text)).toContainEqual([null, null, content])
  })

  it.each([
    [
      'after an indirect statement in the paragraph before',
      'A title\n\nThe coach said the team played well.\n\n"The young players showed real courage in the second half."',
    ],
    [
      'a short quote',
      'The coach said: "We played well today."\n\n"Courage," read the banner above the gate.',
    ],
    [
      'a quote that does not run to the end of its sentence',
      'A title\n\nThe coach said: "We played well."\n\n"Courage" is a word he likes to use often.',
    ],
    [
      'a quote at the start of an article',
      'A title\n\n"The young players showed real courage in the second half."',
    ],
  ])('adds nothing %s', (_case, text) => {
    expect(statements(text).filter(([, cue]) => cue === null)).toEqual([])
  })

  it.each([
    [
      'joins a quote left open at the end of its paragraph into one statement',
      'A title\n\nThe coach said: "We played well today.\n\n"The young players showed real courage in the second half."',
      [
        [
          'The coach',
          'said:',
          'We played well today.\n\n"The young players showed real courage in the second half',
        ],
      ],
    ],
    [
      'joins a quote left open over three paragraphs into one statement',
      'A title\n\nThe coach said: "We played well today.\n\n"The young players showed real courage.\n\n"We go to Leeds next with a full squad."',
      [
        [
          'The coach',
          'said:',
          'We played well today.\n\n"The young players showed real courage.\n\n"We go to Leeds next with a full squad',
        ],
      ],
    ],
    [
      'keeps a quote closed at the end of its paragraph apart from the next',
      'A title\n\nThe coach said: "We played well today."\n\n"The young players showed real courage in the second half."',
      [
        ['The coach', 'said:', 'We played well today'],
        [null, null, 'The young players showed real courage in the second half'],
      ],
    ],
  ])('%s', (_case, text, expected) => {
    expect(statements(text)).toEqual(expected)
  })

  it('gives the continued quote the speaker of the statement before it', () => {
    const text =
      'A title\n\nAnn Lee said: "We played well today."\n\n"The young players showed real courage in the second half."'
    const parsed = parseArticle(text)
    const actor = {
      id: 'person:ann-lee',
      name: 'Ann Lee',
      kind: 'person' as const,
      aliases: [],
      mentions: [{ start: 9, end: 16 }],
    }
    const found = extractStatements(parsed, [actor])
    expect(found.map((s) => s.speaker)).toEqual(['person:ann-lee', 'person:ann-lee'])
    expect(found[1]?.cue).toBeNull()
  })
})
