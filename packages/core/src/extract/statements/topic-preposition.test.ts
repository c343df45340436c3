import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { findCues } from './cues.ts'
import { shippedModel } from './model.ts'

/** The text of each cue the cue finder keeps in a short text. */
function cuesOf(text: string): string[] {
  const parsed = parseArticle(text)
  const context = buildContext(parsed)
  return findCues(context, shippedModel()).map((cue) =>
    text.slice(parsed.tokens[cue.start]?.start ?? 0, parsed.tokens[cue.end - 1]?.end ?? 0),
  )
}

describe('withTopicPreposition', () => {
  it.each([
    ['Tenants have complained of damp in the flats.', 'have complained of'],
    ['The engineer warned of cracks in the old dam.', 'warned of'],
    ['The coach talked about the injury to his striker.', 'talked about'],
  ])('"%s" → cue "%s"', (text, cue) => {
    expect(cuesOf(text)).toContain(cue)
  })

  it.each([
    // A number after "about" is an amount, not a topic.
    ['The minister has said about 30 schools will close.', 'has said'],
    // With a quote in the sentence the quote is the content: "of …" stays out of the cue.
    ['“It was a fair fight,” the boxer said of the bout.', 'said'],
  ])('"%s" → cue "%s"', (text, cue) => {
    expect(cuesOf(text)).toContain(cue)
  })
})
