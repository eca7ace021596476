DROP INDEX "search_documents_vector_idx";--> statement-breakpoint
DROP INDEX "search_documents_rank_vector_idx";--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "facet_terms" text[] GENERATED ALWAYS AS (rn_facet_terms(kind, type, topics, countries, languages, year)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "search_documents_vector_idx" ON "search_documents" USING gin ("search_vector","facet_terms");--> statement-breakpoint
CREATE INDEX "search_documents_rank_vector_idx" ON "search_documents" USING gin ("rank_vector","facet_terms");