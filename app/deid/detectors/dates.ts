/**
 * DATE (any date element except a bare year) and AGE (over 89 → "90+").
 * chrono-node (en / fr) finds the wide variety of written dates; our own patterns add forms it
 * misses ("Tuesday the 4th", "03/2021", French "1er mars"), and a filter drops what is not a date
 * element: bare years, relative expressions ("last month", "yesterday"), weekdays alone, times.
 */
import * as chrono from "chrono-node";
import { ALL_PACKS, unionOf } from "../lang/index";
import type { LanguagePack } from "../lang/types";
import type { Candidate } from "../types";
import { alternation, hasLongRun, scannerFor } from "../util";

const MONTHS = alternation(unionOf("months"));
const WEEKDAYS = alternation(unionOf("weekdays").filter((w) => w.length > 4));
const ORD = String.raw`(?:st|nd|rd|th|er|e|ème)`;
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const YEAR = String.raw`(?:\d{4}|'\d{2})`;

const OWN_DATES: RegExp[] = [
  // 2023-11-14, 2023/11/14
  /\b(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?:[ T](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?\b/g,
  // 03/04/2021, 3.4.21, 03-04-2021
  /\b(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:\d{4}|\d{2})\b/g,
  // 03/2021 (month/year)
  /\b(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}\b/g,
  // (Tuesday,) 3rd (of) March (2023)
  new RegExp(
    String.raw`(?<!\w)(?:(?:${WEEKDAYS})\.?,?\s+(?:the\s+|le\s+)?)?${DAY}${ORD}?\s+(?:of\s+|de\s+)?(?:${MONTHS})\b\.?(?:,?\s+${YEAR}|,\s?\d{2}(?![\d:]))?`,
    "giu",
  ),
  // (Tuesday,) March 3rd(, 2023)
  new RegExp(String.raw`(?<!\w)(?:(?:${WEEKDAYS})\.?,?\s+)?(?:${MONTHS})\.?\s+${DAY}${ORD}?\b(?:,?\s+${YEAR})?`, "giu"),
  // March 2023, mars 2023, March of 2023
  new RegExp(String.raw`(?<!\w)(?:${MONTHS})\.?,?\s+(?:of\s+|de\s+)?(?:19|20)\d{2}\b`, "giu"),
  // Tuesday the 4th, mardi 4
  new RegExp(String.raw`(?<!\w)(?:${WEEKDAYS}),?\s+(?:the\s+|le\s+)?${DAY}(?:${ORD}\b|(?=\s))`, "giu"),
  // 17-Feb-2023, 17 Feb 23
  new RegExp(String.raw`(?<!\w)${DAY}[-/ ](?:${MONTHS})[-/ ](?:\d{4}|\d{2})\b`, "giu"),
  // last July, next December, this March
  new RegExp(String.raw`(?<!\w)(?:last|next|this|early|mid|late|end of|dernier|prochain)[ -](?:${MONTHS})\b`, "giu"),
  // on 08/22 (no year): only after "on", "dated", "from", "since", "until"
  /\b(?:on|dated|from|since|until|le|du)\s+((?:0?[1-9]|1[0-2]|[12]\d|3[01])\/(?:0?[1-9]|[12]\d|3[01]))(?![\d/])/gi,
  // on the 4th, le 4
  new RegExp(
    String.raw`(?<!\w)(?:on|from|until|by|since)\s+the\s+(${DAY}${ORD})\b(?![ \t]+(?:floor|storey|story|time|times|dose|attempt|level|rib|ventricle|digit|finger|toe|grade|percentile|trimester|cycle|round|session|try|line|bed|day|week|month|year)s?\b)`,
    "giu",
  ),
];

/** Most date patterns need no u flag: they are searched without it (scannerFor). */
const OWN_DATE_SCANS = OWN_DATES.map(scannerFor);

/**
 * What makes a chrono match a date element: a month word next to a number (day or year), a numeric
 * day/month, or an ordinal day. A month alone after a word of time ("in March") is read in notedates.ts.
 */
const DATE_ELEMENT = new RegExp(
  String.raw`(?:${MONTHS})\.?,?\s+(?:of\s+|de\s+)?\d|\d(?:${ORD})?\s+(?:of\s+|de\s+)?(?:${MONTHS})\b|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\b${DAY}${ORD}\b`,
  "iu",
);
const MONTH_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${MONTHS})(?![\p{L}])`, "iu");
const LEADING_FILLER = /^(?:on|the|in|at|from|since|until|by|of|le|la|du|au|en|depuis|dès|jusqu'au|vers)\s+/i;

/**
 * A numeric date is one shape with one kind of separator, standing alone: not part of a chain of
 * numbers ("7.28/25/76", "16/5/40%"), not a decimal ("5.4/3.89"), not a range of times ("930-1130PM").
 */
function NUMERIC_DATE_OK(text: string, s: number, e: number, t: string): boolean {
  if (/\p{L}/u.test(t.replace(/\b(?:on|le)\b/giu, ""))) return true;
  const seps = new Set(t.match(/[-/.]/g) ?? []);
  if (seps.size > 1 || /\d\.\d+[-/]|[-/]\d+\.\d/.test(t)) return false;
  if (/[\d.,/-]/.test(text[s - 1] ?? "") && /\d/.test(text[s - 2] ?? "")) return false;
  if (/^(?:[-/.]\d|%|\d)/.test(text.slice(e, e + 2))) return false;
  return true;
}

function trimFiller(text: string, start: number, end: number): [number, number] {
  let s = start;
  for (;;) {
    const m = LEADING_FILLER.exec(text.slice(s, end));
    if (!m) break;
    s += m[0].length;
  }
  while (end > s && /[\s,.;:]/.test(text[end - 1])) end--;
  return [s, end];
}

/**
 * DATE_ELEMENT without its word boundaries: whatever part of a text DATE_ELEMENT matches, this matches
 * there too, so a chrono result that passes DATE_ELEMENT overlaps one of its matches.
 */
const DATE_ELEMENT_LOOSE = new RegExp(
  String.raw`(?:${MONTHS})\.?,?\s+(?:of\s+|de\s+)?\d|\d(?:${ORD})?\s+(?:of\s+|de\s+)?(?:${MONTHS})|\d{1,4}[/.-]\d{1,2}|${DAY}${ORD}`,
  "giu",
);

const scanLooseDateElements = scannerFor(DATE_ELEMENT_LOOSE);

/**
 * chrono only needs the lines where a date element can be (DATE_ELEMENT_LOOSE touches them) and the lines
 * beside them (a date may run over a line end). Most lines of a narrative have a number (a dose, a count, a
 * time) but no date, and chrono tries every number as a time. Returns the runs of lines to read, as
 * [start, end) offsets; the lines between them were blanked before (same length), and one of chrono's French
 * patterns backtracks quadratically over long runs of spaces, so the runs are now parsed one by one.
 */
function linesNearDates(text: string): [number, number][] {
  const lines = text.split("\n");
  const dated = new Array<boolean>(lines.length).fill(false);
  let line = 0;
  let lineEnd = lines[0].length;
  for (const m of scanLooseDateElements(text)) {
    while (m.index! > lineEnd) lineEnd += lines[++line].length + 1;
    // The match may run over line ends ("March\n3"): every line it touches counts.
    for (let k = line, end = lineEnd; ; end += lines[++k].length + 1) {
      dated[k] = true;
      if (m.index! + m[0].length <= end + 1 || k + 1 >= lines.length) break;
    }
  }
  const runs: [number, number][] = [];
  let at = 0;
  lines.forEach((l, i) => {
    // An empty line is read as it is: blanking it would change nothing.
    if (dated[i] || dated[i - 1] || dated[i + 1] || l.length === 0) {
      const last = runs[runs.length - 1];
      if (last && last[1] === at - 1) last[1] = at + l.length;
      else runs.push([at, at + l.length]);
    }
    at += l.length + 1;
  });
  return runs;
}

/**
 * chrono-node slows down more than linearly on long texts (8 s for 400 KB of notes): parse pieces of
 * about 4,000 characters cut at line ends (or spaces), and shift the offsets back.
 */
function parseInChunks(parser: typeof chrono.casual, text: string, ref: Date): { index: number; text: string }[] {
  // No date is a run of more than 40 non-space characters: blank such runs (same length) before chrono,
  // which crawls on them ("12-12-12-…").
  if (hasLongRun(text, 40)) text = text.replace(/\S{41,}/g, (run) => " ".repeat(run.length));
  const runs = linesNearDates(text);
  const out: { index: number; text: string }[] = [];
  const parseRuns = (start: number, end: number) => {
    for (const [s, e] of runs) {
      const from = Math.max(s, start);
      const to = Math.min(e, end);
      if (from >= to) continue;
      for (const r of parser.parse(text.slice(from, to), ref)) out.push({ index: from + r.index, text: r.text });
    }
  };
  if (text.length <= 6000) {
    parseRuns(0, text.length);
    return out;
  }
  // The pieces are cut where they were cut when the lines between runs were blanked with spaces.
  let blanked = "";
  let at = 0;
  for (const [s, e] of runs) {
    blanked += text.slice(at, s).replace(/[^\n]/g, " ") + text.slice(s, e);
    at = e;
  }
  blanked += text.slice(at).replace(/[^\n]/g, " ");
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + 4000);
    if (end < text.length) {
      const nl = blanked.lastIndexOf("\n", end);
      const sp = blanked.lastIndexOf(" ", end);
      end = nl > start + 1000 ? nl + 1 : sp > start + 1000 ? sp + 1 : end;
    }
    parseRuns(start, end);
    start = end;
  }
  return out;
}

export function detectDates(text: string, pack: LanguagePack, referenceDate: Date): Candidate[] {
  const out: Candidate[] = [];
  const push = (s: number, e: number, confidence: number, source: string) => {
    [s, e] = trimFiller(text, s, e);
    const t = text.slice(s, e);
    // Lower-case English "may"/"march" followed by a number are usually verbs ("may 2 doses").
    // ... unless a full year says it is a date ("may 16, 2015", "march of 2022").
    if (/(?:^|[^\p{L}])(?:may|mar|march|sat|sun|wed)(?![\p{L}])/u.test(t) && pack.code === "en" && !/(?:^|\D)(?:1[89]|20)\d{2}(?!\d)/.test(t)) return;
    if (/^(?:19|20)\d{2}$/.test(t) || e - s < 3) return;
    // "AVR 8/88": a month word whose number runs on into a numeric date is an acronym before that date.
    if (/^\p{L}/u.test(t) && /^[/-]\d/.test(text.slice(e, e + 2))) return;
    if (!NUMERIC_DATE_OK(text, s, e, t)) return;
    out.push({ start: s, end: e, type: "DATE", confidence, priority: 80, source });
  };
  for (const scan of OWN_DATE_SCANS) {
    for (const m of scan(text)) {
      const s = m[1] ? m.index! + m[0].indexOf(m[1]) : m.index!;
      push(s, m.index! + m[0].length, 0.9, "date-pattern");
    }
  }
  const parser = pack.chronoLocale === "fr" ? chrono.fr.casual : chrono.casual;
  for (const r of parseInChunks(parser, text, referenceDate)) {
    if (!DATE_ELEMENT.test(r.text)) continue;
    // A decimal or a ratio ("2.1", "7/10") is not a date.
    if (/^\d+[./]\d+$/.test(r.text.trim())) continue;
    // Without a month word, only a full numeric date counts: "9-10PM", "3:15-4:00pm", "2-3" are times and ranges.
    if (!MONTH_WORD.test(r.text) && (/\d\s*(?:am|pm|a\.m\.|p\.m\.|h)\b|:\d/i.test(r.text) || !/\d{1,4}([/.-])\d{1,2}\1\d{2,4}/.test(r.text))) continue;
    push(r.index, r.index + r.text.length, 0.85, "date-chrono");
  }
  return out;
}

const AGE_SCANS = ALL_PACKS.flatMap((p) => p.agePatterns.map((src) => scannerFor(new RegExp(src, "giu"))));

/** Ages over 89. The finding covers the number only; it is replaced by "90+". */
export function detectAges(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Every pattern reads a number from 90 to 129 ("93-year-old", "aged 101"): without one there is nothing to find.
  if (!/(?<!\d)(?:9\d|1[0-2]\d)(?!\d)/.test(text)) return out;
  for (const scan of AGE_SCANS) {
    for (const m of scan(text)) {
      if (!m[1]) continue;
      const n = Number(m[1]);
      if (!(n >= 90 && n < 130)) continue;
      const s = m.index! + m[0].indexOf(m[1]);
      out.push({ start: s, end: s + m[1].length, type: "AGE", confidence: 0.9, priority: 85, source: "age" });
    }
  }
  return out;
}
