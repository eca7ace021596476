-- Replies to a busy thread no longer queue on the thread's row for their whole transaction. The kept
-- reply count (and now the thread's last activity, for a new visible reply) is written by a trigger that
-- runs at COMMIT (a deferred constraint trigger) instead of at the INSERT, so each transaction holds the
-- thread's row lock only for the instant of its commit, not while it screens, notifies every follower
-- and writes its audit row.
CREATE OR REPLACE FUNCTION circle_threads_count_replies() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND NOT OLD.is_opener AND OLD.status = 'visible' THEN
    UPDATE circle_threads SET reply_count = reply_count - 1 WHERE id = OLD.thread_id;
  END IF;
  IF TG_OP = 'INSERT' AND NOT NEW.is_opener AND NEW.status = 'visible' THEN
    UPDATE circle_threads SET reply_count = reply_count + 1, last_post_at = greatest(last_post_at, NEW.created_at)
      WHERE id = NEW.thread_id;
  ELSIF TG_OP = 'UPDATE' AND NOT NEW.is_opener AND NEW.status = 'visible' THEN
    UPDATE circle_threads SET reply_count = reply_count + 1 WHERE id = NEW.thread_id;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS circle_posts_reply_count_insert_delete ON circle_posts;
--> statement-breakpoint
DROP TRIGGER IF EXISTS circle_posts_reply_count_update ON circle_posts;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER circle_posts_reply_count_insert_delete AFTER INSERT OR DELETE ON circle_posts
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION circle_threads_count_replies();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER circle_posts_reply_count_update AFTER UPDATE OF status, is_opener, thread_id ON circle_posts
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.is_opener IS DISTINCT FROM NEW.is_opener OR OLD.thread_id IS DISTINCT FROM NEW.thread_id)
  EXECUTE FUNCTION circle_threads_count_replies();
