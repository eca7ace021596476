ALTER TABLE "circle_gatherings" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "circle_gatherings" ADD COLUMN "updated_at" timestamp with time zone;