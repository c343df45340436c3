import { sql } from 'drizzle-orm'
import { type Database, queryRows } from './database.ts'

/** One SQL migration: its statements, when drizzle-kit made it, and the hash of its file. */
export type Migration = { sql: readonly string[]; folderMillis: number; hash: string }

/** An arbitrary but fixed advisory-lock key, so that two processes starting together migrate one after the other. */
const MIGRATION_LOCK = 0x77686f73

/**
 * Applies the migrations the database has not seen yet, in one transaction, and returns how many ran.
 * Records them in drizzle-kit's own table (`drizzle.__drizzle_migrations`), so `drizzle-kit migrate` agrees.
 * @example await migrate(store.db, MIGRATIONS)
 */
export async function migrate(db: Database, migrations: readonly Migration[]): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`)
    await tx.execute(sql`create schema if not exists drizzle`)
    await tx.execute(
      sql`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`,
    )
    const [last] = await queryRows<{ created_at: string | number }>(
      tx,
      sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    )
    const after = last === undefined ? -1 : Number(last.created_at)
    let applied = 0
    for (const migration of migrations) {
      if (migration.folderMillis <= after) continue
      for (const statement of migration.sql) {
        if (statement.trim() !== '') await tx.execute(sql.raw(statement))
      }
      await tx.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`,
      )
      applied++
    }
    return applied
  })
}
