import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { findTrailingCues } from './trailing-cues.ts'

/** The words of each trailing cue found in a short text, with no cue found before. */
function trailingCueWords(text: string): string[] {
  const context = buildContext(parseArticle(text))
  return findTrailingCues(context, []).map((cue) =>
    context.tokens
      .slice(cue.start, cue.end)
      .map((token) => token.text)
      .join(' '),
  )
}

describe('findTrailingCues: a verb of saying that closes its sentence after a subject', () => {
  it.each([
    // [case, text, cue words found]
    [
      'a long subject with a perfect',
      'Bread prices have hit "record" highs, a panel of bakers and millers has warned.',
      ['has warned'],
    ],
    ['a pronoun and a listener', 'The bridge will shut in May, she told councillors.', ['told']],
    ['a time after the verb', 'The plant will close, the owners announced Friday.', ['announced']],
    ['a plain past', 'The boat sank near the harbour, the coastguard said.', ['said']],
    ['no comma before the subject', 'The coastguard said the boat sank.', []],
    ['a clause after the verb', 'The boat sank, the coastguard said the crew were safe.', []],
    ['a verb that is no saying', 'The boat sank, the crew escaped.', []],
    ['a capitalised name, no verb', 'Prices rose fastest in one place, the United States.', []],
    ['a plural noun, no verb', 'The firm denied it again, as did its claims.', []],
    ['inside a quote', '"The boat sank, the coastguard said," he wrote.', []],
  ])('%s', (_case, text, expected) => {
    expect(trailingCueWords(text)).toEqual(expected)
  })
})
