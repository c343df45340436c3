ALTER TABLE "articles" ADD COLUMN "language" text;--> statement-breakpoint
-- Articles stored before this migration keep the language their stored analysis gives, if any (none did before
-- core identified languages, so most stay null: unknown, not English).
UPDATE "articles" SET "language" = "analysis"->'article'->>'language' WHERE "analysis"->'article' ? 'language';
