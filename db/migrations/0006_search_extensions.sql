-- Postgres search (ADR 006): trigram similarity for typo tolerance, unaccent so "Maori" finds
-- "Māori", levenshtein to bound typos. PGlite ships all three (db/client.ts loads them).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;--> statement-breakpoint
-- The site's text search configuration: no stemming (the library mixes English, French, te reo
-- Māori and more), accents folded. Used for both the documents and the queries.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'rn_search') THEN
    CREATE TEXT SEARCH CONFIGURATION rn_search (COPY = simple);
    ALTER TEXT SEARCH CONFIGURATION rn_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
  END IF;
END $$;
