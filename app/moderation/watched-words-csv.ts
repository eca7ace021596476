import { parse } from "csv-parse/sync";
import { WATCHED_WORD_ACTIONS, type WatchedWordAction } from "../../db/schema/moderation";
import { normalisePattern, patternProblem } from "./patterns";

/**
 * Watched words as CSV (columns: pattern, action, note), for moving lists between circles and sites.
 * Row numbers in problems are the spreadsheet's: the header is row 1, the first entry row 2.
 */
export type CsvEntry = { pattern: string; action: WatchedWordAction; note: string };
export type CsvProblem = { row: number; message: string };

export function parseWatchedWordsCsv(text: string): { entries: CsvEntry[]; problems: CsvProblem[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { entries: [], problems: [{ row: line ?? 1, message: "This file could not be read as CSV (check the quotes)." }] };
  }
  const entries: CsvEntry[] = [];
  const problems: CsvProblem[] = [];
  const seen = new Map<string, number>();
  const hasHeader = (records[0]?.[0] ?? "").toLowerCase() === "pattern";
  records.forEach((cells, index) => {
    const row = index + 1;
    if (hasHeader && index === 0) return;
    if (cells.every((c) => c === "")) return;
    const [rawPattern = "", actionCell = "", rawNote = "", ...extra] = cells.map((c) => c.replace(/^'(?=[=+\-@])/, ""));
    const pattern = rawPattern;
    const note = rawNote;
    const action = actionCell.toLowerCase();
    const problem = patternProblem(pattern);
    if (problem) return problems.push({ row, message: `pattern: ${problem}` });
    if (!(WATCHED_WORD_ACTIONS as readonly string[]).includes(action)) {
      return problems.push({ row, message: `action: "${actionCell}" is not one of block, hold, flag.` });
    }
    if (extra.some((c) => c !== "")) return problems.push({ row, message: "Use three columns: pattern, action, note." });
    if (note.length > 300) return problems.push({ row, message: "note: use at most 300 characters." });
    const key = normalisePattern(pattern);
    if (seen.has(key)) return problems.push({ row, message: `pattern: the same pattern is already on row ${seen.get(key)}.` });
    seen.set(key, row);
    entries.push({ pattern: key, action: action as WatchedWordAction, note });
  });
  return { entries, problems };
}

function csvCell(value: string): string {
  // Quote every cell that needs it; prefix formula-like cells so spreadsheets do not run them.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatWatchedWordsCsv(entries: { pattern: string; action: string; note: string | null }[]): string {
  const lines = ["pattern,action,note", ...entries.map((e) => [e.pattern, e.action, e.note ?? ""].map(csvCell).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}
