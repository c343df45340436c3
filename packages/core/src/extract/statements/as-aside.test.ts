import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The cues and contents analyze finds in a text, as written. */
const found = (text: string) =>
  analyze(text).statements.map((statement) => ({
    cue: statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '',
    content: text.slice(statement.content.start, statement.content.end),
  }))

describe('contentBeforeAside', () => {
  // [case, text, content never given to "said"]: what came before an "as X said" aside that goes on
  const before: Array<[string, string, string]> = [
    [
      'an aside inside a clause',
      'The unions remain angry, claiming that, as Mr Reed said, if the cash does not come from there, where will it come from.',
      'The unions remain angry, claiming that',
    ],
    [
      'an aside opening the sentence, a title between',
      "As Tory spokesman Ann Vale said - any mayor would cut taxes before a vote, wouldn't she.",
      'As Tory',
    ],
  ]
  it.each(before)('%s', (_, text, content) => {
    expect(
      found(text)
        .filter((s) => s.cue === 'said')
        .map((s) => s.content),
    ).not.toContain(content)
  })

  // [case, text, content kept]: the aside closes the sentence, after what it vouches for
  const kept: Array<[string, string, string]> = [
    ['an aside at the end', 'The plan is sound, as the minister said.', 'The plan is sound'],
    [
      'a clause joined after the aside',
      'Taxes are too high, as Mr Reed said, and they must fall soon.',
      'Taxes are too high',
    ],
    [
      'a whole clause before the aside',
      'The plan is sound, as the minister said, but it costs too much.',
      'The plan is sound',
    ],
  ]
  it.each(kept)('%s', (_, text, content) => {
    expect(found(text).map((s) => s.content)).toContain(content)
  })
})
