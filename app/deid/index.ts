/**
 * Restorative Network de-identifier: `deidentify(text, options?)` finds identifiers in case-learning
 * narratives (English and French) and replaces them with typed, numbered placeholders.
 * Pure TypeScript: no framework, no database, no network.
 */
// First: how V8 compiles the detectors' regular expressions (see the module).
import "./regexp-engine";
import { protectedSpans } from "./clinical";
import { detectAfterFindings } from "./detectors/after-findings";
import { detectAgeSlots } from "./detectors/age-slots";
import { detectBodies } from "./detectors/bodies";
import { titledRepeats } from "./detectors/capital-people";
import { detectContacts } from "./detectors/contact";
import { detectCuePhrases } from "./detectors/cue-phrases";
import { detectDateSlots } from "./detectors/date-slots";
import { detectAges, detectDates } from "./detectors/dates";
import { detectIds } from "./detectors/ids";
import { detectNameShapes } from "./detectors/name-shapes";
import { detectNames, nameParts } from "./detectors/names";
import { dropNonNames } from "./detectors/not-names";
import { UNKNOWN_WORD_SOURCE } from "./detectors/unknown-words";
import { detectHolidays, detectShortDates, detectWordedAges } from "./detectors/notedates";
import { detectPlaces } from "./detectors/places";
import { detectRegions } from "./detectors/regions";
import { detectInstitutions } from "./detectors/institutions";
import { detectHospitalNames } from "./detectors/hospitals";
import { detectMisspeltPlaces } from "./detectors/misspelt-places";
import { detectSignatures } from "./detectors/signatures";
import { detectSlotNames } from "./detectors/slots";
import { detectLearned } from "./learned/scorer";
import { detectSlotRules } from "./detectors/slot-rules";
import { detectNotePlaces } from "./detectors/note-places";
import { detectNoteNames } from "./detectors/note-names";
import { detectNameForms } from "./detectors/name-forms";
import { frenchWords, getNames } from "./dictionaries";
import { getGazetteer } from "./gazetteer";
import { detectLanguage, LANGUAGES } from "./lang/index";
import { applyPlaceholders, numberFindings } from "./placeholders";
import { resolve } from "./resolve";
import { isClinicalShorthand, knownWords, truecaseLines } from "./truecase";
import { ENTITY_TYPES, type Candidate, type DeidentifyOptions, type DeidentifyResult, type Finding } from "./types";
import { blankLongRuns, escapeRegex, lowerSameLength } from "./util";

export * from "./types";
export * from "./checksums";
export { placeholdersFor, applyPlaceholders, numberFindings } from "./placeholders";
export { detectLanguage, LANGUAGES } from "./lang/index";
export type { LanguagePack } from "./lang/types";

/** Build the large dictionaries now rather than on the first call (for servers and benchmarks). */
export function warmUp(): void {
  getNames();
  getGazetteer();
  knownWords();
  frenchWords();
  deidentify("Mrs Jane Smith was seen at Riverside Hospital, Auckland on 3 March 2023.");
}

/** Verbs of speaking and acting after a name: "Hope said", "Devon explained". */
const ACTS = String.raw`(?:said|says|asked|asks|explained|told|replied|added|agreed|felt|wanted|wrote|described|noticed|thought|recalled|remembered|apologi[sz]ed|confirmed|shared|called|phoned|rang|cried|admitted|stated|reported|spoke|came|arrived|a[ \t]+dit|a[ \t]+demandé|a[ \t]+expliqué)(?![\p{L}])`;

