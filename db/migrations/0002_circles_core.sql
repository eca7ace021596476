CREATE TABLE "circle_facilitators" (
	"circle_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_facilitators_circle_id_user_id_pk" PRIMARY KEY("circle_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "circle_gathering_rsvps" (
	"gathering_id" text NOT NULL,
	"user_id" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_gathering_rsvps_gathering_id_user_id_pk" PRIMARY KEY("gathering_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "circle_gatherings" (
	"id" text PRIMARY KEY NOT NULL,
	"circle_id" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"online_url" text,
	"place" text,
	"capacity" integer,
	"created_by" text,
	"reminder_sent_at" timestamp with time zone,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_invitations" (
	"id" text PRIMARY KEY NOT NULL,
	"circle_id" text NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" text,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_memberships" (
	"id" text PRIMARY KEY NOT NULL,
	"circle_id" text NOT NULL,
	"user_id" text NOT NULL,
	"status" text NOT NULL,
	"request_message" text,
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	"identity" text DEFAULT 'display_name' NOT NULL,
	"pseudonym" text,
	"pseudonym_key" text,
	"accepted_rules_version" integer,
	"muted_until" timestamp with time zone,
	"mute_reason" text,
	"approved_post_count" integer DEFAULT 0 NOT NULL,
	"joined_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_post_revisions" (
	"id" text PRIMARY KEY NOT NULL,
	"post_id" text NOT NULL,
	"body" text NOT NULL,
	"content_warning" text,
	"edited_by" text,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_post_supports" (
	"post_id" text NOT NULL,
	"membership_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_post_supports_post_id_membership_id_pk" PRIMARY KEY("post_id","membership_id")
);
--> statement-breakpoint
CREATE TABLE "circle_posts" (
	"id" text PRIMARY KEY NOT NULL,
	"thread_id" text NOT NULL,
	"circle_id" text NOT NULL,
	"author_membership_id" text NOT NULL,
	"is_opener" boolean DEFAULT false NOT NULL,
	"body" text NOT NULL,
	"content_warning" text,
	"quote_of_post_id" text,
	"status" text DEFAULT 'visible' NOT NULL,
	"hold_reason" text,
	"delete_reason" text,
	"deleted_by_role" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "circle_rules_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"circle_id" text NOT NULL,
	"version" integer NOT NULL,
	"body_markdown" text NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_thread_follows" (
	"thread_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_thread_follows_thread_id_user_id_pk" PRIMARY KEY("thread_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "circle_threads" (
	"id" text PRIMARY KEY NOT NULL,
	"circle_id" text NOT NULL,
	"title" text NOT NULL,
	"author_membership_id" text NOT NULL,
	"last_post_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circles" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"time_zone" text NOT NULL,
	"capacity" integer,
	"first_posts_held" integer DEFAULT 2 NOT NULL,
	"rules_version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "circle_facilitators" ADD CONSTRAINT "circle_facilitators_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_facilitators" ADD CONSTRAINT "circle_facilitators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_gathering_rsvps" ADD CONSTRAINT "circle_gathering_rsvps_gathering_id_circle_gatherings_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."circle_gatherings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_gathering_rsvps" ADD CONSTRAINT "circle_gathering_rsvps_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_gatherings" ADD CONSTRAINT "circle_gatherings_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_gatherings" ADD CONSTRAINT "circle_gatherings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_invitations" ADD CONSTRAINT "circle_invitations_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_invitations" ADD CONSTRAINT "circle_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_invitations" ADD CONSTRAINT "circle_invitations_used_by_users_id_fk" FOREIGN KEY ("used_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_memberships" ADD CONSTRAINT "circle_memberships_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_memberships" ADD CONSTRAINT "circle_memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_post_revisions" ADD CONSTRAINT "circle_post_revisions_post_id_circle_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."circle_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_post_revisions" ADD CONSTRAINT "circle_post_revisions_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_post_supports" ADD CONSTRAINT "circle_post_supports_post_id_circle_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."circle_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_post_supports" ADD CONSTRAINT "circle_post_supports_membership_id_circle_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."circle_memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_posts" ADD CONSTRAINT "circle_posts_thread_id_circle_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."circle_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_posts" ADD CONSTRAINT "circle_posts_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_posts" ADD CONSTRAINT "circle_posts_author_membership_id_circle_memberships_id_fk" FOREIGN KEY ("author_membership_id") REFERENCES "public"."circle_memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_rules_versions" ADD CONSTRAINT "circle_rules_versions_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_rules_versions" ADD CONSTRAINT "circle_rules_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_thread_follows" ADD CONSTRAINT "circle_thread_follows_thread_id_circle_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."circle_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_thread_follows" ADD CONSTRAINT "circle_thread_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_threads" ADD CONSTRAINT "circle_threads_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_threads" ADD CONSTRAINT "circle_threads_author_membership_id_circle_memberships_id_fk" FOREIGN KEY ("author_membership_id") REFERENCES "public"."circle_memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circles" ADD CONSTRAINT "circles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "circle_facilitators_user_idx" ON "circle_facilitators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "circle_gathering_rsvps_queue_idx" ON "circle_gathering_rsvps" USING btree ("gathering_id","status","created_at");--> statement-breakpoint
CREATE INDEX "circle_gathering_rsvps_user_idx" ON "circle_gathering_rsvps" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "circle_gatherings_circle_idx" ON "circle_gatherings" USING btree ("circle_id","starts_at");--> statement-breakpoint
CREATE INDEX "circle_gatherings_starts_idx" ON "circle_gatherings" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "circle_invitations_token_key" ON "circle_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "circle_invitations_circle_idx" ON "circle_invitations" USING btree ("circle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "circle_memberships_circle_user_key" ON "circle_memberships" USING btree ("circle_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "circle_memberships_pseudonym_key" ON "circle_memberships" USING btree ("circle_id","pseudonym_key");--> statement-breakpoint
CREATE INDEX "circle_memberships_user_idx" ON "circle_memberships" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "circle_memberships_circle_status_idx" ON "circle_memberships" USING btree ("circle_id","status");--> statement-breakpoint
CREATE INDEX "circle_post_revisions_post_idx" ON "circle_post_revisions" USING btree ("post_id","created_at");--> statement-breakpoint
CREATE INDEX "circle_posts_thread_page_idx" ON "circle_posts" USING btree ("thread_id","created_at","id");--> statement-breakpoint
CREATE INDEX "circle_posts_circle_status_idx" ON "circle_posts" USING btree ("circle_id","status");--> statement-breakpoint
CREATE INDEX "circle_posts_author_idx" ON "circle_posts" USING btree ("author_membership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "circle_rules_versions_circle_version_key" ON "circle_rules_versions" USING btree ("circle_id","version");--> statement-breakpoint
CREATE INDEX "circle_thread_follows_user_idx" ON "circle_thread_follows" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "circle_threads_circle_idx" ON "circle_threads" USING btree ("circle_id","last_post_at");--> statement-breakpoint
CREATE UNIQUE INDEX "circles_slug_key" ON "circles" USING btree ("slug");