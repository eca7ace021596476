ALTER TABLE "circle_posts" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "circle_posts" ADD COLUMN "body_html_version" integer;