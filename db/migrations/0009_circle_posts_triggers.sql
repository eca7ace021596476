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
--> statement-breakpoint
-- circle_threads.reply_count follows the visible replies of each thread, whichever path writes them (a reply, a
-- moderator's decision, a deletion), so the thread list reads a number instead of counting a thread's posts.
CREATE OR REPLACE FUNCTION circle_threads_count_replies() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND NOT OLD.is_opener AND OLD.status = 'visible' THEN
    UPDATE circle_threads SET reply_count = reply_count - 1 WHERE id = OLD.thread_id;
  END IF;
  IF TG_OP <> 'DELETE' AND NOT NEW.is_opener AND NEW.status = 'visible' THEN
    UPDATE circle_threads SET reply_count = reply_count + 1 WHERE id = NEW.thread_id;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER circle_posts_reply_count_insert_delete AFTER INSERT OR DELETE ON circle_posts
  FOR EACH ROW EXECUTE FUNCTION circle_threads_count_replies();
--> statement-breakpoint
CREATE TRIGGER circle_posts_reply_count_update AFTER UPDATE OF status, is_opener, thread_id ON circle_posts
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.is_opener IS DISTINCT FROM NEW.is_opener OR OLD.thread_id IS DISTINCT FROM NEW.thread_id)
  EXECUTE FUNCTION circle_threads_count_replies();
--> statement-breakpoint
UPDATE circle_threads t SET reply_count = c.n
  FROM (SELECT thread_id, count(*)::int AS n FROM circle_posts WHERE NOT is_opener AND status = 'visible' GROUP BY thread_id) c
  WHERE c.thread_id = t.id;
