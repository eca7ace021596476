import { parse as parseCsv } from "csv-parse/sync";
import { eq, inArray, or } from "drizzle-orm";
import { resourceImports, resources, type ImportFormat } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { log } from "~/utils/log.server";
import { insertResource, RESERVED_SLUGS, slugify, uniqueSlug } from "./resources.server";
import { ResourceInputSchema, type ResourceInput } from "./schema.server";

// Bulk import: upload → report → confirm. Nothing is written until the editor chooses "import the
// valid rows"; the confirm step validates the stored file again, inside the one transaction that
// writes every valid row with its revision, outbox and audit rows.

export const MAX_IMPORT_ROWS = 2000;

/** Column names people use in spreadsheets, mapped to our field names. */
const COLUMN_ALIASES: Record<string, string> = {
  title: "title",
  summary: "summary",
  abstract: "summary",
  body: "body",
  notes: "body",
  note: "body",
  url: "url",
  link: "url",
  doi: "url",
  type: "type",
  topics: "topics",
  topic: "topics",
  audiences: "audiences",
  audience: "audiences",
  countries: "countries",
  country: "countries",
  language: "language",
  lang: "language",
  year: "year",
  authors: "authors",
  author: "authors",
  publisher: "publisher",
  organisation: "publisher",
  organization: "publisher",
  accessnote: "accessNote",
  access: "accessNote",
  licence: "accessNote",
  license: "accessNote",
  slug: "slug",
};

const normaliseColumn = (name: string) => COLUMN_ALIASES[name.toLowerCase().replace(/[\s_-]+/g, "")] ?? null;

export type ImportRowError = { row: number; messages: string[] };
export type ImportReport = {
  format: ImportFormat;
  totalRows: number;
  valid: Array<{ row: number; title: string }>;
  errors: ImportRowError[];
  /** A problem with the whole file (unreadable CSV, not a JSON array…). */
  fileError: string | null;
};
type ValidRow = { row: number; input: ResourceInput; slug: string | null };

type RawRow = { row: number; fields: Record<string, unknown>; unknownColumns: string[] };

