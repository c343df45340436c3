import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The contents analyze finds in a text, as written. */
const contents = (text: string) =>
  analyze(text).statements.map((statement) => text.slice(statement.content.start, statement.content.end))

describe('quoteBeforeSource', () => {
  // [case, text, the content found, a content not found]
  const cases: Array<[string, string, string, string]> = [
    [
      'a described source and an occasion after the cue',
      '"We will win," Ann Cole, a local farmer, said just after midnight on the radio.',
      'We will win',
      'just after midnight on the radio',
    ],
    [
      'a quote closed on "!" before the source',
      'Rain fell all day. "It is over!" the mayor, Tom Reed, tweeted on Sunday after the storm hit the coast.',
      'It is over',
      'It is over!" the mayor, Tom Reed',
    ],
  ]
  it.each(cases)('%s', (_, text, content, wrong) => {
    const found = contents(text)
    expect(found).toContain(content)
    expect(found).not.toContain(wrong)
  })

  // [case, text, a content found]
  const kept: Array<[string, string, string]> = [
    [
      'a "that" clause after the cue is what the cue reports',
      '"That was the plan," he said, adding that the vote had been lost.',
      'that the vote had been lost',
    ],
    [
      'a quote that resumes after the cue is one content of two parts',
      '"It was," she said, "a very long night."',
      'It was," she said, "a very long night',
    ],
  ]
  it.each(kept)('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })
})
