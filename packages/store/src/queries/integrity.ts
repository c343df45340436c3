import { sql } from 'drizzle-orm'
import { queryRows, type Store } from '../database.ts'

/**
 * A row whose stored counts disagree with the rows that back them; an actor no article, statement nor registry
 * entry backs (`orphans`: a failed ingest's leftover, which `sweepOrphans` removes; not a lone word whose articles
 * all name people by identity per article); an identity whose canonical
 * actor has no row (`identities`); a per-article identity of an article that is not stored (`article-identities`,
 * id `article/extracted id`: an ingest that died between its two transactions, which `sweepOrphans` removes), or
 * of a lone word that no longer stands on its own (registered or curated); a person whose role or affiliation an
 * article changed and whose lone-word articles are not yet decided again (`fact-settles`, id `article/actor id`:
 * the transaction after the article's failed or has not run yet, but not one being paid now; `sweepOrphans` or the
 * article's next ingest pays it);
 * a statement term no statement backs (`statement-terms`, id `article/ordinal`: its statement is gone, or its content
 * has no such lexeme), which search would find with no statement to show, since no foreign key holds the terms.
 */
export type Inconsistency = {
  table:
    | 'articles'
    | 'actors'
    | 'orphans'
    | 'identities'
    | 'article-identities'
    | 'fact-settles'
    | 'stances'
    | 'statements'
    | 'statement-terms'
  id: string
}

/**
 * Checks that every article's counts match its statements and actors, every actor's article count matches
 * the articles that name it, every stance count matches its statements, every statement has one term
 * for each lexeme of its content and every term a statement with that lexeme: what an interrupted or half-applied ingest would break or leave behind. Reads every table: for checks and tests, not for request paths.
 * @example expect(await findInconsistencies(store)).toEqual([])
 */
export async function findInconsistencies(store: Store): Promise<Inconsistency[]> {
  return queryRows<Inconsistency>(
    store.db,
    sql`select 'articles' as "table", a.id from articles a
        where a.statement_count <> (select count(*) from statements s where s.article_id = a.id)
           or a.actor_count <> (select count(*) from article_actors x where x.article_id = a.id)
      union all
      select 'actors', r.id from actors r
        where r.article_count <> (select count(*) from article_actors x where x.actor_id = r.id)
           or r.statement_count <> (select count(*) from statements s where s.speaker_id = r.id)
      union all
      select 'orphans', r.id from actors r
        where r.article_count = 0 and not r.registered
          and not exists (select 1 from article_actors x where x.actor_id = r.id)
          and not exists (select 1 from statements s where s.speaker_id = r.id or s.target_id = r.id)
          -- A lone word whose every article names a person by identity per article is no leftover.
          and not exists (select 1 from article_identities x join articles a on a.id = x.article_id
            where x.extracted_id = r.id)
      union all
      select 'identities', i.actor_id from actor_identities i
        where not exists (select 1 from actors r where r.id = i.canonical_id)
      union all
      select 'article-identities', x.article_id || '/' || x.extracted_id from article_identities x
        where not exists (select 1 from articles a where a.id = x.article_id)
          -- Per-article rows hold only for a lone word standing on its own: not registered, not curated.
          or exists (select 1 from actors r where r.id = x.extracted_id and r.registered)
          or exists (select 1 from actor_identities i where i.actor_id = x.extracted_id and i.curated)
      union all
      -- A debt being paid (its payer holds it for update until it commits) is an ingest in flight, not a leftover.
      select 'fact-settles', o.article_id || '/' || o.actor_id from fact_settles_owed o
        where (o.article_id, o.actor_id) in (select article_id, actor_id from fact_settles_owed for key share skip locked)
      union all
      select 'stances', t.source_id || ' ' || t.target_id || ' ' || t.polarity from stances t
        where t.statement_count <> (select count(*) from statements s
          where s.speaker_id = t.source_id and s.target_id = t.target_id and s.polarity = t.polarity)
      union all
      select 'statements', s.article_id || '/' || s.id from statements s
        where coalesce(array_length(tsvector_to_array(s.search), 1), 0) <> (select count(*) from statement_terms w
          where w.article_id = s.article_id and w.ordinal = s.ordinal and w.lexeme = any(tsvector_to_array(s.search)))
      union all
      select distinct 'statement-terms', w.article_id || '/' || w.ordinal from statement_terms w
        where not exists (select 1 from statements s where s.article_id = w.article_id and s.ordinal = w.ordinal
          and w.lexeme = any(tsvector_to_array(s.search)))
      order by 1, 2`,
  )
}
