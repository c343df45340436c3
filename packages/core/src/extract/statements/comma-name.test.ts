import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { nameBetweenCommas } from './comma-name.ts'
import { buildContext } from './context.ts'
import { makeCue } from './cue.ts'

/** The words of the source nameBetweenCommas gives when the chosen source is `chosen`, before the cue `cue`. */
function sourceWords(text: string, chosen: string, cue: string): string | null {
  const context = buildContext(parseArticle(text))
  const words = context.tokens.map((token) => token.text)
  const find = (phrase: string) => {
    const parts = phrase.split(' ')
    const at = words.findIndex((_w, i) => parts.every((part, k) => words[i + k] === part))
    return { start: at, last: at + parts.length - 1 }
  }
  const cueAt = find(cue)
  const place = nameBetweenCommas(context, makeCue(context, cueAt.start, cueAt.last + 1), find(chosen))
  return place ? words.slice(place.start, place.last + 1).join(' ') : null
}

describe('nameBetweenCommas', () => {
  // [case, text, source chosen, cue, source words given]
  const cases: Array<[string, string, string, string, string]> = [
    [
      'a role, then the name between commas',
      'Plan\n\nDirector, David Caldwell, said it failed.',
      'Director',
      'said',
      'David Caldwell',
    ],
    [
      'a description between commas is no name',
      'Plan\n\nMr Reed, the director, said it failed.',
      'Mr Reed',
      'said',
      'Mr Reed',
    ],
    [
      'a source right before its cue stays',
      'Plan\n\nDirector David Caldwell said it failed.',
      'Director David Caldwell',
      'said',
      'Director David Caldwell',
    ],
  ]
  it.each(cases)('%s', (_case, text, chosen, cue, words) => {
    expect(sourceWords(text, chosen, cue)).toBe(words)
  })
})
