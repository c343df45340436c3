CREATE TABLE "statement_terms" (
	"lexeme" text NOT NULL,
	"dated_at" timestamp with time zone NOT NULL,
	"article_id" text NOT NULL,
	"ordinal" integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "statements_ordinal_idx" ON "statements" USING btree ("article_id","ordinal");--> statement-breakpoint
-- Statements stored before this migration get their terms as ingest now writes them (termsOfArticle): one row
-- per lexeme of the statement's text search vector. Filled before the index is built, as a bulk load is.
INSERT INTO "statement_terms" ("lexeme", "dated_at", "article_id", "ordinal")
  SELECT unnest(tsvector_to_array("search")), "dated_at", "article_id", "ordinal" FROM "statements";--> statement-breakpoint
ALTER TABLE "statement_terms" ADD CONSTRAINT "statement_terms_article_id_ordinal_statements_article_id_ordinal_fk" FOREIGN KEY ("article_id","ordinal") REFERENCES "public"."statements"("article_id","ordinal") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statement_terms_idx" ON "statement_terms" USING btree ("lexeme","dated_at" DESC NULLS LAST,"article_id" DESC NULLS LAST,"ordinal");