/** Later mentions of a found person's name parts ("Mrs Aroha Ngata … Ngata said"). */
function repeatMentions(text: string, chosen: Candidate[]): Candidate[] {
  const parts = new Set<string>();
  const wordy: string[] = [];
  for (const c of chosen) {
    if (c.type !== "PERSON" || c.source === UNKNOWN_WORD_SOURCE) continue;
    for (const p of nameParts(text.slice(c.start, c.end), wordy)) {
      parts.add(p);
      // The same name again in capitals ("Nomvula Dlamini … my mother MAMOKGETHI DLAMINI"), when it is no word.
      if (p.length >= 4 && !knownWords().has(p.toLowerCase())) parts.add(p.toUpperCase());
    }
  }
  const out: Candidate[] = [];
  // A found given name that is also a word, again where its bearer speaks or acts: "Hope said", "Sal's mobile".
  if (wordy.length) {
    const acts = new RegExp(
      String.raw`(?<![\p{L}\p{M}'’-])(?:${[...new Set(wordy)].map(escapeRegex).join("|")})(?=['’]s[ \t]+\p{Ll}|,[ \t]+who(?![\p{L}])|[ \t]+${ACTS})`,
      "gu",
    );
    for (const m of text.matchAll(acts))
      out.push({ start: m.index!, end: m.index! + m[0].length, type: "PERSON", confidence: 0.7, priority: 50, source: "person-repeat-acts" });
  }
  // A found name part again after a title, in any case ("M. RIVIÈRE GASTON … M. RIVIÈRE SOUS …"; the truecaser lowers words).
  out.push(
    ...titledRepeats(
      text,
      chosen.filter((c) => c.type === "PERSON" && c.source !== UNKNOWN_WORD_SOURCE).map((c) => text.slice(c.start, c.end)),
    ),
  );
  if (parts.size === 0) return out;
  const re = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(?:${[...parts].map(escapeRegex).join("|")})(?![\p{L}\p{M}-])`, "gu");
  for (const m of text.matchAll(re)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "PERSON", confidence: 0.75, priority: 50, source: "person-repeat" });
  }
  return out;
}

/** Placeholders already in the text ("[PERSON 1]", "[DATE 2]", "90+"): text that was redacted before. */
const PLACEHOLDER = new RegExp(String.raw`\[(?:${ENTITY_TYPES.join("|")}) \d+\]|(?<![\d.])90\+`, "g");
function existingPlaceholders(text: string): { start: number; end: number }[] {
  if (!text.includes("[") && !text.includes("90+")) return [];
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** Later mentions of a found place or facility name, in any case ("transfer to Quartermain 2 … QUARTERMAIN is aware"). */
function repeatPlaces(text: string, chosen: Candidate[]): Candidate[] {
  const names = new Set<string>();
  for (const c of chosen) {
    if (c.type !== "FACILITY" && c.type !== "LOCATION") continue;
    const core = text
      .slice(c.start, c.end)
      .replace(/\s+\d+[A-Z]?$/, "")
      .trim();
    // Only names that are no ordinary word or shorthand: "the ward", "angio" must not spread.
    const ordinary = !core.includes(" ") && (knownWords().has(core.toLowerCase()) || isClinicalShorthand(core.toLowerCase()));
    // A hospital's abbreviation found in context ("transferred to GH") is searched again too.
    const abbrev = c.source === "facility-abbrev" && /^[A-Za-z]{2,5}$/.test(core);
    if ((core.length >= 4 || abbrev) && (abbrev || !ordinary) && /^\p{L}[\p{L}'’ -]*$/u.test(core) && core.split(/\s+/).length <= 3) names.add(core);
  }
  if (names.size === 0) return [];
  const re = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${[...names].map(escapeRegex).join("|")})(?![\p{L}\p{M}])`, "giu");
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const type = chosen.find((c) => text.slice(c.start, c.end).toLowerCase().startsWith(m[0].toLowerCase()))?.type ?? "LOCATION";
    out.push({ start: m.index!, end: m.index! + m[0].length, type, confidence: 0.7, priority: 50, source: "place-repeat" });
  }
  return out;
}

/**
 * A hospital known by a short name is written with its article ("the VG", "la Pitié", "l'Enfant-Jésus"):
 * the article goes with the name, so "the [FACILITY 1]" does not read oddly and either way of marking
 * the name is covered.
 */
