import { z } from "zod";
import { AUDIENCES, LANGUAGES, RESOURCE_TYPES, TOPICS } from "~/taxonomy";

// Input schemas for the resource library, shared by the editor forms, the suggestion form and the
// bulk import (every imported row goes through ResourceInputSchema, so a row and a form agree).

const TYPE_VALUES = RESOURCE_TYPES.map((t) => t.value) as [string, ...string[]];
const TOPIC_VALUES = new Set<string>(TOPICS.map((t) => t.value));
const AUDIENCE_VALUES = new Set<string>(AUDIENCES.map((a) => a.value));

export const MAX_TITLE = 300;
export const MAX_SUMMARY = 2000;
export const MAX_BODY = 20_000;

/** Accepts one string (comma-, semicolon- or newline-separated) or an array of strings. */
export function splitList(value: unknown, separators: RegExp = /[;,\n|]/): string[] {
  const items = Array.isArray(value) ? value.flatMap((v) => String(v ?? "").split(separators)) : String(value ?? "").split(separators);
  return [...new Set(items.map((s) => s.trim()).filter(Boolean))];
}

const listOf = (allowed: Set<string>, what: string) =>
  z.preprocess(
    (v) => splitList(v),
    z.array(z.string()).superRefine((list, ctx) => {
      const unknown = list.filter((v) => !allowed.has(v));
      if (unknown.length) ctx.addIssue({ code: "custom", message: `Unknown ${what}: ${unknown.join(", ")}. Choose from the list.` });
    }),
  );

const optionalText = (max: number, message: string) =>
  z.preprocess((v) => (v === null || v === undefined ? "" : String(v).trim()), z.string().max(max, message));

const httpUrl = z.preprocess(
  (v) => (v === null || v === undefined ? "" : String(v).trim()),
  z.union([
    z.literal(""),
    z
      .string()
      .max(2000, "That address is too long.")
      .refine((v) => {
        try {
          const u = new URL(v);
          return u.protocol === "https:" || u.protocol === "http:";
        } catch {
          return false;
        }
      }, "Enter a full web address starting with https://"),
  ]),
);

export const ResourceInputSchema = z
  .object({
    title: z.preprocess(
      (v) => String(v ?? "").trim(),
      z.string().min(1, "Give the resource a title.").max(MAX_TITLE, `Use at most ${MAX_TITLE} characters for the title.`),
    ),
    summary: z.preprocess(
      (v) => String(v ?? "").trim(),
      z
        .string()
        .min(1, "Write a short summary: two or three sentences in plain language.")
        .max(MAX_SUMMARY, `Keep the summary under ${MAX_SUMMARY} characters.`),
    ),
    body: optionalText(MAX_BODY, `Keep the notes under ${MAX_BODY} characters.`),
    url: httpUrl,
    type: z.enum(TYPE_VALUES, { error: "Choose the type of resource." }),
    topics: listOf(TOPIC_VALUES, "topic").pipe(z.array(z.string()).min(1, "Choose at least one topic.")),
    audiences: listOf(AUDIENCE_VALUES, "audience"),
    countries: z.preprocess(
      (v) => splitList(v, /[;,\s|]+/).map((c) => c.toUpperCase()),
      z.array(z.string().regex(/^[A-Z]{2}$/, "Use two-letter country codes such as NZ, CA or GB, separated by commas.")),
    ),
    language: z.preprocess(
      (v) =>
        String(v ?? "")
          .trim()
          .toLowerCase(),
      z.string().refine((v) => v in LANGUAGES, "Choose the language the resource is written in."),
    ),
    year: z.preprocess(
      (v) => (v === null || v === undefined || String(v).trim() === "" ? null : Number(String(v).trim())),
      z
        .number({ error: "Enter the year as four digits, such as 2022." })
        .int("Enter the year as four digits, such as 2022.")
        .min(1900, "Enter a year from 1900 onwards.")
        .max(2100, "Enter a year before 2100.")
        .nullable(),
    ),
    authors: z.preprocess((v) => splitList(v, /[;\n|]/), z.array(z.string().max(200, "An author's name is too long.")).max(50, "List at most 50 authors.")),
    publisher: optionalText(300, "Keep the publisher under 300 characters."),
    accessNote: optionalText(300, "Keep the access note under 300 characters."),
  })
  // `when` makes the rule run even while other fields have errors, so the editor sees every problem at once.
  .refine((value) => !!(value.body || value.url), {
    path: ["url"],
    message: "Add a web address, or write notes in the body: a resource needs at least one.",
    when: () => true,
  });
