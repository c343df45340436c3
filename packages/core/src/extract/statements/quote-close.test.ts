import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractStatements } from './index.ts'

/** The [source words, content words] of the statement a text's cue word introduces. */
function statementAt(text: string, cue: string) {
  const slice = (span: { start: number; end: number } | null) =>
    span ? text.slice(span.start, span.end) : null
  const found = extractStatements(parseArticle(text), []).find((s) => s.cue && slice(s.cue) === cue)
  return found ? [slice(found.source), slice(found.content)] : null
}

describe('endAtQuoteClose', () => {
  // [case, text, cue, source words or null when the source is not the point, content words]
  const cases: Array<[string, string, string, string | null, string]> = [
    [
      'a quote closed on a comma before a long appositive',
      'A title\n\n“We ran out of fuel days ago,” Dr. Ann Vale, the director of the Friendship Hospital in the Mughraqa area in the central Gaza Strip, said on Monday.',
      'said',
      'Dr. Ann Vale, the director of the Friendship Hospital in the Mughraqa area in the central Gaza Strip',
      'We ran out of fuel days ago',
    ],
    [
      'a quote closed before its comma, British style',
      'A title\n\n"We will not give up", Tom Reed, the leader of the Farmers Union in the eastern part of the state, told reporters.',
      'told',
      null,
      'We will not give up',
    ],
    [
      'a quote that goes on into the words of the content',
      'A title\n\n"Shocking" levels of deaths have been reached in prisons, MPs said.',
      'said',
      'MPs',
      'Shocking" levels of deaths have been reached in prisons',
    ],
  ]
  it.each(cases)('%s', (_case, text, cue, source, content) => {
    const [foundSource, foundContent] = statementAt(text, cue) ?? []
    expect(foundContent).toBe(content)
    if (source !== null) expect(foundSource).toBe(source)
  })
})
