import { describe, expect, it } from 'vitest'
import { judgedSubject, pointsBack } from './stance-judged-subject.ts'

/** The words of a sentence, split on spaces, with offsets. */
function wordsOf(sentence: string) {
  let at = 0
  return sentence.split(' ').map((text) => {
    const start = sentence.indexOf(text, at)
    at = start + text.length
    return { text, start, end: at }
  })
}

/** The subject of the word `judging` in `sentence` as text, and whether it points back. */
function subjectOf(sentence: string, judging: string) {
  const words = wordsOf(sentence)
  const subject = judgedSubject(
    words,
    words.findIndex((word) => word.text === judging),
  )
  if (!subject) return undefined
  const text = words
    .slice(subject[0], subject[1] + 1)
    .map((word) => word.text)
    .join(' ')
  return [text, pointsBack(words, subject)]
}

describe('judgedSubject: what a judging word is said of', () => {
  it.each([
    ['they are a complete shambles', 'shambles', ['they', true]],
    ["it 's a disgrace", 'disgrace', ['it', true]],
    ['their new plans would be a disaster', 'disaster', ['their new plans', true]],
    ['those people have failed', 'failed', ['those people', true]],
    ['crime is a disgrace', 'disgrace', ['crime', false]],
    ['flooding is a terrible problem', 'terrible', ['flooding', false]],
    ['they will make our schools worse', 'worse', ['they', true]],
    ['floods made the roads dangerous', 'dangerous', ['floods', false]],
    ['we will tackle excessive spending', 'excessive', undefined],
    ['a total shambles', 'shambles', undefined],
  ])('%s (%s) → %j', (sentence, judging, expected) => {
    expect(subjectOf(sentence, judging)).toEqual(expected)
  })
})
