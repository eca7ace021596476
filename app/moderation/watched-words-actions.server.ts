import { json } from "@remix-run/node";
import { fieldErrors } from "~/accounts/schema.server";
import type { SessionUser } from "~/utils/auth.server";
import { CsvImportSchema, TestTextSchema, WatchedWordSchema } from "./schema.server";
import { screenText } from "./screening.server";
import { addWatchedWord, importWatchedWordsCsv, removeWatchedWord, type WatchedWordScope } from "./watched-words.server";

const empty = {} as Record<string, string>;

/**
 * The one action behind both watched-word pages (site-wide and a circle's): add, remove, import CSV, and
 * "test this text". Typed input always comes back on an error, with the message next to the field.
 */
export async function handleWatchedWordsForm(actor: SessionUser, scope: WatchedWordScope, request: Request) {
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const values = Object.fromEntries([...form].filter(([, v]) => typeof v === "string").map(([k, v]) => [k, String(v)]));
  const base = { intent, values, errors: empty, done: null as string | null, test: null as TestResult | null, problems: [] as { row: number; message: string }[] };

  if (intent === "add") {
    const parsed = WatchedWordSchema.safeParse(values);
    if (!parsed.success) return json({ ...base, errors: fieldErrors(parsed.error) }, { status: 400 });
    await addWatchedWord(actor.id, scope, parsed.data);
    return json({ ...base, values: empty, done: `Saved “${parsed.data.pattern}”.` });
  }
  if (intent === "remove") {
    await removeWatchedWord(actor.id, scope, String(form.get("id") ?? ""));
    return json({ ...base, values: empty, done: "Removed." });
  }
  if (intent === "import") {
    const file = form.get("file");
    const csv = file && typeof file !== "string" && file.size > 0 ? await file.text() : values.csv ?? "";
    const parsed = CsvImportSchema.safeParse({ csv });
    if (!parsed.success) return json({ ...base, errors: fieldErrors(parsed.error) }, { status: 400 });
    const result = await importWatchedWordsCsv(actor.id, scope, parsed.data.csv);
    const summary = `Imported ${result.added} new and updated ${result.updated} existing ${result.added + result.updated === 1 ? "entry" : "entries"}.`;
    if (result.problems.length) {
      return json({ ...base, problems: result.problems, errors: { csv: `${result.problems.length} row${result.problems.length === 1 ? " was" : "s were"} not imported: see the list below. ${summary}` } }, { status: 400 });
    }
    return json({ ...base, values: empty, done: summary });
  }
  if (intent === "test") {
    const parsed = TestTextSchema.safeParse(values);
    if (!parsed.success) return json({ ...base, errors: fieldErrors(parsed.error) }, { status: 400 });
    const detail = await screenText({ circleId: scope === "site" ? null : scope.circleId, text: parsed.data.text });
    const test: TestResult = {
      outcome: detail.outcome, flag: detail.flag, distress: detail.distress, message: detail.message ?? null,
      matches: detail.watchedWords.map((w) => ({ pattern: w.pattern, action: w.action, scope: w.scope, matchedText: w.matchedText })),
      identifierKinds: detail.identifierKinds,
    };
    return json({ ...base, test });
  }
  return json({ ...base, errors: { form: "Choose what to do." } }, { status: 400 });
}

export type TestResult = {
  outcome: "publish" | "hold" | "block";
  flag: boolean;
  distress: boolean;
  message: string | null;
  matches: { pattern: string; action: string; scope: string; matchedText: string }[];
  identifierKinds: string[];
};
