DROP INDEX "search_documents_vector_idx";--> statement-breakpoint
DROP INDEX "search_documents_rank_vector_idx";--> statement-breakpoint
CREATE INDEX "search_documents_year_idx" ON "search_documents" USING btree ("index_uid","year");--> statement-breakpoint
CREATE INDEX "search_documents_vector_idx" ON "search_documents" USING gin ("search_vector","facet_terms") WITH (gin_pending_list_limit=256);--> statement-breakpoint
CREATE INDEX "search_documents_rank_vector_idx" ON "search_documents" USING gin ("rank_vector","facet_terms") WITH (gin_pending_list_limit=256);