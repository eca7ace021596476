import { expect } from "vitest";
import { deidentify, warmUp, type DeidentifyOptions, type EntityType, type Finding } from "~/deid/index";

// Load the word lists once at import, so no single test pays for it (and times out on a busy machine).
warmUp();

export const REF = new Date(2024, 0, 1);

export function run(text: string, options: DeidentifyOptions = {}) {
  return deidentify(text, { referenceDate: REF, ...options });
}

/** Findings of a type, as their text. */
export function texts(findings: Finding[], type?: EntityType): string[] {
  return findings.filter((f) => !type || f.type === type).map((f) => f.text);
}

/** True when some finding (of `type`, if given) covers every letter and digit of `value` in `text`. */
export function covers(text: string, findings: Finding[], value: string, type?: EntityType): boolean {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`value not in text: ${value}`);
  for (let i = at; i < at + value.length; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i])) continue;
    if (!findings.some((f) => (!type || f.type === type) && f.start <= i && i < f.end)) return false;
  }
  return true;
}

type Kind = EntityType | undefined;
/** Each text's finding covers its value (of `type`, if given). */
export function fires(cases: [string, string][], type?: Kind) {
  for (const [text, value] of cases) expect(covers(text, run(text).findings, value, type), text).toBe(true);
}
/** No finding (of `type`, if given) in any of the texts. */
export function silent(cases: string[], type?: Kind, options: DeidentifyOptions = {}) {
  for (const text of cases) expect(texts(run(text, options).findings, type), text).toEqual([]);
}
