ALTER TABLE "circle_posts" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "circle_posts" ADD COLUMN "body_html_version" integer;--> statement-breakpoint
ALTER TABLE "circle_threads" ADD COLUMN "reply_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "circle_post_supports_membership_idx" ON "circle_post_supports" USING btree ("membership_id","post_id");--> statement-breakpoint
CREATE INDEX "circle_posts_opener_idx" ON "circle_posts" USING btree ("thread_id") WHERE is_opener;--> statement-breakpoint
CREATE INDEX "circles_name_idx" ON "circles" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "resources_list_order_idx" ON "resources" USING btree ("status","year" DESC NULLS LAST,"title");