// `npm run seed:scale -- [--preset small|medium|large] [--members N] [--circles N] [--posts N] [--resources N]
//   [--learnings N] [--facilitators N]`: fills DATABASE_URL (or PGlite in DATA_DIR when unset) with synthetic data
// at network scale. It refuses a database that holds anything but its own synthetic data, and replaces its own
// earlier run. See docs/performance.md.
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { createDatabase, executeRows, migrateDatabase } from "../client";
import { databaseOptionsFromEnv } from "../options";
import { hashPassword } from "../../app/utils/password.server";
import { renderMarkdown } from "../../app/utils/markdown.server";
import { rebuildSearchDocuments } from "../../app/search/reindex.server";
import { BENCH_EMAIL, BENCH_PASSWORD, runStatements, scaleStatements, SYNTHETIC_EMAIL_DOMAIN, type ScaleCounts } from "./generate";

export const PRESETS: Record<string, ScaleCounts> = {
  small: { members: 2_000, circles: 100, posts: 10_000, resources: 1_000, learnings: 500, facilitators: 300 },
  medium: { members: 20_000, circles: 1_000, posts: 100_000, resources: 5_000, learnings: 2_000, facilitators: 1_000 },
  large: { members: 100_000, circles: 5_000, posts: 1_000_000, resources: 20_000, learnings: 10_000, facilitators: 5_000 },
};

// Tables seed:scale fills, children first; TRUNCATE … CASCADE takes whatever else refers to them.
const FILLED_TABLES = [
  "circle_post_supports",
  "circle_posts",
  "circle_threads",
  "circle_facilitators",
  "circle_memberships",
  "circle_rules_versions",
  "circles",
  "learning_versions",
  "learnings",
  "resources",
  "facilitator_profiles",
  "sessions",
  "users",
];

function countsFromArgs(argv: string[], pglite: boolean): ScaleCounts {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries([["preset", { type: "string" }], ...Object.keys(PRESETS.small!).map((k) => [k, { type: "string" }])]) as never,
    strict: true,
  }) as { values: Record<string, string | undefined> };
  const presetName = values.preset ?? (pglite ? "small" : "large");
  const preset = PRESETS[presetName];
  if (!preset) throw new Error(`--preset must be small, medium or large (not "${presetName}").`);
  const counts = { ...preset };
  for (const key of Object.keys(counts) as Array<keyof ScaleCounts>) {
    const raw = values[key];
    if (raw === undefined) continue;
    const n = Number(raw.replace(/[_,]/g, ""));
    if (!Number.isInteger(n) || n < 1 || n > 50_000_000) throw new Error(`--${key} must be a whole number from 1 to 50,000,000 (not "${raw}").`);
    counts[key] = n;
  }
  if (counts.members < counts.facilitators + 20) throw new Error("--members must be at least --facilitators + 20 (facilitators are members too).");
  return counts;
}

async function main() {
  const options = databaseOptionsFromEnv();
  const counts = countsFromArgs(process.argv.slice(2), !options.url);
  // One INSERT … SELECT makes a million rows: no statement timeout (0) for the seed's own connections.
  const handle = await createDatabase({ ...options, statementTimeoutMs: 0 });
  const log = (line: string) => console.log(line);
  try {
    await migrateDatabase(handle);
    const db = handle.db;
    const [found] = await executeRows<{ real: number; synthetic: number }>(
      db,
      sql`select count(*) filter (where email not like ${`%@${SYNTHETIC_EMAIL_DOMAIN}`})::int as real, count(*) filter (where email like ${`%@${SYNTHETIC_EMAIL_DOMAIN}`})::int as synthetic from users`,
    );
    if (Number(found?.real ?? 0) > 0) {
      console.error(
        `This database holds ${found!.real} accounts that seed:scale did not make, so it was left untouched. ` +
          "Point DATABASE_URL at an empty database (db/seed-scale/throwaway-postgres.sh start makes one), or set DATA_DIR to an empty folder.",
      );
      process.exitCode = 1;
      return;
    }
    const started = Date.now();
    log(
      `Seeding ${handle.driver === "postgres" ? "PostgreSQL" : "PGlite"}: ${Object.entries(counts)
        .map(([k, v]) => `${v.toLocaleString("en")} ${k}`)
        .join(", ")}`,
    );
    if (Number(found?.synthetic ?? 0) > 0) {
      log("  replacing the synthetic data of an earlier run");
      await db.execute(sql.raw(`truncate ${FILLED_TABLES.join(", ")} cascade`));
    }
    await runStatements(db, scaleStatements(counts, await hashPassword(BENCH_PASSWORD)), log);
    await checkStoredHtml(db);
    // The rows above were written directly, so their search documents are built here, as `npm run search:reindex`
    // would: a server started on this database then finds them ready instead of building 35,000 of them at start.
    const search = await rebuildSearchDocuments({ db });
    log(
      `  ${Object.values(search.counts)
        .reduce((a, b) => a + b, 0)
        .toLocaleString("en")} search documents`.padEnd(43) + `${(search.ms / 1000).toFixed(1)} s`,
    );
    await db.execute(sql`analyze`);
    const totals = await executeRows<Record<string, number>>(
      db,
      sql`select
      (select count(*)::int from users) as members, (select count(*)::int from circles) as circles, (select count(*)::int from circle_threads) as threads,
      (select count(*)::int from circle_posts) as posts, (select max(n)::int from (select count(*) n from circle_posts group by thread_id) t) as "biggest thread",
      (select count(*)::int from resources) as resources, (select count(*)::int from learnings) as learnings, (select count(*)::int from facilitator_profiles) as facilitators`,
    );
    log(
      `Done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${Object.entries(totals[0]!)
        .map(([k, v]) => `${Number(v).toLocaleString("en")} ${k}`)
        .join(", ")}.`,
    );
    log(`Benchmark account: ${BENCH_EMAIL} (password ${BENCH_PASSWORD}), an active member of circle-1, which holds the biggest threads.`);
  } finally {
    await handle.close();
  }
}

/** The HTML made in SQL must be what renderMarkdown makes of the same body; a sample of posts proves it. */
async function checkStoredHtml(db: Parameters<typeof executeRows>[0]) {
  const sample = await executeRows<{ body: string; body_html: string }>(db, sql`select body, body_html from circle_posts order by random() limit 200`);
  const wrong = sample.filter((p) => renderMarkdown(p.body) !== p.body_html).length;
  if (wrong)
    throw new Error(
      `${wrong} of ${sample.length} sampled posts have stored HTML that renderMarkdown would not make; fix SENTENCES in db/seed-scale/generate.ts.`,
    );
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
