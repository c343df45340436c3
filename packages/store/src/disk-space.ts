import type { Store } from './database.ts'
import { StoreError } from './errors.ts'

/**
 * Room kept free on the embedded database's disk whatever the write. PGlite that ran out of room during a write
 * (7 MB left, its write-ahead log wanting its next 16 MB segment) did not fail the query: it spun for ever without
 * a system call, deaf to requests and to SIGTERM. Refusing writes while less than this is free keeps it far from
 * there; a data file that cannot grow fails cleanly (disk_full) anyway.
 */
export const RESERVED_BYTES = 64 * 1024 * 1024

/**
 * Room one article's write may take beyond the reserve, per UTF-16 unit of its text: the text is stored in the
 * article row and its analysis, again in statements' views and search vectors, and logged once more in the WAL.
 */
export const BYTES_PER_TEXT_UNIT = 16

/**
 * The free bytes a write of an article with a text of this length needs.
 * @example roomNeeded(1000) // RESERVED_BYTES + 16000
 */
export function roomNeeded(textLength: number): number {
  return RESERVED_BYTES + BYTES_PER_TEXT_UNIT * textLength
}

/** Mebibytes, rounded, for messages. */
function mib(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`
}

/**
 * Refuses a write, with StoreError('disk-full'), when the store's disk has less room than it needs; a store that
 * cannot tell (PostgreSQL, memory) is never refused here.
 * @example await ensureRoom(store, analysis.article.text.length)
 */
export async function ensureRoom(store: Store, textLength: number): Promise<void> {
  if (!store.freeBytes) return
  const free = await store.freeBytes()
  const needed = roomNeeded(textLength)
  if (free < needed) {
    throw new StoreError(
      'disk-full',
      `The database's disk is nearly full (${mib(free)} free, ${mib(needed)} needed to store this article safely).`,
    )
  }
}
