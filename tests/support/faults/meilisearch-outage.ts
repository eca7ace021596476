import { writeFileSync } from "node:fs";
import type { Database } from "../../../db/client";
import type { AppProcess } from "./app-process";
import { startFakeMeilisearch } from "./fake-meilisearch";
import { countIndexed, countResourcesFound, signedInEditor, startResourceWriters } from "./resource-writers";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The Meilisearch outage scenario of `npm run test:faults`: the app runs with MEILISEARCH_URL pointing
 * at a stand-in Meilisearch (fake-meilisearch.ts) and its in-process outbox worker; editors publish
 * resources while the stand-in goes away for `downMs` and comes back. Reports acknowledged writes against
 * writes in the database and in the index, what search answered while it was away, and how long the
 * index took to catch up after its return.
 */
export async function runMeilisearchOutage(options: {
  db: Database;
  downMs: number;
  writers: number;
  start: (env: Record<string, string>) => Promise<AppProcess>;
  /** A file to write the server's log into. */
  logTo?: string;
}) {
  const meili = await startFakeMeilisearch();
  const server = await options.start({ MEILISEARCH_URL: meili.url });
  try {
    const editor = await signedInEditor(options.db, server.url);
    const w = startResourceWriters(editor, options.writers);
    await sleep(5_000);
    await meili.stop();
    const awayAt = Date.now();
    await sleep(3_000);
    // A resource acknowledged while Meilisearch is away must be findable at once: Postgres search answers.
    const recent = w.tally.acknowledged.at(-1) ?? "";
    const started = Date.now();
    const search = await fetch(`${server.url}/search?q=${recent}`).catch(() => null);
    const html = search ? (await search.text()).replace(/<!-- -->/g, "") : "";
    const searchWhileAway = `${search?.status ?? "no answer"} in ${Date.now() - started} ms, ${html.includes("simpler mode") ? "reduced mode" : "full mode"}, ${recent && html.includes(recent) ? "found the new write" : "did NOT find the new write"}`;
    await sleep(Math.max(0, options.downMs - (Date.now() - awayAt)));
    await meili.start();
    const backAt = Date.now();
    const ackedAtReturn = [...w.tally.acknowledged];
    let catchUpMs = -1;
    while (Date.now() - backAt < 120_000) {
      if (countIndexed(meili.documents(), ackedAtReturn) === ackedAtReturn.length) {
        catchUpMs = Date.now() - backAt;
        break;
      }
      await sleep(100);
    }
    await sleep(3_000);
    const tally = await w.stop();
    for (let i = 0; i < 100 && countIndexed(meili.documents(), tally.acknowledged) < tally.acknowledged.length; i += 1) await sleep(100);
    const found = await countResourcesFound(options.db, tally.acknowledged);
    const indexed = countIndexed(meili.documents(), tally.acknowledged);
    const other5xx = Object.entries(tally.statuses)
      .filter(([s]) => Number(s) >= 500 && Number(s) !== 503)
      .reduce((n, [, c]) => n + c, 0);
    return {
      scenario: "Meilisearch outage 30 s",
      attempted: tally.attempted,
      acknowledged: tally.acknowledged.length,
      found,
      lost: tally.acknowledged.length - found,
      "in the index": indexed,
      "503": tally.statuses[503] ?? 0,
      "other 5xx": other5xx,
      "no answer": tally.noAnswer,
      "search while away": searchWhileAway,
      "index caught up ms": catchUpMs,
      "server alive": server.alive() ? "yes" : "no",
    };
  } finally {
    if (options.logTo) writeFileSync(options.logTo, server.output());
    if (server.alive()) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    await meili.stop();
  }
}
