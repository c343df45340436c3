// Values of many megabytes in one row (a long article's text, its analysis's JSON), sent to the database a part per
// statement and joined there by the statement that writes the row. postgres.js builds each statement's message
// whole on the caller's thread, copying it several times as it grows: the one INSERT of a 10 MB article's text and
// 60 MB of analysis held the API server's event loop for a third of a second (2.4 s on a loaded machine), while
// a part of a megabyte is a millisecond or so, the event loop running between parts.
import { type SQL, sql } from 'drizzle-orm'
import type { Tx } from './database.ts'
import { sliceEnd } from './json-slices.ts'

/** Characters of one part of a long text, as `stringifyInParts` makes them. */
export const CHARACTERS_PER_PART = 1 << 20

/**
 * `text` in parts of about `size` characters, never between the two halves of a surrogate pair (a lone half would
 * reach the database as U+FFFD); joined, they are the text. A short text, the empty one too, is one part.
 * @example textParts('abcdef', 4) // ['abcd', 'ef']
 */
export function textParts(text: string, size = CHARACTERS_PER_PART): string[] {
  if (text.length <= size) return [text]
  const parts: string[] = []
  for (let at = 0; at < text.length; ) {
    const end = sliceEnd(text, at + size)
    parts.push(text.slice(at, end))
    at = end
  }
  return parts
}

/** Tells apart the values staged in one transaction. */
let nextKey = 0

/**
 * The SQL text expression of `parts` joined, for a statement of the transaction `tx`: one part is a parameter of
 * that statement; more are inserted one per statement into a temporary table of the session, emptied at the
 * transaction's end, and the expression joins them there in one allocation. Each part is asked for once the one
 * before is sent (`parts` may be made as they are asked for, `jsonParts`), so the caller holds one part at a time.
 * @example const text = await stagedText(tx, textParts(article.text)); await tx.insert(articles).values({ …, text })
 */
export async function stagedText(tx: Tx, parts: Iterable<string> | AsyncIterable<string>): Promise<SQL> {
  let key: number | undefined
  let held: string | undefined
  let n = 0
  const send = async (part: string) => {
    await tx.execute(sql`insert into staged_text (key, n, part) values (${key}, ${n++}, ${part})`)
  }
  for await (const part of parts) {
    if (held === undefined) {
      held = part
      continue
    }
    if (key === undefined) {
      await tx.execute(
        sql`create temporary table if not exists staged_text (key int not null, n int not null, part text not null) on commit delete rows`,
      )
      nextKey = (nextKey + 1) % 0x7fffffff
      key = nextKey
      await send(held)
      held = ''
    }
    await send(part)
  }
  if (key === undefined) return sql`${held ?? ''}::text`
  return sql`(select string_agg(part, '' order by n) from staged_text where key = ${key})`
}
