-- Statements stored before this migration get the field that ingest now writes last in a statement's view:
-- which of its article's dates "date" is, "publishedAt" when the article has one, else "ingestedAt" (the day it
-- was stored), so that a reader is never shown the day an article was stored as the day it was published.
UPDATE "statements" AS "s" SET "view" = concat(
  left("s"."view", -1),
  ',"dateSource":',
  CASE WHEN "a"."published_at" IS NULL THEN '"ingestedAt"' ELSE '"publishedAt"' END,
  '}'
) FROM "articles" AS "a" WHERE "a"."id" = "s"."article_id";
