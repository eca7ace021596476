ALTER TABLE "circle_posts" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "circle_posts" ADD COLUMN "body_html_version" integer;--> statement-breakpoint
ALTER TABLE "circle_threads" ADD COLUMN "reply_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "circles_name_idx" ON "circles" USING btree ("name","id");