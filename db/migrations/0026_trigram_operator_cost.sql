-- Search's typo lookup (app/search/engine/postgres-query.ts) finds indexed words close to a query word with
-- pg_trgm's % and <% operators. pg_trgm declares their functions as cheap as comparing two integers (cost 1), but
-- each call builds the trigram sets of both words. With that cost the planner read every word of a small or
-- middling vocabulary one by one (3,100 words on the demo network: 14 ms of CPU on PGlite per search) instead of
-- asking the trigram index (6 ms); the words found are the same. Declaring a realistic cost lets it choose.
-- Where the migration's role does not own the extension (some managed servers), the costs stay as they were: a
-- slower plan, not an error.
DO $$ BEGIN
  ALTER FUNCTION similarity_op(text, text) COST 50;
  ALTER FUNCTION word_similarity_op(text, text) COST 50;
  ALTER FUNCTION word_similarity_commutator_op(text, text) COST 50;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pg_trgm operator costs left unchanged: this role does not own the extension';
END $$;
