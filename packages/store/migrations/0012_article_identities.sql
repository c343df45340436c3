CREATE TABLE "article_identities" (
	"article_id" text NOT NULL,
	"extracted_id" text NOT NULL,
	"canonical_id" text NOT NULL,
	"rule" text NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "article_identities_article_id_extracted_id_pk" PRIMARY KEY("article_id","extracted_id")
);
--> statement-breakpoint
CREATE INDEX "article_identities_extracted_idx" ON "article_identities" USING btree ("extracted_id");--> statement-breakpoint
CREATE INDEX "article_identities_canonical_idx" ON "article_identities" USING btree ("canonical_id");