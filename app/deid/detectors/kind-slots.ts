/**
 * Organisations, units and numbers known by the slot they sit in (blind batch 11):
 *  - a body named after its kind, set off by a comma: "her insurer, Anthem Blue Cross,", "His union, Roofers
 *    Local 11,", "her employer, Delta TechOps"; French kinds before the name: "le syndicat FIQ-SPSCA", "au
 *    groupe Korian", "mutuelle Harmonie", "la coopérative de Plouguerneau" (a town after the kind);
 *  - a union by its role words: "a Unison steward", "nzno delegate";
 *  - an employer after work words: "worked forty years for Queensland Rail", "the doctor with SouthDoc in
 *    Mallow", "travaille chez STIB", and whoever supported a family: "supported by Age Cymru" (never a person:
 *    "working with Sarah", "supported by Dr Ngata");
 *  - health boards by their head word ("Cardiff and Vale UHB"), HSE regions ("HSE South East"), an NHS
 *    board's acronym ("nhs ggc");
 *  - units and ward codes: "admitted to AMU 2", "intubated on MICU 6", "moved from B7 to", "de l'unité 6e B" (the unit someone is in),
 *    "cardio 2 Nord"; a hospital's acronym ending in UH, GH, RH, RI or DH where a facility stands ("to PRI in
 *    Perth", "LUH bed manager");
 *  - numbers: "in bay 3 bed 5", "in side room 9", "L&D room 17", a handover's "LIT 12 -", ", ch 206", a unit
 *    record number ("his UR is LMH 3318806"), a code of letter groups and a number ("RBWH-IMS-7730214"), a
 *    French NIR after its label whatever its key.
 */
