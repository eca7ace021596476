// The engine contract, run against the embedded engine always and against a live Meilisearch
// when MEILISEARCH_URL (and optionally MEILISEARCH_KEY) is set.

import { describe } from "vitest";
import { EmbeddedSearchEngine } from "~/search/engine/embedded/engine";
import { MeilisearchEngine } from "~/search/engine/meilisearch";
import { runEngineContract } from "./engine-contract";

runEngineContract("embedded", () => new EmbeddedSearchEngine());

const meilisearchUrl = process.env.MEILISEARCH_URL;

describe.skipIf(!meilisearchUrl)("against a live Meilisearch", () => {
  runEngineContract("meilisearch", () => new MeilisearchEngine({ host: meilisearchUrl!, apiKey: process.env.MEILISEARCH_KEY }));
});
