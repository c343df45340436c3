import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The contents analyze finds in a text, as written. */
const contents = (text: string) =>
  analyze(text).statements.map((statement) => text.slice(statement.content.start, statement.content.end))

describe('endBeforeMainClause', () => {
  // [case, text, the content found, a longer content not found]
  const cases: Array<[string, string, string, string]> = [
    [
      '"While X said A, B …": A ends at the comma before the main clause',
      'While the mill said its orders were steady, its rivals have closed two plants.',
      'its orders were steady',
      'its orders were steady, its rivals have closed two plants',
    ],
    [
      '"Although" with a main clause whose verb is a present form after a pronoun',
      'Although the coach said the squad was fit, he appears worried about the keeper.',
      'the squad was fit',
      'the squad was fit, he appears worried about the keeper',
    ],
    [
      'a long subject before the main verb',
      'While the council has suggested the bridge would reopen in May, the head of the ferry firm has doubts.',
      'the bridge would reopen in May',
      'the bridge would reopen in May, the head of the ferry firm has doubts',
    ],
    [
      'a comma inside what was said is passed over while it holds no verb yet',
      'If she said that, once built, the mast would be safe, nobody would object.',
      'that, once built, the mast would be safe',
      'that, once built, the mast would be safe, nobody would object',
    ],
  ]
  it.each(cases)('%s', (_, text, content, longer) => {
    const found = contents(text)
    expect(found).toContain(content)
    expect(found).not.toContain(longer)
  })

  // [case, text, a content found]
  const kept: Array<[string, string, string]> = [
    [
      'a cue in the main clause keeps what follows its comma',
      'The farmer said the rain had come late, and the crop had suffered.',
      'the rain had come late, and the crop had suffered',
    ],
    [
      "a fronted clause closed before the cue is not the cue's",
      'When the vote ended, the mayor said the road would be widened, and tolls would go.',
      'the road would be widened, and tolls would go',
    ],
  ]
  it.each(kept)('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })
})
