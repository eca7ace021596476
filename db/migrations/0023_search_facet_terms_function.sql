-- Search rows keep their vectors inline (up to about 4 kB), so matching or ranking a row never fetches its vectors
-- from the TOAST table; only long bodies go there (ADR 006). Migration 0024 rewrites the table, applying this.
ALTER TABLE "search_documents" SET (toast_tuple_target = 4080);--> statement-breakpoint
-- Every filterable value of a search document as one 'facet:value' term (kind:resource, topics:circle,
-- countries:NZ, languages:fr, year:2019, ...), for the generated column search_documents.facet_terms.
-- With the words in one GIN index, a filtered search finds only the documents that pass its filters,
-- and facets are counted in one pass over the terms (ADR 006). Immutable: it reads only its arguments.
CREATE FUNCTION rn_facet_terms(kind text, type text, topics text[], countries text[], languages text[], year integer)
RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_remove(array['kind:' || kind, 'type:' || type, 'year:' || year::text], NULL)
    || array(SELECT 'topics:' || v FROM unnest(topics) v)
    || array(SELECT 'countries:' || v FROM unnest(countries) v)
    || array(SELECT 'languages:' || v FROM unnest(languages) v)
$$;
