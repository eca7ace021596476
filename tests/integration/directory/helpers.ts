import { organisationMembers, organisations } from "../../../db/schema";
import { FACILITATORS, type SeedFacilitator } from "../../../db/seed/data/facilitators";
import { seedFacilitatorProfiles } from "../../../db/seed/directory";
import type { TestApp } from "../../support/app";
import type { HttpClient } from "../../support/http-client";
import { createUser } from "../../support/people";

export const DAY_MS = 86_400_000;

/** Moves the app's clock (app/utils/clock.server.ts); `null` puts the real clock back. */
export function setClock(at: Date | null) {
  globalThis.__restorativeClock = at ? () => new Date(at) : undefined;
}

/** Seeds every profile of the data file through the directory's own seed function. */
export async function seedDataFile(app: TestApp, list: readonly SeedFacilitator[] = FACILITATORS) {
  return seedFacilitatorProfiles(app.db, list);
}

/** A member of a fresh organisation, able to send contact requests. */
export async function createOrganisationMember(app: TestApp, name = "Riverbend Community Health") {
  const user = await createUser(app.db, { displayName: `Coordinator at ${name}` });
  const id = crypto.randomUUID();
  await app.db.insert(organisations).values({ id, slug: `org-${id.slice(0, 8)}`, name, country: "NZ" });
  await app.db.insert(organisationMembers).values({ organisationId: id, userId: user.id });
  return { user, organisationId: id, organisationName: name };
}

/** The loader data of a route, the way Remix's client fetches it (`?_data=`). */
export async function loaderData<T = any>(client: HttpClient, path: string, routeId: string): Promise<{ status: number; data: T; text: string }> {
  const url = new URL(path, "http://x");
  url.searchParams.set("_data", routeId);
  const response = await client.get(url.pathname + url.search);
  const text = await response.text();
  let data: T;
  try {
    data = JSON.parse(text) as T;
  } catch {
    data = undefined as T;
  }
  return { status: response.status, data, text };
}

export type DirectoryData = {
  page: {
    results: Array<{ id: string; slug: string; displayName: string; badge: string | null }>;
    facets: Record<string, Record<string, number>>;
    total: number;
    nextCursor: string | null;
  };
};

export const directory = (client: HttpClient, query = "") =>
  loaderData<DirectoryData>(client, `/facilitators${query ? `?${query}` : ""}`, "routes/facilitators._index");
