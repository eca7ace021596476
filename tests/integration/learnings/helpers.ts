import { expect } from "vitest";
import { CHECKLIST_KEYS, SECTIONS } from "../../../app/learnings/sections";
import type { HttpClient } from "../../support/http-client";

/** Identifiers planted in drafts: each must be gone from everything that outlives publication. */
export const PLANTED = {
  name: "Aroha Ngata",
  nhi: "ZAC5361",
  phone: "021 555 0143",
  date: "3 March 2023",
  hospital: "Riverside Hospital",
};

const filler = "The team met with the family, listened, and agreed on what would change on the ward.";

/** A complete learning whose first section carries every planted identifier. */
export function learningFields(overrides: Record<string, string> = {}): Record<string, string> {
  const sections = Object.fromEntries(SECTIONS.filter((s) => s.required).map((s) => [s.key, filler]));
  return {
    title: "A second dose after a rushed handover",
    setting: "hospital_ward",
    eventType: "medication",
    country: "NZ",
    year: "2023",
    tags: "handover, medication",
    ...sections,
    whatHappened: `Mrs ${PLANTED.name} (NHI ${PLANTED.nhi}) was given a second dose of a blood thinner at ${PLANTED.hospital} on ${PLANTED.date}. Her daughter called the ward on ${PLANTED.phone}.`,
    consentBasis: "obtained",
    consentPatientFamily: "The patient's daughter",
    consentPatientFamilyOn: "2024-02-10",
    requestedVisibility: "public",
    ...overrides,
  };
}

/** A learning with nothing the de-identifier would find. */
export function cleanFields(overrides: Record<string, string> = {}) {
  return learningFields({
    whatHappened: "A patient was given a second dose of a blood thinner after a rushed handover, and the family was told the same day.",
    ...overrides,
  });
}

export async function startDraft(client: HttpClient, fields: Record<string, string>) {
  const response = await client.post("/learnings/new", fields);
  expect(response.status).toBe(302);
  const id = response.headers.get("location")!.match(/\/learnings\/drafts\/([^/?]+)/)![1]!;
  return id;
}

export function submitDraft(client: HttpClient, id: string, fields: Record<string, string>) {
  return client.post(`/learnings/drafts/${id}`, { ...fields, intent: "submit" });
}

export function approve(client: HttpClient, id: string, options: { cleared?: string[]; visibility?: "public" | "members"; checklist?: string[] } = {}) {
  return client.post(`/learnings/drafts/${id}/review`, {
    intent: "approve",
    checklist: options.checklist ?? CHECKLIST_KEYS,
    cleared: options.cleared ?? [],
    ...(options.visibility ? { visibility: options.visibility } : {}),
  });
}

/** Writes, submits and has two reviewers approve a learning with nothing to clear; returns its id and slug. */
export async function publishClean(
  clients: { author: HttpClient; first: HttpClient; second: HttpClient },
  overrides: Record<string, string> = {},
  visibility: "public" | "members" = "public",
) {
  const fields = cleanFields(overrides);
  const id = await startDraft(clients.author, fields);
  expect((await submitDraft(clients.author, id, fields)).status).toBe(302);
  expect((await approve(clients.first, id)).status).toBe(302);
  const published = await approve(clients.second, id, { visibility });
  expect(published.status).toBe(302);
  const slug = published.headers.get("location")!.match(/\/learnings\/([^/?]+)/)![1]!;
  return { id, slug };
}
