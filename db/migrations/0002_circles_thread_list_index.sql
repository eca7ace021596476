DROP INDEX "circle_threads_circle_idx";--> statement-breakpoint
CREATE INDEX "circle_threads_list_idx" ON "circle_threads" USING btree ("circle_id","last_post_at","id");