const ARTICLE_BEFORE = /(?<![\p{L}])(?:the|The|THE|le|la|Le|La|l['’]|L['’])[ \t]?$/u;
function withArticles(text: string, chosen: Candidate[]): Candidate[] {
  return chosen.map((c) => {
    if (c.type !== "FACILITY") return c;
    const m = ARTICLE_BEFORE.exec(text.slice(Math.max(0, c.start - 4), c.start));
    if (!m || (/[ \t]$/.test(m[0]) === false && !/['’]$/.test(m[0]))) return c;
    return { ...c, start: c.start - m[0].length };
  });
}

export function deidentify(text: string, options: DeidentifyOptions = {}): DeidentifyResult {
  const language = !options.language || options.language === "auto" ? detectLanguage(text) : options.language;
  const pack = LANGUAGES[language] ?? LANGUAGES.en;
  const ref = options.referenceDate ?? new Date();
  // Notes in capitals or all lower case are read through a truecased copy (same length, same offsets).
  const truecased = truecaseLines(text);
  const { uncasedAt } = truecased;
  // Word-based detectors read the truecased text with overlong tokens blanked (linear time on any input).
  const cased = blankLongRuns(truecased.cased);
  const lower = lowerSameLength(text);
  const prot = protectedSpans(cased, lower);

  let cands: Candidate[] = [
    ...detectContacts(text),
    ...detectIds(text),
    ...detectDates(cased, pack, ref),
    ...detectAges(cased),
    ...detectShortDates(cased),
    ...detectHolidays(cased, uncasedAt),
    ...detectWordedAges(cased),
    ...detectAgeSlots(cased),
    ...detectNames(cased),
    ...detectPlaces(cased, uncasedAt),
    ...detectSignatures(cased),
    ...detectSlotNames(cased, uncasedAt),
    ...detectInstitutions(cased, uncasedAt),
    ...detectHospitalNames(cased, uncasedAt),
    ...detectMisspeltPlaces(cased, uncasedAt),
    ...detectRegions(cased, uncasedAt),
    ...detectCuePhrases(cased, uncasedAt),
    ...detectBodies(cased, uncasedAt),
    ...detectDateSlots(cased),
    ...detectNameShapes(cased, uncasedAt),
    ...detectSlotRules(cased, uncasedAt, text),
    ...detectNotePlaces(cased, uncasedAt),
    ...detectNoteNames(cased, uncasedAt),
    ...detectNameForms(cased, uncasedAt),
  ];
  if (options.types) {
    const allowed = new Set(options.types);
    cands = cands.filter((c) => allowed.has(c.type));
  }
  // Contractions, peoples' and languages' words, role titles' heads and words in capitals that name no one.
  cands = dropNonNames(text, cands, uncasedAt);
  const already = existingPlaceholders(text);
  if (already.length) cands = cands.filter((c) => !already.some((p) => p.start < c.end && c.start < p.end));
  let chosen = resolve(cased, cands, prot);
  if (!options.types || options.types.includes("PERSON")) {
    const repeats = [...repeatMentions(cased, chosen), ...repeatPlaces(cased, chosen)];
    if (repeats.length) chosen = resolve(cased, [...chosen, ...repeats], prot);
  }
  const allowedLater = options.types ? new Set<string>(options.types) : null;
  const later = detectAfterFindings(cased, chosen).filter((c) => !allowedLater || allowedLater.has(c.type));
  if (later.length) chosen = resolve(cased, [...chosen, ...later], prot);
  // The learned scorer only fills gaps the rules and the clinical vocabulary left: names, places, facilities.
  if (options.learned !== false) {
    const learned = detectLearned(text, cased, [...chosen, ...prot]).filter((c) => !allowedLater || allowedLater.has(c.type));
    if (learned.length) chosen = resolve(cased, [...chosen, ...learned], prot);
  }
  chosen = withArticles(cased, dropNonNames(text, chosen, uncasedAt));
  const min = options.minConfidence ?? 0;
  chosen = chosen.filter((c) => c.confidence >= min);

  const spans = chosen.map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
  const numbered = numberFindings(spans, text);
  const findings: Finding[] = spans.map((c, i) => ({
    start: c.start,
    end: c.end,
    type: c.type,
    text: c.text,
    confidence: c.confidence,
    placeholder: numbered[i].placeholder,
    source: c.source,
    ...(numbered[i].ambiguous ? { ambiguous: true } : {}),
  }));
  return { redacted: applyPlaceholders(text, findings), findings, language };
}
