import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Statement } from '../../schemas/statement.ts'
import { joinContinuedParts } from './continued-parts.ts'
import { extractStatements, type StatementReach } from './index.ts'
import { shippedModel } from './model.ts'

/** The statements of a short text as "cue | content part | content part …". */
function attributions(text: string, reach: StatementReach): string[] {
  const slice = (span: { start: number; end: number }) => text.slice(span.start, span.end)
  return extractStatements(parseArticle(text), [], shippedModel(), reach).map((s) =>
    [s.cue ? slice(s.cue) : '-', ...(s.contentParts ?? [s.content]).map(slice)].join(' | '),
  )
}

describe('joinContinuedParts', () => {
  it.each([
    [
      'a quote paragraph after a quoted statement',
      'A title\n\n"We will keep the library open," the mayor said.\n\n"Nobody here wants to lose it."',
      ['said | We will keep the library open | Nobody here wants to lose it'],
    ],
    [
      'two quote paragraphs after an indirect statement',
      'A title\n\nThe coach said the team played well. "The young players showed real courage."\n\n"They never stopped running until the end."',
      [
        'said | the team played well | The young players showed real courage | They never stopped running until the end',
      ],
    ],
    [
      // The resumed quote follows the writer's sentence, not the statement: it is no one's, so nothing is folded in.
      'a sentence of the writer between them: no continuation',
      'A title\n\n"We will keep the library open," the mayor said. The library opened in 1910.\n\n"Nobody here wants to lose it."',
      ['said | We will keep the library open'],
    ],
  ])('reach all: %s', (_, text, expected) => {
    expect(attributions(text, 'all')).toEqual(expected)
  })

  it('reach spoken keeps each quoted sentence its own statement', () => {
    const text =
      'A title\n\n"We will keep the library open," the mayor said.\n\n"Nobody here wants to lose it."'
    expect(attributions(text, 'spoken')).toEqual([
      'said | We will keep the library open',
      '- | Nobody here wants to lose it',
    ])
  })

  it('leaves a quote alone whose speaker differs from the statement before it', () => {
    const span = (start: number, end: number) => ({ start, end })
    const base = { source: null, mode: 'direct', negated: false } as const
    const said: Statement = {
      ...base,
      id: 's_1',
      speaker: 'person:ann',
      cue: span(10, 14),
      content: span(0, 8),
    }
    const alone: Statement = { ...base, id: 's_2', speaker: 'person:bob', cue: null, content: span(20, 30) }
    expect(joinContinuedParts([said, alone])).toEqual([said, alone])
    const same = { ...alone, speaker: 'person:ann' }
    expect(joinContinuedParts([said, same])).toEqual([
      { ...said, content: span(0, 30), contentParts: [span(0, 8), span(20, 30)] },
    ])
  })
})
