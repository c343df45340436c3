-- The search index without a pending list: PGlite runs no autovacuum to fold it in, so every search read all of
-- it (up to 4 MB). Where each article's body starts, as a column: a read of it parsed the whole analysis.
DROP INDEX "articles_search_idx";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "body_start" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "articles" SET "body_start" = coalesce(("analysis"->'article'->'body'->>'start')::int, 0);--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search") WITH (fastupdate=false);