export type ResourceInput = z.output<typeof ResourceInputSchema>;

export const ResourceEditSchema = z.object({
  note: optionalText(300, "Keep the note under 300 characters."),
  status: z.enum(["published", "withdrawn"], { error: "Choose whether the resource is published." }).default("published"),
});

export const SuggestionSchema = z.object({
  title: z.preprocess(
    (v) => String(v ?? "").trim(),
    z.string().min(1, "Tell us the title of the resource.").max(MAX_TITLE, `Use at most ${MAX_TITLE} characters for the title.`),
  ),
  url: httpUrl,
  summary: z.preprocess(
    (v) => String(v ?? "").trim(),
    z.string().min(1, "Tell the editors in a sentence or two what it is and why it helps.").max(MAX_SUMMARY, `Keep this under ${MAX_SUMMARY} characters.`),
  ),
  note: optionalText(1000, "Keep the note under 1000 characters."),
});
export type SuggestionInput = z.output<typeof SuggestionSchema>;

export const DeclineSuggestionSchema = z.object({
  suggestionId: z.string().min(1),
  reason: z.preprocess(
    (v) => String(v ?? "").trim(),
    z.string().min(1, "Give the person a short, kind reason; they will see it.").max(1000, "Keep the reason under 1000 characters."),
  ),
});

export const ImportUploadSchema = z.object({
  format: z.enum(["csv", "json"], { error: "Choose CSV or JSON." }),
  content: z.string().trim().min(1, "Choose a file, or paste its contents.").max(2_000_000, "The file is larger than 2 MB; split it into smaller files."),
  fileName: z.string().max(200).default(""),
});

/** Filters shared by /resources; the same names as the search page's facets. */
export const ResourceListQuerySchema = z.object({
  q: z.string().trim().max(200).default(""),
  type: z.array(z.string()).default([]),
  topic: z.array(z.string()).default([]),
  country: z.array(z.string()).default([]),
  language: z.array(z.string()).default([]),
  yearFrom: z.coerce.number().int().min(1900).max(2100).optional().catch(undefined),
  yearTo: z.coerce.number().int().min(1900).max(2100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).default(1).catch(1),
  /** Keyset cursors (listing.server.ts): the page after the row `after`, or the page before the row `before`. */
  after: z.string().max(600).optional().catch(undefined),
  before: z.string().max(600).optional().catch(undefined),
});
export type ResourceListQuery = z.output<typeof ResourceListQuerySchema>;

/** Reads the repeated facet parameters (?type=a&type=b) of a URL. */
export function listQueryFromUrl(url: URL): ResourceListQuery {
  const p = url.searchParams;
  return ResourceListQuerySchema.parse({
    q: p.get("q") ?? "",
    type: p.getAll("type"),
    topic: p.getAll("topic"),
    country: p.getAll("country"),
    language: p.getAll("language"),
    yearFrom: p.get("yearFrom") || undefined,
    yearTo: p.get("yearTo") || undefined,
    page: p.get("page") || 1,
    after: p.get("after") || undefined,
    before: p.get("before") || undefined,
  });
}

/** Reads a resource form (repeated checkboxes become arrays). */
export type ResourceFormValues = ReturnType<typeof resourceFormValues>;

export function resourceFormValues(form: FormData) {
  return {
    title: String(form.get("title") ?? ""),
    summary: String(form.get("summary") ?? ""),
    body: String(form.get("body") ?? ""),
    url: String(form.get("url") ?? ""),
    type: String(form.get("type") ?? ""),
    topics: form.getAll("topics").map(String),
    audiences: form.getAll("audiences").map(String),
    countries: String(form.get("countries") ?? ""),
    language: String(form.get("language") ?? ""),
    year: String(form.get("year") ?? ""),
    authors: String(form.get("authors") ?? ""),
    publisher: String(form.get("publisher") ?? ""),
    accessNote: String(form.get("accessNote") ?? ""),
    note: String(form.get("note") ?? ""),
    status: String(form.get("status") ?? "published"),
  };
}
