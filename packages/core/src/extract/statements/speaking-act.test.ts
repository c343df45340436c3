import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The contents analyze finds in a text, as written. */
const contents = (text: string) =>
  analyze(text).statements.map((statement) => text.slice(statement.content.start, statement.content.end))

describe('speaksWithoutWords', () => {
  // [case, text, a content that is no words]
  const acts: Array<[string, string, string]> = [
    ['a length', 'The mayor spoke for an hour at the dinner.', 'an hour at the dinner'],
    ['a turn', 'Even doctors spoke their piece on the matter.', 'their piece on the matter'],
  ]
  it.each(acts)('%s', (_, text, content) => {
    expect(contents(text)).not.toContain(content)
  })

  // [case, text, content kept]
  const words: Array<[string, string, string]> = [
    [
      'a topic, left to the topic checks',
      'The mayor spoke of her sadness at the loss.',
      'her sadness at the loss',
    ],
  ]
  it.each(words)('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })
})
