CREATE TABLE "form_submissions" (
	"actor" text NOT NULL,
	"token" text NOT NULL,
	"kind" text NOT NULL,
	"result_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_submissions_actor_token_pk" PRIMARY KEY("actor","token")
);
--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD COLUMN "post_status_before" text;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD COLUMN "post_status_after" text;