/** Reads the rows of a file. Row numbers are what a person sees: spreadsheet rows (header = row 1) or JSON items from 1. */
export function readImportRows(format: ImportFormat, content: string): { rows: RawRow[]; fileError: string | null } {
  if (format === "json") {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (error) {
      return { rows: [], fileError: `The file is not valid JSON (${(error as Error).message}).` };
    }
    const list = Array.isArray(data) ? data : (data as { resources?: unknown })?.resources;
    if (!Array.isArray(list)) return { rows: [], fileError: 'The JSON file should hold a list of resources: [ { "title": … }, … ].' };
    return {
      rows: list.map((item, i) => {
        if (!item || typeof item !== "object" || Array.isArray(item)) return { row: i + 1, fields: {}, unknownColumns: ["(not an object)"] };
        const fields: Record<string, unknown> = {};
        const unknownColumns: string[] = [];
        for (const [k, v] of Object.entries(item as Record<string, unknown>)) {
          const name = normaliseColumn(k);
          if (name) fields[name] = v;
          else unknownColumns.push(k);
        }
        return { row: i + 1, fields, unknownColumns };
      }),
      fileError: null,
    };
  }
  let records: string[][];
  try {
    records = parseCsv(content, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (error) {
    return { rows: [], fileError: `The CSV file could not be read: ${(error as Error).message}` };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], fileError: "The CSV file is empty." };
  const names = header.map(normaliseColumn);
  if (!names.includes("title")) return { rows: [], fileError: 'The first row should name the columns, including a "title" column.' };
  const unknownColumns = header.filter((_, i) => !names[i]);
  return {
    rows: body.map((cells, i) => {
      const fields: Record<string, unknown> = {};
      names.forEach((name, c) => {
        if (name) fields[name] = cells[c] ?? "";
      });
      return { row: i + 2, fields, unknownColumns };
    }),
    fileError: null,
  };
}

/** Checks every row against the same rules as the editor's form, plus duplicates within the file and against the library. */
export async function validateImport(tx: Queryable, format: ImportFormat, content: string): Promise<{ report: ImportReport; validRows: ValidRow[] }> {
  const { rows, fileError } = readImportRows(format, content);
  const report: ImportReport = { format, totalRows: rows.length, valid: [], errors: [], fileError };
  if (fileError) return { report, validRows: [] };
  if (rows.length > MAX_IMPORT_ROWS) {
    report.fileError = `The file has ${rows.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`;
    return { report, validRows: [] };
  }
  const urls = rows.map((r) => String(r.fields.url ?? "").trim()).filter(Boolean);
  const slugs = rows.map((r) => String(r.fields.slug ?? "").trim()).filter(Boolean);
  const existing =
    urls.length || slugs.length
      ? await tx
          .select({ url: resources.url, slug: resources.slug })
          .from(resources)
          .where(or(urls.length ? inArray(resources.url, urls) : undefined, slugs.length ? inArray(resources.slug, slugs) : undefined))
      : [];
  const existingUrls = new Map(existing.filter((e) => e.url).map((e) => [e.url!, e.slug]));
  const existingSlugs = new Set(existing.map((e) => e.slug));
  const seenUrls = new Map<string, number>();
  const seenSlugs = new Map<string, number>();
  const validRows: ValidRow[] = [];

  for (const raw of rows) {
    const messages: string[] = [];
    if (raw.unknownColumns.includes("(not an object)")) messages.push("This item is not an object with fields.");
    const parsed = ResourceInputSchema.safeParse(raw.fields);
    if (!parsed.success) for (const issue of parsed.error.issues) messages.push(`${String(issue.path[0] ?? "row")}: ${issue.message}`);
    const slug = String(raw.fields.slug ?? "").trim() || null;
    if (slug && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) messages.push("slug: Use lower-case letters, digits and single hyphens.");
    else if (slug && RESERVED_SLUGS.has(slug)) messages.push(`slug: "${slug}" is the name of a page; choose another.`);
    else if (slug && existingSlugs.has(slug)) messages.push(`slug: "${slug}" is already used in the library.`);
    else if (slug && seenSlugs.has(slug)) messages.push(`slug: the same slug is used in row ${seenSlugs.get(slug)}.`);
    const url = parsed.success ? parsed.data.url : "";
    if (url && existingUrls.has(url)) messages.push(`url: already in the library (/resources/${existingUrls.get(url)}).`);
    else if (url && seenUrls.has(url)) messages.push(`url: the same address is in row ${seenUrls.get(url)}.`);
    if (slug) seenSlugs.set(slug, raw.row);
    if (url) seenUrls.set(url, raw.row);
    if (messages.length || !parsed.success) report.errors.push({ row: raw.row, messages });
    else {
      validRows.push({ row: raw.row, input: parsed.data, slug });
      report.valid.push({ row: raw.row, title: parsed.data.title });
    }
  }
  return { report, validRows };
}

/** Step 1: keeps the uploaded file and returns its report. Nothing is imported yet. */
export async function uploadImport(actorId: string, upload: { format: ImportFormat; content: string; fileName: string }) {
  const db = await getDb();
  const { report } = await validateImport(db, upload.format, upload.content);
  const id = newId();
  await db
    .insert(resourceImports)
    .values({ id, uploadedBy: actorId, format: upload.format, fileName: upload.fileName, content: upload.content, createdAt: now() });
  log("resource_import.checked", { importId: id, rows: report.totalRows, valid: report.valid.length, errors: report.errors.length });
  return { id, report };
}

/** The stored upload, checked again (the library may have changed since). Only its uploader sees it. */
export async function getImportReport(actorId: string, importId: string) {
  const db = await getDb();
  const [upload] = await db.select().from(resourceImports).where(eq(resourceImports.id, importId));
  if (!upload || upload.uploadedBy !== actorId) return null;
  const { report } = upload.confirmedAt ? { report: null } : await validateImport(db, upload.format, upload.content);
  return { id: upload.id, fileName: upload.fileName, confirmedAt: upload.confirmedAt, importedCount: upload.importedCount, report };
}

export type ConfirmResult = { ok: true; imported: number; skipped: number } | { ok: false; reason: "not_found" | "already_imported" | "nothing_valid" };

/** Step 2: re-validates and writes all valid rows, with their outbox and audit rows, in ONE transaction. */
export async function confirmImport(actorId: string, importId: string): Promise<ConfirmResult> {
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<ConfirmResult> => {
    const [upload] = await tx.select().from(resourceImports).where(eq(resourceImports.id, importId)).for("update");
    if (!upload || upload.uploadedBy !== actorId) return { ok: false, reason: "not_found" };
    if (upload.confirmedAt) return { ok: false, reason: "already_imported" };
    const { validRows, report } = await validateImport(tx, upload.format, upload.content);
    if (!validRows.length) return { ok: false, reason: "nothing_valid" };
    const reserved = new Set<string>();
    for (const row of validRows) {
      const slug = row.slug ?? (await uniqueSlug(tx, slugify(row.input.title), reserved));
      reserved.add(slug);
      await insertResource(tx, row.input, { actorId, slug, auditAction: "resource.imported", auditMetadata: { importId, row: row.row } });
    }
    await tx.update(resourceImports).set({ confirmedAt: now(), importedCount: validRows.length }).where(eq(resourceImports.id, importId));
    await writeAudit(tx, {
      actorId,
      action: "resource_import.confirmed",
      targetType: "resource_import",
      targetId: importId,
      metadata: { imported: validRows.length, skipped: report.errors.length },
    });
    return { ok: true, imported: validRows.length, skipped: report.errors.length };
  });
  if (result.ok) log("resource_import.confirmed", { importId, imported: result.imported, skipped: result.skipped });
  return result;
}
