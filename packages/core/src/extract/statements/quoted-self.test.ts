import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The cues and contents analyze finds in a text, as "cue | content". */
const found = (text: string) =>
  analyze(text).statements.map(
    (statement) =>
      `${statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '-'} | ${text.slice(statement.content.start, statement.content.end)}`,
  )

describe('quotesItsSpeaker', () => {
  it('drops the first-person report inside a quote, keeping the quote', () => {
    const text =
      "Asked what impressed her, the singer answered: \"I wouldn't say that I'm impressed, but I do feel that I've got this added responsibility to raise my children.\""
    expect(found(text)).toEqual([
      "answered: | I wouldn't say that I'm impressed, but I do feel that I've got this added responsibility to raise my children",
    ])
  })

  // [case, text, statement kept as "cue | content"]
  const kept: Array<[string, string, string]> = [
    [
      'a third person inside a quote',
      'She said: "He told me that he would quit."',
      'said: | He told me that he would quit',
    ],
    [
      'a first-person quote itself',
      '"I told them that we would stay," she said.',
      'said | I told them that we would stay',
    ],
  ]
  it.each(kept)('%s', (_, text, statement) => {
    expect(found(text)).toContain(statement)
  })
})
