/** Where feature hashes go: a plain array (training keeps them) or a FeatureBuffer (tagging reuses one). */
export interface FeatureSink {
  push(hash: number): unknown
}

/**
 * A reusable list of feature hashes, emptied by `clear()` without giving its storage back, so that tagging a
 * document allocates nothing per token (an array emptied with `length = 0` drops its storage and grows again).
 * @example const buffer = new FeatureBuffer(); buffer.push(7); buffer.values.subarray(0, buffer.length) // [7]
 */
export class FeatureBuffer implements FeatureSink {
  values = new Uint32Array(64)
  length = 0

  /** Appends one hash, growing the storage when full. */
  push(hash: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.length++] = hash
  }

  /** Empties the list, keeping its storage. */
  clear(): void {
    this.length = 0
  }
}
