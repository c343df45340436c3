import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { namedBeforeDashes } from './dashed-apposition.ts'
import { sourceWordsBy } from './source-place.fixture.ts'

/** The words of the source namedBeforeDashes gives when the chosen source is `chosen`, before the cue `cue`. */
const sourceWords = sourceWordsBy(namedBeforeDashes)

describe('namedBeforeDashes', () => {
  // [case, text, source chosen, cue, source words given]
  const cases: Array<[string, string, string, string, string]> = [
    [
      'a name before a description between hyphens',
      'Pay row\n\nMr Dunn - a critic of the deal - said wages must rise.',
      'a critic of the deal',
      'said',
      'Mr Dunn',
    ],
    [
      'a title and a name, after a sentence opener, before en dashes',
      'Pay row\n\nBut Union Leader Joan Meyer – long a critic – also said wages must rise.',
      'long a critic',
      'also said',
      'Union Leader Joan Meyer',
    ],
    [
      'lower-case words before the dashes name no one: the source stays',
      'Pay row\n\nthe union - a critic of the deal - said wages must rise.',
      'a critic of the deal',
      'said',
      'a critic of the deal',
    ],
    [
      'a description that does not end at the cue stays',
      'Pay row\n\nMr Dunn - a critic of the deal - then said wages must rise.',
      'a critic of the deal',
      'said',
      'a critic of the deal',
    ],
    [
      'a source between commas stays',
      'Pay row\n\nMr Dunn, a critic of the deal, said wages must rise.',
      'a critic of the deal',
      'said',
      'a critic of the deal',
    ],
  ]
  it.each(cases)('%s', (_case, text, chosen, cue, words) => {
    expect(sourceWords(text, chosen, cue)).toBe(words)
  })

  it('gives the statement its named speaker', () => {
    const text =
      'Pay row\n\nMr Dunn - a staunch supporter of the pact when it was set up in the 1990s - said exemptions were now needed.'
    const analysis = analyze(text)
    const [statement] = analysis.statements
    expect(analysis.actors.find((a) => a.id === statement?.speaker)?.name).toBe('Dunn')
  })
})
