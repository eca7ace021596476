CREATE TABLE "search_documents" (
	"index_uid" text DEFAULT 'documents' NOT NULL,
	"id" text NOT NULL,
	"kind" text NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"type" text,
	"topics" text[] NOT NULL,
	"countries" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"year" integer,
	"updated_at" bigint NOT NULL,
	"verified_at" bigint,
	"search_vector" "tsvector" NOT NULL,
	"rank_vector" "tsvector" NOT NULL,
	CONSTRAINT "search_documents_index_uid_id_pk" PRIMARY KEY("index_uid","id")
);
--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_documents_vector_idx" ON "search_documents" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "search_documents_recent_idx" ON "search_documents" USING btree ("index_uid","updated_at");--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);