import { isClinicalWord } from "../clinical";
import { englishWords, getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";
import { lowerSameLength, openingScanner } from "../util";
import { UK_POSTCODE } from "./places";
import { isUnknownWord } from "./slots";
import { slotCollector } from "./slot-collector";

const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)*`;
const ACRO = String.raw`\p{Lu}{2,7}(?:[-&]\p{Lu}{2,7})*`;
/** A body's name: capitalised words, acronyms, "Local 11", joined by "and" or "&". */
const BODY = String.raw`(?:${ACRO}|${CAP})(?:[ \t]+(?:(?:and|&|of)[ \t]+)?(?:${ACRO}|${CAP}|\d{1,4}(?![\d.,]?\d)))*`;

const KIND_APPOSITION = new RegExp(
  String.raw`(?<![\p{L}])(?:union|insurer|health fund|health insurer|employer|charity|agency|provider|school|council|mutuelle|syndicat|employeur|assureur)[,:][ \t]+(?:the[ \t]+|le[ \t]+|la[ \t]+|l['’])?(${BODY})`,
  "gu",
);
const FR_KIND_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:syndicat|groupe|mutuelle|Syndicat|Groupe|Mutuelle)[ \t]+(${ACRO}|${CAP}(?:[ \t]+${CAP})?)`, "gu");
const FR_KIND_OF_TOWN = new RegExp(
  String.raw`(?<![\p{L}])(?:coopérative|association|fondation|amicale|entreprise|société|maison de santé|centre social)[ \t]+(?:de|du|des|d['’])[ \t]*(${CAP})`,
  "gu",
);
/** Read from the role word back (a lookbehind), so the pattern is tried only where the role word stands. */
const UNION_ROLE = /(?<=(?<![\p{L}])([\p{L}][\p{L}&-]{2,14})[ \t]+(?:shop[ \t]+)?)(?:steward|delegate|organiser|organizer)(?![\p{L}])/uy;
const UNION_ROLE_WORD = /steward|delegate|organiser|organizer/gu;
const EMPLOYER = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:work|works|worked|working|employed|travaille|travaillait|employée?)(?:[ \t]+\p{Ll}+){0,2}[ \t]+(?:for|with|chez)|(?:doctor|GP|nurse|locum|driver|cleaner|volunteer)[ \t]+(?:for|with|chez)|(?:supported|represented|advised)[ \t]+by(?:[ \t]+both)?)[ \t]+(the[ \t]+)?(${BODY})(?:[ \t]+and[ \t]+by[ \t]+(?:the[ \t]+)?(${BODY}))?`,
  "gu",
);
const BOARD = new RegExp(
  String.raw`(?<=(?<![\p{L}])((?:${CAP}[ \t]+(?:(?:and|&)[ \t]+)?){1,3}))(?:UHB|LHB|Health Board|HHS|LHD|Local Health District|HSC Trust|NHS Trust|NHS Foundation Trust)(?![\p{L}])`,
  "uy",
);
const BOARD_HEAD = /UHB|LHB|Health Board|HHS|LHD|Local Health District|HSC Trust|NHS Trust|NHS Foundation Trust/gu;
const HSE_REGION =
  /(?<![\p{L}])HSE[ \t]+(?:Dublin and (?:North East|Midlands|South East)|Mid West|Midlands|North East|North West|South East|South West|South|West|East|North|Dublin)(?![\p{L}])/gu;
const NHS_BOARD = /(?<![\p{L}])(?:NHS|nhs|Nhs)[ \t]+([A-Za-z&]{2,5})(?![\p{L}\d])/gu;
/** An acronym's body of a French département written with "-et-": "la CPAM de Maine-et-Loire", "l'UDAF d'Ille-et-Vilaine". */
const BODY_OF_DEPARTEMENT =
  /(?<![\p{L}])\p{Lu}{2,6}[ \t]+(?:de la|du|des|de|d['’])[ \t]*\p{Lu}\p{Ll}+(?:-(?:et|en|sur|de|du|le|la|les)-\p{Lu}?\p{Ll}+)+(?![\p{L}])/gu;

const UNIT_CODE =
  /(?<![\p{L}])(?:to|on|in|at|from|onto|into|TO|ON|IN|AT|FROM)[ \t]+((?:AMU|MAU|EAU|SAU|CDU|MICU|SICU|CICU|CVICU|CCU|HDU|ICU|ITU|NICU|PICU|SCBU|CTU|ACU|OPU|ADU|PACU)[ \t]?\d{1,2}[A-Z]?)(?![\p{L}\d]|[ \t]*(?:days?|weeks?|months?|years?|yrs?|hours?|hrs?|mins?|minutes|nights?|times|x|beds?|%)(?![\p{L}]))/gu;
const WARD_CODE_MOVE =
  /(?<![\p{L}])(?:from|to|onto|back to)[ \t]+([ABDEHJKMNPRW]\d{1,2}[A-Z]?|\d{1,2}[ABCDEHJKMNPRSW])(?=[ \t]+(?:to|ward|and|at|for|overnight)(?![\p{L}])|[ \t]*[,.;)\n]|$)/gu;
const MOVED = /(?:moved|transferred|taken|sent|went|go|gone|came|come|back|returned|admitted|wheeled|brought)(?![\p{L}])/u;
const FR_UNIT = /(?<![\p{L}])(?:l['’]unité|l['’]aile)[ \t]+(?:\d{1,2}(?:e|ème)[ \t]?[A-Z]|\d{1,2}[A-Z]|[A-Z]\d{1,2})(?![\p{L}\d])/gu;
/** A named part of a hospital a patient is moved to: "to the Lister escalation area", "from the Nightingale wing". */
const NAMED_PART =
  /(?<![\p{L}])(?:to|from|in|on|into|onto)[ \t]+(the[ \t]+\p{Lu}[\p{Ll}'’]+)[ \t]+(?:escalation area|wing|building|block|annexe|annex|extension|pavilion)(?![\p{L}])/gu;
/** Where someone lives, named before its town: "LIVES AT ROSE VILLA IN MILWAUKIE", "lives at Kowhai Court in Hastings". */
const LIVES_AT = /(?<![\p{L}])(?:lives|living|lived|resides|residing)[ \t]+at[ \t]+((?:[\p{L}'’-]+[ \t]+){0,2}[\p{L}'’-]+)[ \t]+in[ \t]+\p{Lu}/gu;
/** A home-care provider named by its place: "Donegal Home Support", "Taupo Home Care". */
const PLACE_CARE_BODY =
  /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+)[ \t]+(?:[Hh]ome [Ss]upport|[Hh]ome [Cc]are|[Hh]omecare|[Hh]ome [Hh]elp [Ss]ervice|[Cc]are [Ss]ervices)(?![\p{L}])/gu;
/** French unions by their confederation's acronym and the branch after it: "la CFDT Santé-Sociaux du Cher", "FO Hôpital de Brest". */
const FR_UNION =
  /(?<![\p{L}])(?:CGT|CFDT|FO|SUD|UNSA|CFE-CGC|CFTC|FIQ|CSN|FTQ|CSQ|APTS|FSSS|SNPI)[ \t]+(?:(?:du|de la|des|de|d['’])[ \t]*)?\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:du|de la|des|de|d['’])[ \t]*)?\p{Lu}[\p{L}'’-]+){0,3}/gu;
const FR_SPECIALTY_UNIT =
  /(?<![\p{L}])(?:cardio|cardiologie|pneumo|pneumologie|gériatrie|médecine|chirurgie|neuro|neurologie|ortho|orthopédie|gastro|néphro|néphrologie|onco|oncologie|hémato|rhumato|pédiatrie|réa)[ \t]+\d{1,2}[ \t]*(?:Nord|Sud|Est|Ouest|nord|sud|est|ouest)(?![\p{L}])/giu;
const HOSPITAL_ACRO = /(?<![\p{L}])(\p{Lu}{1,3}(?:UH|GH|RH|RI|DH))(?![\p{L}])/gu;
const HOSPITAL_SLOT_BEFORE = /(?<![\p{L}])(?:to|at|from|in|into|of|TO|AT|FROM|IN)[ \t]+$/u;
const HOSPITAL_SLOT_AFTER = /^(?:[ \t]+(?:in[ \t]+\p{Lu}|(?:bed manager|site manager|ED|A&E|ward|theatres?)(?![\p{L}]))|[ \t]*(?:\n|$))/u;
const NOT_HOSPITAL = new Set([
  "MRI",
  "FMRI",
  "ADH",
  "LDH",
  "HGH",
  "BPH",
  "LVH",
  "RVH",
  "SAH",
  "PPH",
  "IVH",
  "TAH",
  "NPH",
  "PIH",
  "FSH",
  "TSH",
  "PTH",
  "ACTH",
  "CRH",
  "GHRH",
  "GNRH",
  "TRH",
  "SIADH",
  "CDH",
  "DDH",
  "URI",
  "ARI",
  "SARI",
  "LRI",
  "HRH",
  "CRI",
]);

const BAY_BED = /(?<![\p{L}])(?:in|into|to|from|on|IN|INTO|TO|FROM|ON)[ \t]+(?:bay|BAY)[ \t]*(\d{1,2}[A-Z]?)(?=[,]?[ \t]+(?:bed|BED)[ \t]*\d)/gu;
const NAMED_ROOM =
  /(?<![\p{L}])(?:in|into|to|from|at|on|IN|TO|FROM)[ \t]+(?:(?:a|the)[ \t]+)?(?:side room|side-room|SIDE ROOM|L&D room|labour room|delivery room|isolation room|resus bay)[ \t]*(?:#|no\.?)?[ \t]*(\d{1,3}[A-Z]?)(?![\p{L}\d])/gu;
const BED_HEADING = /(?<![\p{L}])(?:lit|LIT|bed|BED)[ \t]+(\d{1,3}[A-Z]?)(?=[ \t]+[-–:][ \t])/gu;
const ROOM_AFTER_COMMA = /,[ \t]*(?:ch|rm)[ \t]+(\d{1,4}[A-Z]?)(?![\p{L}\d]|[ \t]*(?:sur|\/|x|%|lits|patients)(?![\p{L}]))/gu;
const UNIT_RECORD = /(?<![\p{L}])(?:UR|URN|U\.R\.)(?:[ \t]+(?:no\.?|number))?[ \t]*(?::|#|is)?[ \t]*((?:[A-Z]{2,4}[ \t]?)?\d{5,9})(?![\p{L}\d])/gu;
const LETTER_GROUP_CODE = /(?<![\p{L}\d-])[A-Z]{2,8}(?:-[A-Z]{2,8}){0,2}-(?:(?:19|20)\d\d-)?\d{4,8}(?![\p{L}\d-])/gu;
const NIR_LABELLED =
  /(?<![\p{L}])(?:NIR|[Nn]uméro de sécurité sociale|[Nn]° de sécurité sociale|[Nn]° de sécu|[Nn]uméro de sécu|INSEE)[^\d\n]{0,25}([12][ \t]?\d{2}[ \t]?\d{2}[ \t]?(?:\d{2}|2A|2B)[ \t]?\d{3}[ \t]?\d{3}(?:[ \t]?\d{2})?)(?![\d])/gu;

/**
 * Patterns that read the words before a head word start with a lookbehind; run over a whole text, V8 would try
 * that lookbehind at every position. `sticky` (flag y) is tried only where the cheap `head` pattern matched.
 */
export function* readBack(text: string, head: RegExp, sticky: RegExp): Generator<RegExpExecArray> {
  for (const h of text.matchAll(head)) {
    sticky.lastIndex = h.index!;
    const m = sticky.exec(text);
    if (m) yield m;
  }
}

/** French text has an accent or an article somewhere: the French patterns are tried only then. */
const FRENCH_LETTER = /[àâçéèêîôûœ]|(?<![\p{L}])(?:le|la|les|de|du|des|au|aux|une|est)(?![\p{L}])/iu;
let lastFrench: { text: string; french: boolean } | null = null;
/** FRENCH_LETTER's answer, read once per text: this module and people-places.ts both ask (English text is read to its end). */
export function mayBeFrench(text: string): boolean {
  if (lastFrench?.text !== text) lastFrench = { text, french: FRENCH_LETTER.test(text) };
  return lastFrench.french;
}

const FIRST_WORD = /^[\p{L}\p{M}'’-]+/u;

/** A body's name in a slot: not a person, a title, a clinical word or an ordinary word alone. */
function bodyName(name: string): boolean {
  const first = FIRST_WORD.exec(name)?.[0] ?? "";
  const l = lowerSameLength(first);
  if (!first || /^(?:Dr|Mr|Mrs|Ms|Miss|Mme|Prof|Sister|Nurse|The|A|An|Ward|Room|Bed)$/u.test(first)) return false;
  if (/^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?$|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/u.test(l)) return false;
  const { firstNames } = getNames();
  if (firstNames.has(l) && !/^\p{Lu}{2,}/u.test(first)) return false;
  if (isClinicalShorthand(l) || (isClinicalWord(first) && !/^\p{Lu}{2,}/u.test(first))) return false;
  // A lone ordinary word is no body ("her employer, Monday"); two words or an acronym may be.
  return /[ \t]/.test(name) || /^\p{Lu}{2,}/u.test(first) || !knownWords().has(l) || /\p{Ll}\p{Lu}/u.test(first);
}

// Tried only where their opening words stand (openingScanner in util.ts): the same matches, found faster.
const scanFrKindOfTown = openingScanner(FR_KIND_OF_TOWN);

/** `original`: the text as written, for acronyms and postcodes the truecaser may lower on a short line ("QEUH", "HA3 0RT"). */
export function detectKindSlots(text: string, uncasedAt: (pos: number) => boolean, original = text): Candidate[] {
  const { out, add, group } = slotCollector();
  const trimmed = (m: RegExpMatchArray, k = 1) => {
    const [s] = group(m, k);
    const name = m[k].replace(/[ \t]+(?:and|&|of)$/u, "");
    return [s, s + name.length, name] as const;
  };

  const french = mayBeFrench(text);
  for (const re of french ? [KIND_APPOSITION, FR_KIND_BEFORE] : [KIND_APPOSITION]) {
    for (const m of text.matchAll(re)) {
      const [s, e, name] = trimmed(m);
      if (bodyName(name) || (re === FR_KIND_BEFORE && /^\p{Lu}/u.test(name) && !getNames().firstNames.has(lowerSameLength(name)))) {
        add(s, e, "ORGANISATION", 0.75, 82, "org-kind");
      }
    }
  }
  for (const m of french ? scanFrKindOfTown(text) : []) {
    if (getGazetteer().places.has(m[1])) add(m.index!, m.index! + m[0].length, "ORGANISATION", 0.75, 82, "org-kind-town");
  }
  for (const m of readBack(text, UNION_ROLE_WORD, UNION_ROLE)) {
    const w = m[1];
    const start = text.lastIndexOf(w, m.index!);
    // Capitalised inside a sentence, where the writer's capitals can be read ("a Unison steward"; not "Her delegate").
    const capitalised = /^\p{Lu}/u.test(w) && !uncasedAt(start) && /[\p{Ll},][ \t]+$/u.test(text.slice(Math.max(0, start - 3), start));
    if (
      /^\p{Lu}{2,}$/u.test(w) ||
      isUnknownWord(w) ||
      (capitalised && !isClinicalWord(w) && !/^(?:Union|Staff|Ward|Family|Patient|Health|Safety|Nurse)$/u.test(w))
    )
      add(start, start + w.length, "ORGANISATION", 0.75, 80, "org-union-role");
  }
  for (const m of text.matchAll(EMPLOYER)) {
    const [s, e, name] = trimmed(m, 2);
    // "with the Adebayos" is a family.
    const family = m[1] !== undefined && /^\p{Lu}\p{Ll}+s$/u.test(name);
    if (m[3] && bodyName(m[3])) {
      const s2 = m.index! + m[0].length - m[3].length;
      add(s2, s2 + m[3].length, "ORGANISATION", 0.7, 78, "org-employer");
    }
    if (bodyName(name) && !family && !uncasedAt(s)) add(s, e, "ORGANISATION", 0.7, 78, "org-employer");
  }
  for (const m of readBack(text, BOARD_HEAD, BOARD)) add(m.index! - m[1].length, m.index! + m[0].length, "ORGANISATION", 0.8, 84, "org-board");
  for (const m of text.matchAll(HSE_REGION)) add(m.index!, m.index! + m[0].length, "ORGANISATION", 0.8, 84, "org-hse-region");
  for (const m of text.matchAll(NHS_BOARD)) {
    const l = lowerSameLength(m[1]);
    if (/^\p{Lu}+$/u.test(m[1]) || (uncasedAt(m.index!) && !knownWords().has(l) && !isClinicalShorthand(l)))
      if (!/^(?:no|num|app|pin|gp|staff|ref|id|uk)$/u.test(l)) add(m.index!, m.index! + m[0].length, "ORGANISATION", 0.75, 82, "org-nhs-board");
  }
  for (const m of french && /-(?:et|en|sur|de|du|le|la|les)-/u.test(text) ? text.matchAll(BODY_OF_DEPARTEMENT) : [])
    add(m.index!, m.index! + m[0].length, "ORGANISATION", 0.8, 90, "org-departement");

  for (const m of text.matchAll(UNIT_CODE)) add(...group(m), "FACILITY", 0.8, 80, "facility-head-word");
  for (const m of text.matchAll(WARD_CODE_MOVE)) {
    if (MOVED.test(text.slice(Math.max(0, m.index! - 60), m.index!))) add(...group(m), "FACILITY", 0.7, 78, "ward-code-move");
  }
  for (const m of french ? text.matchAll(FR_UNIT) : []) add(m.index!, m.index! + m[0].length, "FACILITY", 0.75, 84, "unit-code-fr");
  for (const m of text.matchAll(NAMED_PART)) add(...group(m), "FACILITY", 0.75, 80, "facility-named-part");
  for (const m of text.matchAll(LIVES_AT)) {
    const [s, e] = group(m);
    const first = /^[\p{L}'’-]+/u.exec(m[1])![0];
    if ((/^\p{Lu}/u.test(first) || uncasedAt(s)) && !/^(?:home|the|his|her|their|a)$/iu.test(first)) add(s, e, "FACILITY", 0.7, 78, "facility-lives-at");
  }
  for (const m of /[Hh]ome ?[SsCcHh]|[Cc]are [Ss]ervices/u.test(text) ? text.matchAll(PLACE_CARE_BODY) : [])
    if (getGazetteer().places.has(m[1])) add(m.index!, m.index! + m[0].length, "ORGANISATION", 0.75, 82, "org-place-care");
  for (const m of french ? text.matchAll(FR_UNION) : []) add(m.index!, m.index! + m[0].length, "ORGANISATION", 0.8, 84, "org-union-fr");
  for (const m of french ? text.matchAll(FR_SPECIALTY_UNIT) : []) add(m.index!, m.index! + m[0].length, "FACILITY", 0.75, 80, "unit-specialty-fr");
  for (const m of original.matchAll(HOSPITAL_ACRO)) {
    const l = m[1].toLowerCase();
    if (NOT_HOSPITAL.has(m[1]) || isClinicalShorthand(l) || englishWords().has(l)) continue;
    const before = text.slice(Math.max(0, m.index! - 8), m.index!);
    const after = text.slice(m.index! + m[1].length, m.index! + m[1].length + 16);
    // After a word of place, or heading a line after a comma ("M&M - anaesthetics, QEUH"), or before a manager.
    const heading = /,[ \t]+$/u.test(before) && /^[ \t]*(?:\n|$)/u.test(after);
    if (heading || HOSPITAL_SLOT_BEFORE.test(before) || /^[ \t]+(?:bed manager|site manager)/iu.test(after)) {
      if (HOSPITAL_SLOT_AFTER.test(after) || /^[ \t]*[,.)]/u.test(after)) add(m.index!, m.index! + m[1].length, "FACILITY", 0.75, 80, "hospital-acronym");
    }
  }

  // A postcode on a short line the truecaser lowered ("Kenton, HA3 0RT" closing a letter).
  for (const m of original.matchAll(UK_POSTCODE)) if (uncasedAt(m.index!)) add(m.index!, m.index! + m[0].length, "LOCATION", 0.8, 75, "postcode");
  for (const re of [BAY_BED, NAMED_ROOM, BED_HEADING, ROOM_AFTER_COMMA]) for (const m of text.matchAll(re)) add(...group(m), "ID", 0.7, 80, "id-bed-room");
  for (const m of text.matchAll(UNIT_RECORD)) add(...group(m), "ID", 0.8, 90, "id-unit-record");
  for (const m of /[A-Z]-\d{4}|[A-Z]-(?:19|20)\d\d-/u.test(text) ? text.matchAll(LETTER_GROUP_CODE) : [])
    add(m.index!, m.index! + m[0].length, "ID", 0.75, 85, "id-letter-groups");
  for (const m of french ? original.matchAll(NIR_LABELLED) : []) add(...group(m), "ID", 0.85, 92, "id-nir-labelled");
  return out;
}
