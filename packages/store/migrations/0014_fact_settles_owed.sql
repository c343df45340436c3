CREATE TABLE "fact_settles_owed" (
	"article_id" text NOT NULL,
	"actor_id" text NOT NULL,
	CONSTRAINT "fact_settles_owed_article_id_actor_id_pk" PRIMARY KEY("article_id","actor_id")
);
--> statement-breakpoint
ALTER TABLE "fact_settles_owed" ADD CONSTRAINT "fact_settles_owed_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;