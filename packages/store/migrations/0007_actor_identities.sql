CREATE TABLE "actor_identities" (
	"actor_id" text PRIMARY KEY NOT NULL,
	"canonical_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"rule" text NOT NULL,
	"reason" text NOT NULL,
	"article_id" text,
	"curated" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "actor_name_keys" (
	"key" text NOT NULL,
	"actor_id" text NOT NULL,
	CONSTRAINT "actor_name_keys_key_actor_id_pk" PRIMARY KEY("key","actor_id")
);
--> statement-breakpoint
CREATE INDEX "actor_identities_canonical_idx" ON "actor_identities" USING btree ("canonical_id");--> statement-breakpoint
CREATE INDEX "actor_name_keys_actor_idx" ON "actor_name_keys" USING btree ("actor_id");--> statement-breakpoint
INSERT INTO "actor_identities" ("actor_id", "canonical_id", "name", "kind", "rule", "reason")
SELECT "id", "id", "name", "kind", 'own', 'stored before identities' FROM "actors";
