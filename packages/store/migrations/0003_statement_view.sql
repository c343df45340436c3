ALTER TABLE "statements" ADD COLUMN "view" text;--> statement-breakpoint
-- Statements stored before this migration get the view that ingest now writes (statementViewJson): the stored
-- statement without its closing brace, then the article id, title and date, the quote, and the names and words
-- that are not null. to_json escapes text as JSON.stringify does. (A statement stored before 0002, as jsonb,
-- keeps jsonb's spacing and key order: the same value, other bytes.) This rewrites every statement row once.
UPDATE "statements" AS "s" SET "view" = concat(
  rtrim(left(rtrim("s"."data"::text, E' \t\n\r'), -1), E' \t\n\r'),
  CASE WHEN rtrim(left(rtrim("s"."data"::text, E' \t\n\r'), -1), E' \t\n\r') = '{' THEN '' ELSE ',' END,
  '"articleId":', to_json("s"."article_id")::text,
  ',"articleTitle":', coalesce(to_json((SELECT "a"."title" FROM "articles" AS "a" WHERE "a"."id" = "s"."article_id"))::text, 'null'),
  ',"date":', to_json(to_char("s"."dated_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text,
  ',"quote":', to_json("s"."quote")::text,
  ',"speakerName":' || to_json((SELECT "p"."name" FROM "actors" AS "p" WHERE "p"."id" = "s"."speaker_id"))::text,
  ',"targetName":' || to_json((SELECT "t"."name" FROM "actors" AS "t" WHERE "t"."id" = "s"."target_id"))::text,
  ',"cueText":' || to_json("s"."cue_text")::text,
  ',"sourceText":' || to_json("s"."source_text")::text,
  '}'
);--> statement-breakpoint
ALTER TABLE "statements" ALTER COLUMN "view" SET NOT NULL;
