import type { SessionUser } from "~/utils/auth.server";
import { parseForm, type FieldErrors, type FormValues } from "~/utils/forms";
import { CsvImportSchema, TestTextSchema, WatchedWordSchema } from "./schema.server";
import { screenText } from "./screening.server";
import { addWatchedWord, importWatchedWordsCsv, removeWatchedWord, type WatchedWordScope } from "./watched-words.server";

export type TestResult = {
  outcome: "publish" | "hold" | "block";
  flag: boolean;
  distress: boolean;
  message: string | null;
  matches: { pattern: string; action: string; scope: string; matchedText: string }[];
  identifierKinds: string[];
};

/** What a watched-words page shows after an action: typed input always comes back on an error, with the message next to the field. */
export type WatchedWordsReply = {
  intent: string;
  values: FormValues;
  errors: FieldErrors;
  done: string | null;
  test: TestResult | null;
  problems: { row: number; message: string }[];
};
/** The reply and the status the route answers with (400 when something needs fixing). */
export type WatchedWordsResult = { status: number; reply: WatchedWordsReply };

/**
 * The one action behind both watched-word pages (site-wide and a circle's), from the form's typed values
 * (and the text of an uploaded CSV file, if one was chosen): add, remove, import CSV, and "test this text".
 */
export async function applyWatchedWordsForm(
  actor: SessionUser,
  scope: WatchedWordScope,
  form: { values: FormValues; csvFile: string | null },
): Promise<WatchedWordsResult> {
  const { values } = form;
  const intent = values.intent ?? "";
  const base: WatchedWordsReply = { intent, values, errors: {}, done: null, test: null, problems: [] };
  const ok = (reply: Partial<WatchedWordsReply>): WatchedWordsResult => ({ status: 200, reply: { ...base, ...reply } });
  const fix = (reply: Partial<WatchedWordsReply>): WatchedWordsResult => ({ status: 400, reply: { ...base, ...reply } });

  if (intent === "add") {
    const parsed = parseForm(WatchedWordSchema, values);
    if (!parsed.ok) return fix({ errors: parsed.errors });
    await addWatchedWord(actor.id, scope, parsed.data);
    return ok({ values: {}, done: `Saved “${parsed.data.pattern}”.` });
  }
  if (intent === "remove") {
    await removeWatchedWord(actor.id, scope, values.id ?? "");
    return ok({ values: {}, done: "Removed." });
  }
  if (intent === "import") {
    const parsed = parseForm(CsvImportSchema, { csv: form.csvFile ?? values.csv ?? "" });
    if (!parsed.ok) return fix({ errors: parsed.errors });
    const result = await importWatchedWordsCsv(actor.id, scope, parsed.data.csv);
    const summary = `Imported ${result.added} new and updated ${result.updated} existing ${result.added + result.updated === 1 ? "entry" : "entries"}.`;
    if (result.problems.length) {
      return fix({
        problems: result.problems,
        errors: { csv: `${result.problems.length} row${result.problems.length === 1 ? " was" : "s were"} not imported: see the list below. ${summary}` },
      });
    }
    return ok({ values: {}, done: summary });
  }
  if (intent === "test") {
    const parsed = parseForm(TestTextSchema, values);
    if (!parsed.ok) return fix({ errors: parsed.errors });
    const detail = await screenText({ circleId: scope === "site" ? null : scope.circleId, text: parsed.data.text });
    const test: TestResult = {
      outcome: detail.outcome,
      flag: detail.flag,
      distress: detail.distress,
      message: detail.message ?? null,
      matches: detail.watchedWords.map((w) => ({ pattern: w.pattern, action: w.action, scope: w.scope, matchedText: w.matchedText })),
      identifierKinds: detail.identifierKinds,
    };
    return ok({ test });
  }
  return fix({ errors: { form: "Choose what to do." } });
}
