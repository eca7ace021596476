import { en } from "./en";
import { fr } from "./fr";
import type { LanguagePack } from "./types";
import type { LanguageCode } from "../types";

export type { LanguagePack } from "./types";

/** All registered language packs. Add a new pack here (and its code to LanguageCode). */
export const LANGUAGES: Record<LanguageCode, LanguagePack> = { en, fr };
export const ALL_PACKS: LanguagePack[] = Object.values(LANGUAGES);

const WORD = /[\p{L}']+/gu;
const STOP = new Map<string, Map<string, true>>();
for (const p of ALL_PACKS) STOP.set(p.code, new Map(p.stopwords.map((w) => [w, true as const])));

/** Guess the language from stopword counts over the first 2,000 characters. Defaults to English. */
export function detectLanguage(text: string): LanguageCode {
  const sample = text.slice(0, 2000).toLowerCase();
  const counts = new Map<string, number>();
  for (const m of sample.matchAll(WORD)) {
    for (const [code, words] of STOP) if (words.has(m[0])) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: LanguageCode = "en";
  let bestCount = 0;
  for (const [code, n] of counts) {
    if (n > bestCount) {
      best = code as LanguageCode;
      bestCount = n;
    }
  }
  return best;
}

/** Union of one field over all packs, de-duplicated. */
export function unionOf<K extends keyof LanguagePack>(key: K): string[] {
  const out = new Set<string>();
  for (const p of ALL_PACKS) for (const v of p[key] as unknown as string[]) out.add(v);
  return [...out];
}
