ALTER TABLE "statement_terms" DROP CONSTRAINT "statement_terms_article_id_ordinal_statements_article_id_ordinal_fk";
--> statement-breakpoint
-- The foreign key's cascade, kept by a trigger: once per delete statement (an article's cascade is one), its
-- deleted statements' terms in one join, where the key checked the statement for every lexeme ingest wrote.
CREATE FUNCTION "statement_terms_follow_deletes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "statement_terms" AS t USING "gone_statements" AS g
    WHERE t."article_id" = g."article_id" AND t."ordinal" = g."ordinal";
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "statements_delete_terms" AFTER DELETE ON "statements"
  REFERENCING OLD TABLE AS "gone_statements" FOR EACH STATEMENT EXECUTE FUNCTION "statement_terms_follow_deletes"();
