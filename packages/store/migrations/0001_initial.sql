CREATE TABLE "actors" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"role" text,
	"affiliation" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_text" text NOT NULL,
	"article_count" integer DEFAULT 0 NOT NULL,
	"statement_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_actors" (
	"article_id" text NOT NULL,
	"actor_id" text NOT NULL,
	CONSTRAINT "article_actors_article_id_actor_id_pk" PRIMARY KEY("article_id","actor_id")
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text,
	"dateline" text,
	"text" text NOT NULL,
	"excerpt" text NOT NULL,
	"url" text,
	"source" text,
	"published_at" timestamp with time zone,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dated_at" timestamp with time zone NOT NULL,
	"actor_count" integer NOT NULL,
	"statement_count" integer NOT NULL,
	"extractor_version" text NOT NULL,
	"analysis" jsonb NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, left(coalesce(title, '') || ' ' || text, 500000))) STORED
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"article_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"form" text,
	CONSTRAINT "mentions_article_id_actor_id_start_end_pk" PRIMARY KEY("article_id","actor_id","start","end")
);
--> statement-breakpoint
CREATE TABLE "stances" (
	"source_id" text NOT NULL,
	"target_id" text NOT NULL,
	"polarity" text NOT NULL,
	"statement_count" integer NOT NULL,
	CONSTRAINT "stances_source_id_target_id_polarity_pk" PRIMARY KEY("source_id","target_id","polarity")
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"article_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer NOT NULL,
	"speaker_id" text,
	"target_id" text,
	"polarity" text,
	"mode" text NOT NULL,
	"negated" boolean NOT NULL,
	"dated_at" timestamp with time zone NOT NULL,
	"quote" text NOT NULL,
	"cue_text" text,
	"source_text" text,
	"data" jsonb NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, left(quote, 500000))) STORED,
	CONSTRAINT "statements_article_id_id_pk" PRIMARY KEY("article_id","id")
);
--> statement-breakpoint
ALTER TABLE "article_actors" ADD CONSTRAINT "article_actors_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_actors" ADD CONSTRAINT "article_actors_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actors_rank_idx" ON "actors" USING btree ("article_count" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "actors_kind_rank_idx" ON "actors" USING btree ("kind","article_count" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "actors_search_idx" ON "actors" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "article_actors_actor_idx" ON "article_actors" USING btree ("actor_id","article_id");--> statement-breakpoint
CREATE INDEX "articles_dated_idx" ON "articles" USING btree ("dated_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "mentions_actor_idx" ON "mentions" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "stances_rank_idx" ON "stances" USING btree ("statement_count" DESC NULLS LAST,"source_id","target_id","polarity");--> statement-breakpoint
CREATE INDEX "stances_target_idx" ON "stances" USING btree ("target_id","statement_count" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "statements_dated_idx" ON "statements" USING btree ("dated_at" DESC NULLS LAST,"article_id" DESC NULLS LAST,"ordinal");--> statement-breakpoint
CREATE INDEX "statements_speaker_idx" ON "statements" USING btree ("speaker_id","dated_at" DESC NULLS LAST,"article_id" DESC NULLS LAST,"ordinal");--> statement-breakpoint
CREATE INDEX "statements_target_idx" ON "statements" USING btree ("target_id","dated_at" DESC NULLS LAST,"article_id" DESC NULLS LAST,"ordinal");--> statement-breakpoint
CREATE INDEX "statements_polarity_idx" ON "statements" USING btree ("polarity","dated_at" DESC NULLS LAST,"article_id" DESC NULLS LAST,"ordinal");--> statement-breakpoint
CREATE INDEX "statements_search_idx" ON "statements" USING gin ("search");