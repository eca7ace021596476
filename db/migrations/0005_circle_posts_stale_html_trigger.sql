-- A post's stored HTML must never outlive its body: any UPDATE that changes the body without also writing
-- new HTML (a moderator's redaction, an edit reversed on appeal, a script) clears the stored HTML, and the
-- page renders the new body until it is stored again.
CREATE OR REPLACE FUNCTION circle_posts_clear_stale_html() RETURNS trigger AS $$
BEGIN
  IF NEW.body IS DISTINCT FROM OLD.body AND NEW.body_html IS NOT DISTINCT FROM OLD.body_html THEN
    NEW.body_html := NULL;
    NEW.body_html_version := NULL;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER circle_posts_stale_html BEFORE UPDATE OF body, body_html ON circle_posts
  FOR EACH ROW EXECUTE FUNCTION circle_posts_clear_stale_html();
