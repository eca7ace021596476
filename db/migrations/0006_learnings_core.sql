CREATE TABLE "learning_drafts" (
	"learning_id" text PRIMARY KEY NOT NULL,
	"kind" text DEFAULT 'new' NOT NULL,
	"stage" text DEFAULT 'editing' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"setting" text,
	"event_type" text,
	"country" text,
	"year" integer,
	"language" text DEFAULT 'en' NOT NULL,
	"tags" text DEFAULT '' NOT NULL,
	"sections" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"consent_basis" text,
	"consent_patient_family" text,
	"consent_patient_family_on" text,
	"consent_staff" text,
	"consent_staff_on" text,
	"consent_not_sought_reason" text,
	"correction_note" text,
	"requested_visibility" text DEFAULT 'public' NOT NULL,
	"submission" integer DEFAULT 0 NOT NULL,
	"first_approver_id" text,
	"return_comments" text,
	"returned_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_finding_decisions" (
	"id" text PRIMARY KEY NOT NULL,
	"learning_id" text NOT NULL,
	"finding_hash" text NOT NULL,
	"field" text NOT NULL,
	"type" text NOT NULL,
	"text" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_reflection_flags" (
	"id" text PRIMARY KEY NOT NULL,
	"reflection_id" text NOT NULL,
	"flagger_id" text,
	"reason" text NOT NULL,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_reflections" (
	"id" text PRIMARY KEY NOT NULL,
	"learning_id" text NOT NULL,
	"author_id" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'visible' NOT NULL,
	"hidden_reason" text,
	"hidden_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"learning_id" text NOT NULL,
	"reviewer_id" text NOT NULL,
	"stage" smallint NOT NULL,
	"submission" integer NOT NULL,
	"decision" text NOT NULL,
	"checklist" text[] DEFAULT '{}'::text[] NOT NULL,
	"cleared_hashes" text[] DEFAULT '{}'::text[] NOT NULL,
	"comments" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"learning_id" text NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"setting" text NOT NULL,
	"event_type" text NOT NULL,
	"country" text NOT NULL,
	"year" integer NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"sections" jsonb NOT NULL,
	"consent_basis" text NOT NULL,
	"correction_note" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learnings" (
	"id" text PRIMARY KEY NOT NULL,
	"author_id" text NOT NULL,
	"slug" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"visibility" text,
	"current_version_id" text,
	"first_published_at" timestamp with time zone,
	"last_published_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learning_drafts" ADD CONSTRAINT "learning_drafts_learning_id_learnings_id_fk" FOREIGN KEY ("learning_id") REFERENCES "public"."learnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_finding_decisions" ADD CONSTRAINT "learning_finding_decisions_learning_id_learnings_id_fk" FOREIGN KEY ("learning_id") REFERENCES "public"."learnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_reflection_flags" ADD CONSTRAINT "learning_reflection_flags_reflection_id_learning_reflections_id_fk" FOREIGN KEY ("reflection_id") REFERENCES "public"."learning_reflections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_reflection_flags" ADD CONSTRAINT "learning_reflection_flags_flagger_id_users_id_fk" FOREIGN KEY ("flagger_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_reflections" ADD CONSTRAINT "learning_reflections_learning_id_learnings_id_fk" FOREIGN KEY ("learning_id") REFERENCES "public"."learnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_reflections" ADD CONSTRAINT "learning_reflections_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_reviews" ADD CONSTRAINT "learning_reviews_learning_id_learnings_id_fk" FOREIGN KEY ("learning_id") REFERENCES "public"."learnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_reviews" ADD CONSTRAINT "learning_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_versions" ADD CONSTRAINT "learning_versions_learning_id_learnings_id_fk" FOREIGN KEY ("learning_id") REFERENCES "public"."learnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learnings" ADD CONSTRAINT "learnings_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learning_drafts_stage_idx" ON "learning_drafts" USING btree ("stage");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_finding_decisions_key" ON "learning_finding_decisions" USING btree ("learning_id","finding_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_reflection_flags_once_key" ON "learning_reflection_flags" USING btree ("reflection_id","flagger_id");--> statement-breakpoint
CREATE INDEX "learning_reflections_learning_idx" ON "learning_reflections" USING btree ("learning_id","created_at");--> statement-breakpoint
CREATE INDEX "learning_reviews_learning_idx" ON "learning_reviews" USING btree ("learning_id","submission");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_versions_learning_version_key" ON "learning_versions" USING btree ("learning_id","version");--> statement-breakpoint
CREATE INDEX "learning_versions_filters_idx" ON "learning_versions" USING btree ("setting","event_type","country","year");--> statement-breakpoint
CREATE UNIQUE INDEX "learnings_slug_key" ON "learnings" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "learnings_author_idx" ON "learnings" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "learnings_published_idx" ON "learnings" USING btree ("status","last_published_at","id");