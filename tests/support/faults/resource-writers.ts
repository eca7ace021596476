import { randomBytes, randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { resources, users } from "../../../db/schema";
import { hashPassword } from "../../../app/utils/password.server";
import { HttpClient } from "../http-client";
import { runWriters } from "./writers";

const PASSWORD = "a calm and quiet harbour";
const run = randomBytes(3).toString("hex");

/** An editor account made in the database, signed in over HTTP: the writers publish resources as it. */
export async function signedInEditor(db: Database, url: string): Promise<HttpClient> {
  const email = `fault-editor-${run}-${randomUUID().slice(0, 6)}@example.org`;
  await db.insert(users).values({
    id: randomUUID(),
    email,
    displayName: "Fault Editor",
    passwordHash: await hashPassword(PASSWORD),
    role: "member",
    permissions: ["editor"],
    emailVerifiedAt: new Date(),
  });
  const client = new HttpClient(url);
  const login = await client.post("/login", { email, password: PASSWORD });
  if (login.status !== 302) throw new Error(`the editor could not sign in (${login.status})`);
  return client;
}

export type ResourceTally = { attempted: number; acknowledged: string[]; statuses: Record<number, number>; noAnswer: number };

/**
 * Writers that publish library resources through the real form as fast as the server answers. Each title
 * carries a unique word (`tok<run><n>`), so a write can be looked up in the database and in the search index.
 */
export function startResourceWriters(client: HttpClient, count: number) {
  const tally: ResourceTally = { attempted: 0, acknowledged: [], statuses: {}, noAnswer: 0 };
  let sequence = 0;
  const one = async () => {
    sequence += 1;
    const token = `tok${run}x${sequence}`;
    tally.attempted += 1;
    try {
      const r = await client.post("/resources/new", {
        title: `Harbour note ${token}`,
        summary: "How a team listened after something went wrong, written down so others can learn from it.",
        url: `https://example.org/notes/${token}`,
        body: "",
        type: "guide",
        topics: ["restorative_conversation"],
        audiences: ["healthcare_workers"],
        countries: "NZ",
        language: "en",
        year: "2024",
        authors: "Aroha Ngata",
        publisher: "Harbourside Health Service",
        accessNote: "Free to read",
      });
      await r.arrayBuffer().catch(() => undefined);
      if (r.status === 302 && (r.headers.get("location") ?? "").startsWith("/resources/")) {
        tally.acknowledged.push(token);
        return;
      }
      tally.statuses[r.status] = (tally.statuses[r.status] ?? 0) + 1;
    } catch {
      tally.noAnswer += 1;
    }
    await new Promise((r) => setTimeout(r, 100));
  };
  return runWriters(count, one, tally);
}

/** How many of these tokens are in resources' titles in the database. */
export async function countResourcesFound(db: Database, tokens: string[]): Promise<number> {
  if (!tokens.length) return 0;
  const rows = await db
    .select({ id: resources.id })
    .from(resources)
    .where(
      inArray(
        resources.title,
        tokens.map((t) => `Harbour note ${t}`),
      ),
    );
  return rows.length;
}

/** How many of these tokens are in documents the search index holds. */
export function countIndexed(documents: Map<string, Record<string, unknown>>, tokens: string[]): number {
  const titles = new Set([...documents.values()].map((d) => String(d.title ?? "")));
  return tokens.filter((t) => titles.has(`Harbour note ${t}`)).length;
}
