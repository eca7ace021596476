CREATE TABLE "email_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"purpose" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_members" (
	"organisation_id" text NOT NULL,
	"user_id" text NOT NULL,
	"is_admin" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_members_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"country" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sign_in_failures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"email_verified_at" timestamp with time zone,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"permissions" text[] DEFAULT '{}'::text[] NOT NULL,
	"country" text,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"email_preference" text DEFAULT 'off' NOT NULL,
	"calendar_token" text,
	"suspended_at" timestamp with time zone,
	"suspended_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" text,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text,
	"reason" text,
	"metadata" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "search_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity_kind" text NOT NULL,
	"entity_id" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"processed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"message" text NOT NULL,
	"href" text NOT NULL,
	"emailed_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "appeals" (
	"id" text PRIMARY KEY NOT NULL,
	"action_id" text NOT NULL,
	"appellant_id" text NOT NULL,
	"message" text NOT NULL,
	"assigned_to" text,
	"status" text DEFAULT 'open' NOT NULL,
	"decision_note" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_alert_events" (
	"id" text PRIMARY KEY NOT NULL,
	"alert_id" text NOT NULL,
	"kind" text NOT NULL,
	"actor_id" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"circle_id" text NOT NULL,
	"post_id" text NOT NULL,
	"author_id" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"peer_requested_at" timestamp with time zone,
	"acknowledged_by" text,
	"acknowledged_at" timestamp with time zone,
	"closed_by" text,
	"closed_at" timestamp with time zone,
	"closing_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_actions" (
	"id" text PRIMARY KEY NOT NULL,
	"circle_id" text NOT NULL,
	"post_id" text,
	"membership_id" text,
	"subject_user_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"action" text NOT NULL,
	"reason" text,
	"muted_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "post_flags" (
	"id" text PRIMARY KEY NOT NULL,
	"post_id" text NOT NULL,
	"circle_id" text NOT NULL,
	"reporter_id" text,
	"reason" text NOT NULL,
	"note" text,
	"automatic" boolean DEFAULT false NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reveal_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"circle_id" text NOT NULL,
	"membership_id" text NOT NULL,
	"requested_by" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reveal_requests_two_people" CHECK ("reveal_requests"."decided_by" is null or "reveal_requests"."decided_by" <> "reveal_requests"."requested_by")
);
--> statement-breakpoint
CREATE TABLE "watched_words" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"circle_id" text,
	"pattern" text NOT NULL,
	"action" text NOT NULL,
	"note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "contact_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"profile_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"requester_id" text NOT NULL,
	"harm_type" text NOT NULL,
	"setting" text NOT NULL,
	"modality" text NOT NULL,
	"languages" text[] NOT NULL,
	"timeframe" text NOT NULL,
	"message" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decline_reason" text,
	"expires_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"copied_from_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "facilitator_concerns" (
	"id" text PRIMARY KEY NOT NULL,
	"profile_id" text NOT NULL,
	"raised_by" text,
	"kind" text NOT NULL,
	"details" text NOT NULL,
	"reply_email" text,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "facilitator_profiles" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"slug" text NOT NULL,
	"display_name" text NOT NULL,
	"pronouns" text,
	"bio" text NOT NULL,
	"country" text NOT NULL,
	"region" text,
	"city" text,
	"time_zone" text NOT NULL,
	"languages" text[] NOT NULL,
	"modalities" text[] NOT NULL,
	"harm_types" text[] NOT NULL,
	"settings" text[] NOT NULL,
	"approaches" text[] NOT NULL,
	"specialties" text[] NOT NULL,
	"competency" text NOT NULL,
	"processes_facilitated" integer DEFAULT 0 NOT NULL,
	"supervisor" text,
	"organisation" text NOT NULL,
	"co_facilitates" boolean DEFAULT false NOT NULL,
	"fee_kind" text NOT NULL,
	"fee_currency" text,
	"fee_min" integer,
	"fee_max" integer,
	"fee_unit" text,
	"fee_funded_by" text,
	"availability" text NOT NULL,
	"conflict_notes" text,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"listed" boolean DEFAULT true NOT NULL,
	"verified_at" timestamp with time zone,
	"verified_until" timestamp with time zone,
	"verified_by" text,
	"reminder_sent_for" timestamp with time zone,
	"search_vector" "tsvector",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "facilitator_training" (
	"id" text PRIMARY KEY NOT NULL,
	"profile_id" text NOT NULL,
	"programme" text NOT NULL,
	"provider" text NOT NULL,
	"completed_on" date NOT NULL,
	"expires_on" date,
	"evidence_ref" text,
	"evidence_file" text,
	"evidence_type" text,
	"evidence_name" text,
	"evidence_bytes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_imports" (
	"id" text PRIMARY KEY NOT NULL,
	"uploaded_by" text NOT NULL,
	"format" text NOT NULL,
	"file_name" text DEFAULT '' NOT NULL,
	"content" text NOT NULL,
	"imported_count" integer,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_revisions" (
	"id" text PRIMARY KEY NOT NULL,
	"resource_id" text NOT NULL,
	"version" integer NOT NULL,
	"editor_id" text,
	"note" text DEFAULT '' NOT NULL,
	"changed_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_suggestions" (
	"id" text PRIMARY KEY NOT NULL,
	"suggested_by" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"summary" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decline_reason" text,
	"resource_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text,
	"url" text,
	"type" text NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"audiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"language" text NOT NULL,
	"year" integer,
	"authors" text[] DEFAULT '{}'::text[] NOT NULL,
	"publisher" text DEFAULT '' NOT NULL,
	"access_note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || summary || ' ' || coalesce(body, '') || ' ' || publisher)) STORED
);
--> statement-breakpoint
ALTER TABLE "email_tokens" ADD CONSTRAINT "email_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
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
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_action_id_moderation_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."moderation_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_appellant_id_users_id_fk" FOREIGN KEY ("appellant_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_alert_events" ADD CONSTRAINT "care_alert_events_alert_id_care_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."care_alerts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_alert_events" ADD CONSTRAINT "care_alert_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_alerts" ADD CONSTRAINT "care_alerts_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_alerts" ADD CONSTRAINT "care_alerts_post_id_circle_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."circle_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_alerts" ADD CONSTRAINT "care_alerts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_alerts" ADD CONSTRAINT "care_alerts_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_alerts" ADD CONSTRAINT "care_alerts_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_post_id_circle_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."circle_posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_membership_id_circle_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."circle_memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_subject_user_id_users_id_fk" FOREIGN KEY ("subject_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_flags" ADD CONSTRAINT "post_flags_post_id_circle_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."circle_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_flags" ADD CONSTRAINT "post_flags_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_flags" ADD CONSTRAINT "post_flags_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_flags" ADD CONSTRAINT "post_flags_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reveal_requests" ADD CONSTRAINT "reveal_requests_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reveal_requests" ADD CONSTRAINT "reveal_requests_membership_id_circle_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."circle_memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reveal_requests" ADD CONSTRAINT "reveal_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reveal_requests" ADD CONSTRAINT "reveal_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watched_words" ADD CONSTRAINT "watched_words_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watched_words" ADD CONSTRAINT "watched_words_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
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
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_profile_id_facilitator_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."facilitator_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_concerns" ADD CONSTRAINT "facilitator_concerns_profile_id_facilitator_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."facilitator_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_concerns" ADD CONSTRAINT "facilitator_concerns_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_concerns" ADD CONSTRAINT "facilitator_concerns_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_profiles" ADD CONSTRAINT "facilitator_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_profiles" ADD CONSTRAINT "facilitator_profiles_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_training" ADD CONSTRAINT "facilitator_training_profile_id_facilitator_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."facilitator_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_imports" ADD CONSTRAINT "resource_imports_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_revisions" ADD CONSTRAINT "resource_revisions_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_revisions" ADD CONSTRAINT "resource_revisions_editor_id_users_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_suggestions" ADD CONSTRAINT "resource_suggestions_suggested_by_users_id_fk" FOREIGN KEY ("suggested_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_suggestions" ADD CONSTRAINT "resource_suggestions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_suggestions" ADD CONSTRAINT "resource_suggestions_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "email_tokens_hash_key" ON "email_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "organisation_members_user_idx" ON "organisation_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_slug_key" ON "organisations" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sign_in_failures_key_at_idx" ON "sign_in_failures" USING btree ("key","at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "users_calendar_token_key" ON "users" USING btree ("calendar_token");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "search_outbox_pending_idx" ON "search_outbox" USING btree ("processed_at","next_attempt_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
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
CREATE UNIQUE INDEX "circles_slug_key" ON "circles" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "appeals_action_key" ON "appeals" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "appeals_assigned_idx" ON "appeals" USING btree ("assigned_to","status");--> statement-breakpoint
CREATE INDEX "care_alert_events_alert_idx" ON "care_alert_events" USING btree ("alert_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "care_alerts_post_key" ON "care_alerts" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "care_alerts_status_idx" ON "care_alerts" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "moderation_actions_subject_idx" ON "moderation_actions" USING btree ("subject_user_id","created_at");--> statement-breakpoint
CREATE INDEX "moderation_actions_post_idx" ON "moderation_actions" USING btree ("post_id");--> statement-breakpoint
CREATE UNIQUE INDEX "post_flags_post_reporter_key" ON "post_flags" USING btree ("post_id","reporter_id");--> statement-breakpoint
CREATE INDEX "post_flags_open_idx" ON "post_flags" USING btree ("circle_id","resolved_at");--> statement-breakpoint
CREATE INDEX "reveal_requests_status_idx" ON "reveal_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "watched_words_scope_pattern_key" ON "watched_words" USING btree ("scope","pattern");--> statement-breakpoint
CREATE INDEX "learning_drafts_stage_idx" ON "learning_drafts" USING btree ("stage");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_finding_decisions_key" ON "learning_finding_decisions" USING btree ("learning_id","finding_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_reflection_flags_once_key" ON "learning_reflection_flags" USING btree ("reflection_id","flagger_id");--> statement-breakpoint
CREATE INDEX "learning_reflections_learning_idx" ON "learning_reflections" USING btree ("learning_id","created_at");--> statement-breakpoint
CREATE INDEX "learning_reviews_learning_idx" ON "learning_reviews" USING btree ("learning_id","submission");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_versions_learning_version_key" ON "learning_versions" USING btree ("learning_id","version");--> statement-breakpoint
CREATE INDEX "learning_versions_filters_idx" ON "learning_versions" USING btree ("setting","event_type","country","year");--> statement-breakpoint
CREATE UNIQUE INDEX "learnings_slug_key" ON "learnings" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "learnings_author_idx" ON "learnings" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "learnings_published_idx" ON "learnings" USING btree ("status","last_published_at","id");--> statement-breakpoint
CREATE INDEX "contact_requests_profile_idx" ON "contact_requests" USING btree ("profile_id","created_at");--> statement-breakpoint
CREATE INDEX "contact_requests_requester_idx" ON "contact_requests" USING btree ("requester_id","created_at");--> statement-breakpoint
CREATE INDEX "contact_requests_pending_idx" ON "contact_requests" USING btree ("expires_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "facilitator_concerns_open_idx" ON "facilitator_concerns" USING btree ("resolved_at","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "facilitator_profiles_slug_key" ON "facilitator_profiles" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "facilitator_profiles_user_key" ON "facilitator_profiles" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "facilitator_profiles_country_idx" ON "facilitator_profiles" USING btree ("country","region");--> statement-breakpoint
CREATE INDEX "facilitator_profiles_languages_idx" ON "facilitator_profiles" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "facilitator_profiles_modalities_idx" ON "facilitator_profiles" USING gin ("modalities");--> statement-breakpoint
CREATE INDEX "facilitator_profiles_specialties_idx" ON "facilitator_profiles" USING gin ("specialties");--> statement-breakpoint
CREATE INDEX "facilitator_profiles_approaches_idx" ON "facilitator_profiles" USING gin ("approaches");--> statement-breakpoint
CREATE INDEX "facilitator_profiles_search_idx" ON "facilitator_profiles" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "facilitator_profiles_verified_idx" ON "facilitator_profiles" USING btree ("verified_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "facilitator_training_profile_idx" ON "facilitator_training" USING btree ("profile_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_revisions_version_key" ON "resource_revisions" USING btree ("resource_id","version");--> statement-breakpoint
CREATE INDEX "resource_suggestions_status_idx" ON "resource_suggestions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "resource_suggestions_by_idx" ON "resource_suggestions" USING btree ("suggested_by");--> statement-breakpoint
CREATE UNIQUE INDEX "resources_slug_key" ON "resources" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "resources_status_created_idx" ON "resources" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "resources_search_idx" ON "resources" USING gin ("search_vector");