import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { shapeOf } from './shape.ts'

// Words that may stand inside a name that follows an inverted cue: "said the head of the Roper Center".
const NAME_GLUE = new Set(['of', 'the', 'for', 'and', "'s", 'de', 'van', 'von', 'la', 'a', 'an', '.', '-'])

/**
 * Whether the cue is inverted after its content ("…, said Batchelder." / "'…,' said the senator."): a comma or
 * closing quote before it, and after it only a name (capitalised words, a title with "the"), up to a comma or the end
 * of the window. The content of such a cue lies before it.
 * @example isInverted(context, cue, window) // true for ", said Mr. Kamin."
 */
export function isInverted(context: StatementContext, cue: Cue, window: TokenWindow): boolean {
  const { lower, tokens } = context
  const before = lower[cue.start - 1]
  if (cue.start <= window.from || (before !== ',' && before !== '"' && before !== "'")) return false
  let names = 0
  for (let t = cue.end; t < window.to; t++) {
    const word = lower[t] as string
    if (
      word === ',' ||
      word === '.' ||
      word === ';' ||
      word === '!' ||
      word === '?' ||
      word === '"' ||
      word === "'"
    )
      break
    const shape = shapeOf(tokens[t]?.text ?? '')
    if (shape === 'Xx' || shape === 'X') names++
    else if (!NAME_GLUE.has(word) && !(t === cue.end && (word === 'the' || word === 'a'))) return false
    if (t - cue.end > 8) return false
  }
  return names > 0
}
