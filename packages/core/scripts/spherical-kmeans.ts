// Spherical k-means over rows of unit vectors, shared by the scripts that build the tagger's word classes
// (build-word-clusters.ts from co-occurrence vectors, build-glove-classes.ts from GloVe vectors).

/** Scales every row of a matrix to unit length. */
export function normalizeRows(matrix: Float32Array, dimensions: number): void {
  for (let r = 0; r < matrix.length / dimensions; r++) {
    let norm = 0
    for (let d = 0; d < dimensions; d++) norm += (matrix[r * dimensions + d] as number) ** 2
    norm = Math.sqrt(norm) || 1
    for (let d = 0; d < dimensions; d++)
      matrix[r * dimensions + d] = (matrix[r * dimensions + d] as number) / norm
  }
}

/** Spherical k-means: the class of each row, starting from rows spread over the (frequency-sorted) list. */
export function cluster(rows: Float32Array, dimensions: number, k: number, iterations: number): Int32Array {
  const n = rows.length / dimensions
  let centroids: Float32Array = new Float32Array(k * dimensions)
  for (let c = 0; c < k; c++) {
    const r = Math.floor((c * n) / k)
    centroids.set(rows.subarray(r * dimensions, (r + 1) * dimensions), c * dimensions)
  }
  const assignment = new Int32Array(n)
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let r = 0; r < n; r++) {
      let best = 0
      let bestScore = Number.NEGATIVE_INFINITY
      for (let c = 0; c < k; c++) {
        let dot = 0
        for (let d = 0; d < dimensions; d++) {
          dot += (rows[r * dimensions + d] as number) * (centroids[c * dimensions + d] as number)
        }
        if (dot > bestScore) {
          bestScore = dot
          best = c
        }
      }
      assignment[r] = best
    }
    centroids = classCentroids(rows, dimensions, assignment, k)
  }
  return assignment
}

/** The unit-length mean of the rows in each of `k` classes (`assignment` gives each row's class). */
export function classCentroids(
  rows: Float32Array,
  dimensions: number,
  assignment: Int32Array,
  k: number,
): Float32Array {
  const centroids = new Float32Array(k * dimensions)
  for (let r = 0; r < assignment.length; r++) {
    const c = assignment[r] as number
    for (let d = 0; d < dimensions; d++) {
      centroids[c * dimensions + d] =
        (centroids[c * dimensions + d] as number) + (rows[r * dimensions + d] as number)
    }
  }
  normalizeRows(centroids, dimensions)
  return centroids
}
