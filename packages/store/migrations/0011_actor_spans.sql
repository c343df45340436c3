CREATE TABLE "actor_spans" (
	"extracted_id" text PRIMARY KEY NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
INSERT INTO "actor_spans" ("extracted_id", "first_at", "last_at")
SELECT e.extracted_id, min(a.published_at), max(a.published_at)
FROM "actor_evidence" e
JOIN "articles" a ON a.id = e.article_id
WHERE e.field = 'name' AND a.published_at IS NOT NULL
GROUP BY e.extracted_id;
