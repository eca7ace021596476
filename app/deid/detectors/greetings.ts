/**
 * Greetings and sign-offs are never a person or a place (session 12): "Tēnā koe Dr Whaanga", "Talofa lava.",
 * "Goeiedag", "Groete Annelie", "Ngiyabonga.", "Kia ora koutou". A finding of a person, place or body that lies inside a
 * greeting of `lang/greetings.ts` is dropped; one that starts with a greeting and goes on to a name keeps the name.
 */
import { GREETING_PHRASES } from "../lang/greetings";
import { getNames } from "../dictionaries";
import type { Candidate } from "../types";
import { escapeRegex } from "../util";

const GREETING = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’])(?:${[...GREETING_PHRASES]
    .sort((a, b) => b.length - a.length)
    .map((g) =>
      escapeRegex(g)
        .replace(/'/g, "['’]?")
        .replace(/ /g, String.raw`[ \t]+`),
    )
    .join("|")})(?![\p{L}\p{M}'’])`,
  "giu",
);
/** A title before the word makes it a surname: "Mr Molo". */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:mr|mrs|ms|miss|mx|dr|dre|prof|sister|nurse|m|mme|mlle)\.?[ \t]+$/iu;
/** Where a greeting stands: opening a line or sentence, or followed by a pause or the line's end. */
const OPENS = /(?:^|[.!?\n])[ \t"“]*$/u;
const PAUSE_AFTER = /^[ \t]*(?:[.,!;:]|$|\n)/u;
const SOFT = new Set(["PERSON", "LOCATION", "FACILITY", "ORGANISATION"]);

/** The candidates without the greetings read as names or places (trimmed where a name follows the greeting). */
export function dropGreetings(text: string, cands: Candidate[]): Candidate[] {
  const ranges = [...text.matchAll(GREETING)]
    .filter((m) => {
      const before = text.slice(Math.max(0, m.index! - 12), m.index!);
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 4);
      if (TITLE_BEFORE.test(before)) return false;
      // A greeting that is also a given name ("Siyabonga") is one only where it closes its sentence on its own.
      if (getNames().firstNames.has(m[0].toLowerCase())) return OPENS.test(before) && /^[.!]/u.test(after);
      return OPENS.test(before) || PAUSE_AFTER.test(after);
    })
    .map((m) => [m.index!, m.index! + m[0].length] as const);
  if (!ranges.length) return cands;
  const out: Candidate[] = [];
  for (const c of cands) {
    const r = SOFT.has(c.type) ? ranges.find(([s, e]) => s <= c.start && c.start < e) : undefined;
    if (!r) {
      out.push(c);
      continue;
    }
    if (c.end <= r[1]) continue;
    const rest = /^[\s,]*/.exec(text.slice(r[1], c.end))![0].length + r[1];
    if (rest < c.end) out.push({ ...c, start: rest });
  }
  return out;
}
