import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { endBeforeSpeechParticiple } from './participle-end.ts'

/** The words endBeforeSpeechParticiple leaves of a content that runs from the first word after "said" to the last word. */
function ended(text: string): string {
  const context = buildContext(parseArticle(text))
  const cue = context.tokens.findIndex((token) => token.text === 'said')
  let start = cue + 1
  while (start < context.tokens.length && !context.isWord[start]) start++
  let last = context.tokens.length - 1
  while (last > 0 && !context.isWord[last]) last--
  const place = endBeforeSpeechParticiple(context, { start, last, side: 'after' })
  return text.slice(context.tokens[place.start]?.start, context.tokens[place.last]?.end)
}

describe('endBeforeSpeechParticiple', () => {
  // [case, text, the content left]
  const cases: Array<[string, string, string]> = [
    [
      'a comma inside the closing quote, then a participle of speech',
      'The mayor said the levy was "unfair," adding that shops would close.',
      'the levy was "unfair',
    ],
    ['a plain comma and "noting"', 'She said costs had doubled, noting the weak pound.', 'costs had doubled'],
    [
      'a participle that is not of speech stays',
      'He said prices rose, hurting families in the north.',
      'prices rose, hurting families in the north',
    ],
    [
      "a participle inside a quote that goes on is the speaker's",
      'He said: "They were doing smart things, saying the right things."',
      'They were doing smart things, saying the right things',
    ],
  ]
  it.each(cases)('%s', (_, text, content) => {
    expect(ended(text)).toBe(content)
  })
})
