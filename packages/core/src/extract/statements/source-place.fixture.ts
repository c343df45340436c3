import { parseArticle } from '../../parse/index.ts'
import { buildContext, type StatementContext } from './context.ts'
import { type Cue, makeCue } from './cue.ts'
import type { SourcePlace } from './source.ts'

/** A rule that may move the source place chosen before a cue to another one. */
type SourceRule = (context: StatementContext, cue: Cue, source: SourcePlace | null) => SourcePlace | null

/**
 * For table tests of such a rule: the words of the source `rule` gives when the chosen source is the words `chosen`,
 * before the cue `cue` (each the first place those words stand in `text`).
 * @example sourceWordsBy(nameBetweenCommas)('Plan\n\nDirector, Ann Pell, said so.', 'Director', 'said') // 'Ann Pell'
 */
export function sourceWordsBy(rule: SourceRule) {
  return (text: string, chosen: string, cue: string): string | null => {
    const context = buildContext(parseArticle(text))
    const words = context.tokens.map((token) => token.text)
    const find = (phrase: string) => {
      const parts = phrase.split(' ')
      const at = words.findIndex((_w, i) => parts.every((part, k) => words[i + k] === part))
      return { start: at, last: at + parts.length - 1 }
    }
    const cueAt = find(cue)
    const place = rule(context, makeCue(context, cueAt.start, cueAt.last + 1), find(chosen))
    return place ? words.slice(place.start, place.last + 1).join(' ') : null
  }
}
