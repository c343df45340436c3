import type { Cue, TokenWindow } from './cue.ts'

/** A cue a phrase stage adds, and the tokens it clears of other cues (its own span, or more). */
export interface PlacedCue {
  readonly cue: Cue
  readonly clears: TokenWindow
}

/**
 * The found cues with the placed ones added after them, as if each were placed in turn: a found cue that overlaps any
 * placed cue's cleared tokens gives way, and so does a placed cue that a later one's cleared tokens overlap. Marks
 * tokens rather than filtering every cue for each placed one, whose cost grew with their product on a long text.
 * @example withPlacedCues([cue(2, 3)], [{ cue: cue(1, 4), clears: { from: 1, to: 4 } }]) // [cue(1, 4)]
 */
export function withPlacedCues(found: readonly Cue[], placed: readonly PlacedCue[]): Cue[] {
  if (placed.length === 0) return [...found]
  let size = 0
  for (const { cue, clears } of placed) size = Math.max(size, cue.end, clears.to)
  const byAny = new Uint8Array(size)
  const byLater = new Uint8Array(size)
  const survivors: Cue[] = []
  for (let i = placed.length - 1; i >= 0; i--) {
    const { cue, clears } = placed[i] as PlacedCue
    if (!marked(byLater, cue)) survivors.push(cue)
    byLater.fill(1, clears.from, clears.to)
    byAny.fill(1, clears.from, clears.to)
  }
  return [...found.filter((cue) => !marked(byAny, cue)), ...survivors.reverse()]
}

/** Whether any token of the cue is marked. */
function marked(tokens: Uint8Array, cue: Cue): boolean {
  for (let t = cue.start; t < Math.min(cue.end, tokens.length); t++) if (tokens[t] === 1) return true
  return false
}
