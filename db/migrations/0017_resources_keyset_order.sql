DROP INDEX "resources_list_order_idx";--> statement-breakpoint
CREATE INDEX "resources_list_order_idx" ON "resources" USING btree ("status",(-coalesce("year", 0)),"title","id");