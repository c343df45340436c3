// A write that fails partway: a trigger that refuses any statement whose quote holds a word.
import { sql } from 'drizzle-orm'
import type { Store } from '../src/database.ts'

/**
 * Makes the store refuse (raise on insert) every statement whose quote contains `word`, so that an article's own
 * transaction fails after its identities are settled. Returns the undo, which drops the trigger.
 */
export async function refuseStatementsSaying(store: Store, word: string): Promise<() => Promise<void>> {
  if (!/^[a-z]+$/.test(word)) throw new Error(`refuseStatementsSaying takes one lower-case word, not ${word}`)
  await store.db.execute(
    sql.raw(`create or replace function refuse_${word}() returns trigger language plpgsql as $$
      begin if new.quote like '%${word}%' then raise exception '${word} refused'; end if; return new; end $$`),
  )
  await store.db.execute(
    sql.raw(
      `create trigger statements_refuse_${word} before insert on statements for each row execute function refuse_${word}()`,
    ),
  )
  return async () => {
    await store.db.execute(sql.raw(`drop trigger statements_refuse_${word} on statements`))
  }
}
