/**
 * Philter's rule, for prose (issue 9: "any token that is not a known common word of the text's language, and
 * sits where a name, place or facility can sit, is a finding"): a capitalised word that neither the English nor
 * the French word list knows, that is no clinical term, shorthand, title, month or known place, is a finding of
 * low confidence, for the author and the reviewers to keep or clear.
 * - Only in lines written in mixed case, where a capital means something (in capitals or lower case the
 *   truecaser and the slot rules decide).
 * - Not a medicine: no word list of drugs is free to use, so a word beside a dose, a route or a word for giving
 *   or taking a medicine is left alone ("started on Tegretol", "Buscopan 20 mg IV").
 * - A hyphenated word only when every part is unknown ("Nguyen-Reyes", not "Skin-lac").
 * - Its findings are not searched for again elsewhere in the text (index.ts's repeatMentions skips them): a
 *   guess is not evidence for another occurrence.
 */
import type { Candidate } from "../types";
import { CLINICAL_HEADS, isClinicalWord } from "../clinical";
import { englishWords, frenchWords } from "../dictionaries";
import { clinicalSlip } from "../learned/features";
import { isClinicalShorthand } from "../truecase";
import { lowerSameLength } from "../util";
import { slotCollector } from "./slot-collector";
import { isUnknownWord } from "./slots";

export const UNKNOWN_WORD_SOURCE = "unknown-word";

