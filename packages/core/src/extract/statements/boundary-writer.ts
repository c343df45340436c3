import type { Boundaries } from './span-decoder.ts'

/**
 * Fills boundary lists whose features all live in one array, reused from one set of lists to the next: `reset()`
 * rewinds it without giving its storage back, so building a cue's candidates allocates no growing feature array.
 * Fill one list at a time (open it, then push and close each of its boundaries); the lists of a set are valid until
 * the next `reset()`. Their shared `features` array may run past their last offset: read it through `offsets` only.
 * @example const writer = new BoundaryWriter(); const list = writer.open(); writer.push(7); writer.close(list, 3) // list.at [3], offsets [0, 1]
 */
export class BoundaryWriter {
  private readonly features: number[] = []
  private length = 0

  /** Starts a new set of lists, overwriting the features of the previous one. */
  reset(): void {
    this.length = 0
  }

  /** A new empty list whose features go where the writer stands. */
  open(): Boundaries {
    return { at: [], offsets: [this.length], features: this.features }
  }

  /** Appends one feature hash to the boundary being written. */
  push(hash: number): void {
    this.features[this.length++] = hash
  }

  /** Closes the boundary at token `at` of `list` with the features pushed since its previous boundary. */
  close(list: Boundaries, at: number): void {
    list.at.push(at)
    list.offsets.push(this.length)
  }
}
