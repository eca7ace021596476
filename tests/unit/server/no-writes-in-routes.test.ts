// Domains own their writes: a route parses the form, calls one domain verb and maps its result to a
// response. Opening a transaction, reaching for the database handle or calling circleWrite in a route
// would split a unit of work between the HTTP layer and the domain (and put screening back inside it).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const ROUTES = path.join(ROOT, "app/routes");

const WRITE_PLUMBING: { name: string; pattern: RegExp }[] = [
  { name: "circleWrite (a circle verb opens its own transaction)", pattern: /\bcircleWrite\b/ },
  { name: "a transaction opened in the route", pattern: /\.transaction\s*\(/ },
  { name: "the database handle", pattern: /\bgetDb\b|["']~\/utils\/db\.server["']/ },
  { name: "a transaction or query handle type", pattern: /\b(Transaction|Queryable)\b|db\/client["']/ },
  { name: "a create-once claim (the verb takes the form key)", pattern: /\bcreateOnce\s*\(/ },
];

function findings(file: string, source: string) {
  const found: string[] = [];
  source.split("\n").forEach((line, i) => {
    for (const rule of WRITE_PLUMBING) if (rule.pattern.test(line)) found.push(`${path.relative(ROOT, file)}:${i + 1} ${rule.name}: ${line.trim()}`);
  });
  return found;
}

const files = readdirSync(ROUTES)
  .map((f) => path.join(ROUTES, f))
  .filter((f) => /\.tsx?$/.test(f));

describe("routes leave writes to the domains", () => {
  it("reads every route module", () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it("finds no transaction, database handle or circleWrite in any route", () => {
    expect(files.flatMap((f) => findings(f, readFileSync(f, "utf8")))).toEqual([]);
  });

  it("would catch each shape", () => {
    expect(findings("x.tsx", "await circleWrite((tx) => leaveCircle(tx, ctx, user.id));")).toHaveLength(1);
    expect(findings("x.tsx", "const db = await getDb();")).toHaveLength(1);
    expect(findings("x.tsx", 'import { getDb } from "~/utils/db.server";')).toHaveLength(1);
    expect(findings("x.tsx", "await db.transaction(async (tx) => save(tx));")).toHaveLength(1);
    expect(findings("x.tsx", 'import type { Transaction } from "../../db/client";')).toHaveLength(1);
    expect(findings("x.tsx", "createOnce(tx, key, () => create(), (r) => r.id)")).toHaveLength(1);
    expect(findings("x.tsx", "const result = await postReply({ actor: user, ctx, threadId, input, formKey: key });")).toHaveLength(0);
  });
});
