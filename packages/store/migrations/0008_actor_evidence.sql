CREATE TABLE "actor_evidence" (
	"extracted_id" text NOT NULL,
	"field" text NOT NULL,
	"value" text NOT NULL,
	"article_id" text NOT NULL,
	"dated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "actor_evidence_extracted_id_field_value_article_id_pk" PRIMARY KEY("extracted_id","field","value","article_id")
);
--> statement-breakpoint
ALTER TABLE "actor_identities" ADD COLUMN "parent_id" text;--> statement-breakpoint
ALTER TABLE "actors" ADD COLUMN "wikidata" text;--> statement-breakpoint
ALTER TABLE "actors" ADD COLUMN "registered" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "actor_evidence" ADD CONSTRAINT "actor_evidence_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
UPDATE "actor_identities" SET "parent_id" = "canonical_id" WHERE "actor_id" <> "canonical_id";--> statement-breakpoint
INSERT INTO "actor_evidence" ("extracted_id", "field", "value", "article_id", "dated_at")
SELECT actor->>'id', f.field, f.value, a.id, a.dated_at
FROM "articles" a
CROSS JOIN LATERAL jsonb_array_elements(a.analysis->'actors') AS actor
CROSS JOIN LATERAL (VALUES ('name', actor->>'name'), ('role', actor->>'role'), ('affiliation', actor->>'affiliation')) AS f(field, value)
WHERE f.value IS NOT NULL AND f.value <> ''
ON CONFLICT DO NOTHING;
