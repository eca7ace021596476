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
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_profile_id_facilitator_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."facilitator_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_concerns" ADD CONSTRAINT "facilitator_concerns_profile_id_facilitator_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."facilitator_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_concerns" ADD CONSTRAINT "facilitator_concerns_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_concerns" ADD CONSTRAINT "facilitator_concerns_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_profiles" ADD CONSTRAINT "facilitator_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_profiles" ADD CONSTRAINT "facilitator_profiles_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_training" ADD CONSTRAINT "facilitator_training_profile_id_facilitator_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."facilitator_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "facilitator_training_profile_idx" ON "facilitator_training" USING btree ("profile_id");