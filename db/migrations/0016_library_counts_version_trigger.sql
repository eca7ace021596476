-- The library's facet counts are kept per process (app/library/listing.server.ts) under the version they
-- were counted at. Any statement that changes resources, through whichever process or script, bumps the
-- version in its own transaction, so the next request in every process counts again.
INSERT INTO kept_count_versions (name, version) VALUES ('resources', 0) ON CONFLICT (name) DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kept_count_versions_bump_resources() RETURNS trigger AS $$
BEGIN
  UPDATE kept_count_versions SET version = version + 1 WHERE name = 'resources';
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER resources_bump_kept_counts AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON resources
  FOR EACH STATEMENT EXECUTE FUNCTION kept_count_versions_bump_resources();