const WORD = /\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]*)*(?![\p{L}\p{M}\d])/gu;
const WORD_BEFORE = /[\p{L}\p{M}\d'’-]/u;
const PLACE_BEFORE = /(?:^|[\s(])(?:of|from|in|at|to|near|outside|à|au|de|du|en|vers|près de)\s+$/iu;
/** A dose, a unit or a route after the word: a medicine. */
const DOSE_AFTER =
  /^[\s,:(]*(?:\d|(?:iv|po|im|sc|sq|pr|sl|prn|nebs?|tabs?|tablets?|caps?|capsules?|infusion|drip|gtt|patch|inhaler|puffs?|mg|mcg|ml|units?|dose|doses|comprimés?|gélules?|ampoules?|perf(?:usion)?|sachets?)\b)/iu;
/** A word for giving, taking or stopping a medicine, or a dose, before the word. */
const GIVEN_BEFORE =
  /(?:^|[\s(])(?:(?:given|gave|give|giving|gives|refused|refuses|refuse|refusé|refusée|donne|donné|donnée)(?: (?:her|him|them|me|us|the patient|the pt|pt|lui|leur))?|started|start|starting|commenced|restarted|stopped|stop|held|hold|withheld|charted|prescribed|prescribing|administered|took|taking|take|on|off|of|with|plus|and|or|switched to|changed to|vs\.?|versus|than|increased|decreased|dose of|mg of|some|extra|pris|prise|donné|donnée|prescrit|prescrite|sous|du|de la|dose de|avec|arrêt du|arrêt de la)\s+$/iu;

const HEADS = new Set([
  ...CLINICAL_HEADS,
  ..."pump pumps lift hoist sling bed mattress monitor driver syringe device machine system form report sheet boot boots stocking stockings dressing bag kit score pompe lève-personne matelas échelle grille score".split(
    " ",
  ),
]);
const NEXT_WORD = /^[ \t]+([\p{L}\p{M}-]+)/u;
/** A device, a scale, a form or a system named by its maker ("the Hoyer lift", "échelle Doloplus"). */
function deviceOrScale(before: string, after: string): boolean {
  const next = NEXT_WORD.exec(after)?.[1];
  if (next && HEADS.has(lowerSameLength(next))) return true;
  return /(?:scale|score|échelle|grille)[ \t]+(?:de[ \t]+)?$/iu.test(before);
}

const CHANGED_TO =
  /(?:(?:swapped|replaced|exchanged) (?:it |them )?(?:for|with|by)(?: an?| the)?|(?:switched|changed|converted|titrated|weaned|moved over|swapped|transferred over|passé|passée|changé|changée) (?:him |her |them |the patient |pt )?(?:to|à|au|sous)|(?:documented|charted|recorded|entered|logged|noted|written|scanned|filed|flagged|reported|saisi|saisie|noté|notée|tracé|tracée|consigné|consignée) (?:it |this |that |them )?(?:in|on|into|via|through|dans|sur)) $/iu;
const DOSE_OF =
  /(?:dose|doses|mg|mcg|g|ml|units?|course|bolus|tablets?|tabs?|script|prescription|infusion|dose de|mg de|comprimés? de|ampoules? de) (?:of )?$/iu;

/** A clinical word with one letter changed ("Trendelenberg"), for words long enough that a name rarely is one. */
function clinicalSubstitution(l: string): boolean {
  if (l.length < 8 || l.length > 20) return false;
  for (let i = 1; i < l.length; i++)
    for (const c of "abcdefghijklmnopqrstuvwxyz") if (c !== l[i] && isClinicalWord(l.slice(0, i) + c + l.slice(i + 1))) return true;
  return false;
}

function unknownPart(p: string): boolean {
  const l = lowerSameLength(p);
  if (p.length < 3 || englishWords().has(l) || frenchWords().has(l) || DRUG_STEM.test(l) || !isUnknownWord(p)) return false;
  if (clinicalSlip(l) || clinicalSubstitution(l)) return false;
  const stem = l.replace(PREFIX, "");
  return stem === l || !(englishWords().has(stem) || frenchWords().has(stem));
}

function unknown(word: string): boolean {
  // A contraction or an elision is no name ("isn't", "We're", "Qu'il"); a possessive's "s" is left off.
  if (/['’](?!s$)/u.test(word)) return false;
  return word
    .replace(/['’]s$/u, "")
    .split("-")
    .every(unknownPart);
}

const TOKEN = /[\p{L}\p{M}'’/.-]+|\d[\d.,:/-]*/gu;
/**
 * The share of a text's tokens that are clinical shorthand ("pt", "sats", "gtt", "prn"). Case learnings, letters
 * and reflective accounts sit under 0.06 (blind batches 5–15: p90 0.02–0.06); ICU notes over it (PhysioNet's
 * notes: p10 0.09), where an unknown capitalised word is mostly shorthand, a typing slip or a medicine.
 */
export function shorthandDensity(text: string): number {
  let n = 0;
  let sh = 0;
  for (const m of text.matchAll(TOKEN)) {
    n++;
    const t = m[0];
    if (t.length > 14) continue;
    let is = shorthandCache.get(t);
    if (is === undefined) remember(shorthandCache, t, (is = isClinicalShorthand(lowerSameLength(t).replace(/[.,]$/u, ""))));
    if (is) sh++;
  }
  // A short text's share is noise ("sat" is shorthand too): three pieces of shorthand at least make a note.
  return sh >= 3 ? sh / n : 0;
}

/** Word-level answers kept across calls (the words of a language repeat); emptied when they grow past a bound. */
const shorthandCache = new Map<string, boolean>();
const unknownCache = new Map<string, boolean>();
function remember(cache: Map<string, boolean>, key: string, value: boolean): void {
  if (cache.size >= 50_000) cache.clear();
  cache.set(key, value);
}
export const NOTE_DENSITY = 0.06;

/** A known word behind a prefix of medicine ("Anticoagulation", "Reperfusion", "Urosepsis"). */
const PREFIX =
  /^(?:anti|re|uro|hypo|hyper|pre|post|non|peri|intra|inter|sub|trans|neuro|cardio|gastro|pneumo|nephro|hepato|haemo|hemo|endo|micro|macro|poly|dys|bi|co|de|dis|mis|over|under|out|auto|multi|semi|pseudo|para|pro|counter|ultra|im|in|un)(?=\p{L}{4,}$)/u;
/** Medicine stems that no word list holds in full: "Tenecteplase", "Empagliflozin", "Apixaban", "Dabigatran". */
const DRUG_STEM =
  /(?:plase|ase|flozin|xaban|gatran|glutide|mide|tide|pine|pam|lam|vent|cort|sone|olone|zide|thiazide|oxacin|bactam|penem|cef\p{L}+|\p{L}+quine|caine|fenac|coxib|dipine|tidine|semide|lukast|parin|mab|nib|vir)$/u;

export function detectUnknownWords(text: string, uncasedAt: (pos: number) => boolean, original = text): Candidate[] {
  const { out, add } = slotCollector();
  if (shorthandDensity(text) >= NOTE_DENSITY) return out;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const s = m.index!;
    if (w.length < 4 || (s > 0 && WORD_BEFORE.test(text[s - 1]!)) || uncasedAt(s) || !/\p{Lu}/u.test(original[s] ?? "")) continue;
    let isUnknown = unknownCache.get(w);
    if (isUnknown === undefined) remember(unknownCache, w, (isUnknown = unknown(w)));
    if (!isUnknown) continue;
    const before = text.slice(Math.max(0, s - 16), s);
    const after = text.slice(s + w.length, s + w.length + 14);
    if (DOSE_AFTER.test(after) || deviceOrScale(before, after)) continue;
    if (DOSE_OF.test(before) || CHANGED_TO.test(before)) continue;
    const place = PLACE_BEFORE.test(before);
    if (!place && GIVEN_BEFORE.test(before)) continue;
    add(s, s + w.replace(/['’]s$/u, "").length, place ? "LOCATION" : "PERSON", 0.5, 10, UNKNOWN_WORD_SOURCE);
  }
  return out;
}
