-- Facet counts are kept by each app process under a version number (ADR 015). Any statement that could change
-- them bumps the version in the same transaction, so every process sees the change on its next request.
INSERT INTO kept_count_versions (scope, version) VALUES ('directory', 0), ('library', 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kept_count_versions_bump() RETURNS trigger AS $$
BEGIN
  UPDATE kept_count_versions SET version = version + 1 WHERE scope = TG_ARGV[0];
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER facilitator_profiles_kept_counts AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON facilitator_profiles
  FOR EACH STATEMENT EXECUTE FUNCTION kept_count_versions_bump('directory');
--> statement-breakpoint
-- The public directory lists profiles of facilitators who are not suspended.
CREATE TRIGGER users_kept_counts AFTER UPDATE OF role, suspended_at OR DELETE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION kept_count_versions_bump('directory');
--> statement-breakpoint
CREATE TRIGGER resources_kept_counts AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON resources
  FOR EACH STATEMENT EXECUTE FUNCTION kept_count_versions_bump('library');
