// Gives a thread's freed heap back to the system on that thread. A full garbage collection that reduces memory
// ("last resort": it releases the heap's pooled pages too) is taken here, after an analysis thread has sent a long
// analysis: its heap grew to the text's size, and V8 keeps the freed pages in a pool. Ending the thread instead (as
// the pool once did) handed those pages to another thread of the process to unmap, eight seconds later, in one
// piece: V8 posts that release to the server's own thread, which stopped for 0.3 s at a 4 MB article (and 0.6 s
// for a 600 MB heap in a test), a stop proportional to the ended thread's heap.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** The options of V8's `gc` (as `--expose-gc` gives it) that this file uses. */
type GcOptions = { type: 'major'; execution: 'sync'; flavor: 'last-resort' }

let collect: ((options: GcOptions) => void) | undefined

/**
 * Collects all garbage of the calling thread, reducing its heap and releasing the pages V8 pooled, synchronously
 * (a few hundred ms after a 10 MB analysis, on the calling thread only). `gc` is taken from a context made while
 * `--expose-gc` is on, which is then turned off again: contexts made later get no `gc`.
 * @example releaseMemory() // after dropping the last reference to a large value
 */
export function releaseMemory(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc')
    try {
      collect = runInNewContext('gc') as (options: GcOptions) => void
    } finally {
      setFlagsFromString('--no-expose-gc')
    }
  }
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' })
}
