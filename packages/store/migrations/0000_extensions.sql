-- Trigram indexes make actor name and alias search fast; pg_trgm is a trusted extension (PostgreSQL 13+),
-- so a database owner may create it, and PGlite loads it from its contrib bundle.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
