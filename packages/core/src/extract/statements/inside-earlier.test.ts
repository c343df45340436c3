import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractStatements } from './index.ts'
import { shippedModel } from './model.ts'

/** The cues of the attributions (reach 'all') of a short text, as written. */
const cues = (text: string) =>
  extractStatements(parseArticle(text), [], shippedModel(), 'all').map((s) =>
    s.cue ? text.slice(s.cue.start, s.cue.end) : '',
  )

describe('dropInsideEarlierContent', () => {
  // [case, text, the cue kept, the cue dropped]
  const cases: Array<[string, string, string, string]> = [
    [
      'an act inside what a source said',
      'Talks went on. The coach promised to cut ticket prices, the club newsletter reported.',
      'reported',
      'promised',
    ],
    [
      'a decision inside what an aide said',
      'Talks went on. The mayor decided to close two depots next spring, an aide said on Friday.',
      'said',
      'decided',
    ],
    [
      'a demand inside what a spokesman said',
      'Talks went on. The union demanded a pay rise for nurses, a spokesman said.',
      'said',
      'demanded',
    ],
  ]
  it.each(cases)('%s', (_, text, kept, dropped) => {
    const found = cues(text)
    expect(found).toContain(kept)
    expect(found).not.toContain(dropped)
  })

  it('leaves a report after its cue to resolveNesting', () => {
    expect(cues('Talks went on. An aide said the mayor intends to close two depots.')).toContain('said')
  })
})
