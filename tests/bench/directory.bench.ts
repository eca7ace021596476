// Facilitator directory benchmark: seeds 5,000 synthetic profiles into an in-memory PGlite, serves the
// production build over real HTTP, and prints p50/p95 of /facilitators with no filter, with every filter
// applied, and a few cases between (free text, recently verified, a second page).
//
//   npm run bench:directory        (DIRECTORY_BENCH_PROFILES / DIRECTORY_BENCH_ROUNDS to change the size)

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";

const PROFILES = Number(process.env.DIRECTORY_BENCH_PROFILES ?? 5_000);
const ROUNDS = Number(process.env.DIRECTORY_BENCH_ROUNDS ?? 40);
const WARM_UP_ROUNDS = 5;

const dataDir = mkdtempSync(path.join(os.tmpdir(), "rn-bench-directory-"));
process.env.DATA_DIR = dataDir;
process.env.NODE_ENV = "production";

const { createDatabase, migrateDatabase } = await import("../../db/client");
const { useDatabase } = await import("../../app/utils/db.server");
const { createHttpApp } = await import("../../app/server/http");
const { FACILITATORS } = await import("../../db/seed/data/facilitators");
const { seedFacilitatorProfiles } = await import("../../db/seed/directory");
const { sql } = await import("drizzle-orm");
type SeedFacilitator = (typeof FACILITATORS)[number];

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same data. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Synthetic profiles: the fictional seed records recombined (place, languages, practice) and renamed. */
function syntheticProfiles(count: number): SeedFacilitator[] {
  const rand = random(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], min: number) => {
    const out = list.filter(() => rand() < 0.5);
    return out.length >= min ? out : [pick(list)];
  };
  const places = FACILITATORS.map((f) => ({ country: f.country, region: f.region, city: f.city, timeZone: f.timeZone, languages: f.languages }));
  return Array.from({ length: count }, (_, i) => {
    const base = FACILITATORS[i % FACILITATORS.length]!;
    const other = pick(FACILITATORS);
    const place = pick(places);
    const verifiedRoll = rand();
    return {
      ...base,
      slug: `${base.slug}-${i}`,
      displayName: `${base.displayName.split(" ")[0]} ${other.displayName.split(" ").slice(-1)[0]} ${i}`,
      ...place,
      languages: [...new Set([...place.languages, ...(rand() < 0.3 ? other.languages : [])])],
      modalities: some(["in_person", "online", "hybrid"] as const, 1),
      harmTypes: [...new Set([...base.harmTypes, ...(rand() < 0.4 ? other.harmTypes : [])])],
      settings: other.settings,
      approaches: [...new Set([...base.approaches, ...(rand() < 0.3 ? other.approaches : [])])],
      availability: pick(["accepting", "accepting", "waitlist", "not_accepting"] as const),
      verification:
        verifiedRoll < 0.6
          ? { state: "verified", verifiedDaysAgo: Math.floor(rand() * 360), validForDays: 365 }
          : verifiedRoll < 0.8
            ? { state: "expired", expiredDaysAgo: 10 }
            : { state: "unverified" },
      contactEmail: `bench-${i}@example.org`,
    } as SeedFacilitator;
  });
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const handle = await createDatabase({ dataDir: "memory://" });
  await migrateDatabase(handle);
  useDatabase(handle);
  const profiles = syntheticProfiles(PROFILES);
  const seedStart = performance.now();
  await seedFacilitatorProfiles(handle.db, profiles);
  const seedMs = performance.now() - seedStart;
  // Fresh planner statistics, as autovacuum keeps them on a long-running database.
  await handle.db.execute(sql`analyze`);

  // Inside the project (like tests/support/build-app.ts) so the bundle resolves node_modules.
  mkdirSync(path.resolve(".test-build"), { recursive: true });
  const buildDir = mkdtempSync(path.join(path.resolve(".test-build"), "bench-directory-"));
  const buildStart = performance.now();
  const built = spawnSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "build"], {
    env: { ...process.env, REMIX_BUILD_DIR: buildDir, NODE_ENV: "production" },
    encoding: "utf8",
  });
  if (built.status !== 0) throw new Error(`remix build failed:\n${built.stderr}`);
  const buildMs = performance.now() - buildStart;
  const build = (await import(pathToFileURL(path.join(buildDir, "index.js")).href)) as ServerBuild;
  const app = createHttpApp({ build, publicDir: path.join(buildDir, "public"), mode: "production" });
  const server = await new Promise<import("node:http").Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const first = (await (await fetch(`${base}/facilitators?_data=routes/facilitators._index`)).json()) as { page: { nextCursor: string } };
  const scenarios: Array<[string, string]> = [
    ["no filter", "/facilitators"],
    [
      "every filter",
      "/facilitators?country=CA&region=Québec&language=fr&modality=hybrid&specialty=maternity&approach=circle&availability=accepting&verified=1&q=infirmière",
    ],
    [
      "every filter but text",
      "/facilitators?country=NZ&region=Waikato&language=en&modality=online&specialty=surgical&approach=restorative_conference&availability=accepting&verified=1",
    ],
    ["one filter (language=en)", "/facilitators?language=en"],
    ["free text (q=restorative)", "/facilitators?q=restorative"],
    ["recently verified", "/facilitators?sort=verified"],
    ["second page (cursor)", `/facilitators?cursor=${encodeURIComponent(first.page.nextCursor)}`],
  ];

  console.log(`Directory benchmark: ${PROFILES.toLocaleString("en")} profiles (PGlite in memory), ${ROUNDS} rounds after ${WARM_UP_ROUNDS} warm-up`);
  console.log(`  seeding: ${(seedMs / 1000).toFixed(1)} s   build: ${(buildMs / 1000).toFixed(1)} s\n`);
  console.log(
    `${"scenario".padEnd(30)} ${"results".padStart(8)} ${"HTML p50".padStart(10)} ${"HTML p95".padStart(10)} ${"data p50".padStart(10)} ${"data p95".padStart(10)}`,
  );
  for (const [name, url] of scenarios) {
    const html: number[] = [];
    const data: number[] = [];
    let total = 0;
    for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
      let start = performance.now();
      const page = await fetch(base + url);
      await page.text();
      if (page.status !== 200) throw new Error(`${url} answered ${page.status}`);
      const htmlMs = performance.now() - start;
      start = performance.now();
      const json = (await (await fetch(`${base + url}${url.includes("?") ? "&" : "?"}_data=routes/facilitators._index`)).json()) as { page: { total: number } };
      const dataMs = performance.now() - start;
      total = json.page.total;
      if (round >= WARM_UP_ROUNDS) {
        html.push(htmlMs);
        data.push(dataMs);
      }
    }
    html.sort((a, b) => a - b);
    data.sort((a, b) => a - b);
    const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10);
    console.log(
      `${name.padEnd(30)} ${String(total).padStart(8)} ${ms(percentile(html, 50))} ${ms(percentile(html, 95))} ${ms(percentile(data, 50))} ${ms(percentile(data, 95))}`,
    );
  }

  await new Promise((r) => server.close(r));
  await handle.close();
  rmSync(buildDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}

await main();
