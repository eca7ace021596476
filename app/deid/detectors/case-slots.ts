/**
 * People, ages, bodies, places and named days by the slot they sit in (blind batch 12):
 *  - a patient under a handover's bed heading, surname first, and the age after it: "BED 4 - MCGOLDRICK, EAMON 96";
 *  - a patient after "pt" in a note typed in one case, a given name and a surname before an age: "pt ethel
 *    dunnage 94 from" (not "pt mary states 45");
 *  - an Irish married or patronymic particle inside a full name: "Bríd Uí Chonchúir", "Úna Nic Giolla";
 *  - a given name written with a ligature: "Lætitia", "Cœlia" (looked up as "Laetitia");
 *  - an age over 89 after the person it is said of: "a lady of 100", "une dame de 93 ans";
 *  - bodies by their head word: "Northern Adelaide Local Health Network", "Parliamentary and Health Service
 *    Ombudsman", an integrated care board or partnership (not "the Ombudsman" alone);
 *  - an insurer or a medical aid after "is" or after what is paid to it: "Our insurance is Mercy Care", "medical aid
 *    is Bonitas", "the copay with UCare"; a staffing firm an agency nurse comes from ("TRAVELER RN FROM AYA HEALTHCARE");
 *  - a union, insurer or employer's acronym in brackets after its kind: "mon syndicat (FSSS-CSN)";
 *  - a reserve or First Nation someone lives on: "on the Fisher River reserve";
 *  - a province's or a region's day: "B.C. Day", "Auckland Anniversary Day";
 *  - a children's or women's hospital by its short name after a place word: "at Children's", "to the Women's".
 * Each pattern is tried only where its head word stands.
 */
import { isClinicalWord } from "../clinical";
import { englishWords, getNames } from "../dictionaries";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { lowerSameLength, openingScanner } from "../util";
import { readBack } from "./kind-slots";
import { slotCollector } from "./slot-collector";
import { isUnknownWord } from "./slots";

const W = String.raw`[\p{L}\p{M}'’-]`;
const CAPW = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
const BED_HEAD_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:bed|lit|rm|room|bay|ch|Bed|Lit|Room|Bay|BED|LIT|RM|ROOM|BAY|CH)[ \t]*\d{1,3}[A-Z]?[ \t]*[-–:][ \t]*(${CAPW}(?:[ \t]+${CAPW})?,[ \t]*${CAPW}(?:[ \t]+${CAPW})?)(?:[ \t]+(9\d|1[01]\d)(?![\d.,]?\d|[ \t]*(?:%|mg|kg|bpm|mmHg)))?`,
  "gu",
);
const PT_NAME_AGE = new RegExp(
  String.raw`(?<![\p{L}])(?:pt|patient|PT|PATIENT)[ \t]+(\p{L}${W}+)[ \t]+(\p{L}${W}+)[ \t]*,?[ \t]+(\d{1,3})(?=[ \t]*(?:y|yo|yrs|years|ans|[MF]|[,.(]|$)|[ \t]+(?:from|de|du|m|f|male|female)(?![\p{L}]))`,
  "gmu",
);
const IRISH_PARTICLE_HEAD = /(?:Uí|Ní|Nic|Mhic|Ua)[ \t]+\p{Lu}/gu;
const IRISH_NAME = new RegExp(String.raw`(?<=(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}]+)[ \t]+)(?:Uí|Ní|Nic|Mhic|Ua)[ \t]+${CAPW}`, "uy");
const LIGATURE = /(?<![\p{L}])\p{Lu}\p{L}*[æœ]\p{L}*|(?<![\p{L}])[ÆŒ]\p{Ll}+/gu;
const AGE_OF = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:a|an|the|this|our)[ \t]+(?:lady|man|woman|gentleman|gent|chap|patient|widow|widower|grandmother|grandfather|nan|koro|kuia)[ \t]+(?:of|aged)|(?:une|cette)[ \t]+(?:dame|femme|patiente|résidente)[ \t]+de|(?:un|ce)[ \t]+(?:monsieur|homme|patient|résident)[ \t]+de)[ \t]+(9\d|1[01]\d)(?![\d.,%]|[ \t]*(?:kg|mg|mm|cm|minutes|mins|hours|days|weeks|years ago))`,
  "giu",
);
const BODY_HEAD =
  /Local Health Network|Primary Health Network|Integrated Care Board|Health and Social Care Partnership|Health Authority|Ombudsman|LHN|ICB|HSCP/gu;
const BODY = new RegExp(
  String.raw`(?<=(?<![\p{L}])((?:\p{Lu}[\p{L}\p{M}'’&-]*[ \t]+(?:(?:and|&|of)[ \t]+)?){1,4}))(?:Local Health Network|Primary Health Network|Integrated Care Board|Health and Social Care Partnership|Health Authority|Ombudsman|LHN|ICB|HSCP)(?![\p{L}])`,
  "uy",
);
const INSURER = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ii]nsurance|[Ii]nsurer|[Mm]edical aid|[Hh]ealth plan|[Hh]ealth fund|[Hh]ealth insurance|[Mm]edical scheme|[Mm]utuelle|[Aa]ssurance)[ \t]+(?:is|was|are|were|:|is with|was with|through)[ \t]+(${CAPW}(?:[ \t]+(?:${CAPW}|of|&))*)`,
  "gu",
);
const PAID_WITH = new RegExp(
  String.raw`(?<![\p{L}])(?:copay|co-pay|copayment|premium|premiums|deductible|coverage|claim)[ \t]+(?:with|through|from)[ \t]+(${CAPW}(?:[ \t]+${CAPW}){0,3})`,
  "gu",
);
/** A staffing firm a travelling or agency nurse comes from, in a note typed in capitals ("TRAVELER RN FROM AYA HEALTHCARE"). */
const AGENCY_FIRM =
  /(?<![\p{L}])(?:travel(?:l?er)?|agency|locum)[ \t]+(?:rn|nurse|np|cna|lpn|tech)?[ \t]*(?:from|with|via)[ \t]+((?:[a-z&]{2,15}[ \t]+){1,3}(?:healthcare|staffing|nursing|medical staffing|health staffing|solutions))(?![\p{L}])/giu;
const KIND_ACRONYM =
  /(?<![\p{L}])(?:[Ss]yndicat|[Uu]nion|[Mm]utuelle|[Ii]nsurer|[Ee]mployer|[Ee]mployeur|[Aa]gency|[Aa]gence|[Mm]edical aid)[ \t]*\((\p{Lu}[\p{Lu}\d&-]{1,15})\)/gu;
const RESERVE = new RegExp(
  String.raw`(?<![\p{L}])(?:on|at|from|near|in|to|On|At|From|Near|In|To)[ \t]+the[ \t]+((?:\p{Lu}\p{Ll}+[ \t]+){1,3})(?:reserve|Reserve|reservation|Reservation|First Nation|Cree Nation|rez)(?![\p{L}])`,
  "gu",
);
const REGION_DAY =
  /(?<![\p{L}])(?:B\.C\.|BC|N\.B\.|P\.E\.I\.|Yukon|Nunavut|Alberta|Ontario|Manitoba|New Brunswick|Nova Scotia|Newfoundland|Tasmania|Queensland|Canberra|Wellington|Auckland|Otago|Canterbury|Taranaki|Hawke['’]s Bay|Nelson|Westland|Southland|Marlborough)[ \t]+(?:Anniversary[ \t]+)?Day(?![\p{L}])/gu;
const SHORT_HOSPITAL = new RegExp(
  String.raw`(?<![\p{L}])(?:at|to|from|into|over to|At|To|From)[ \t]+(?:the[ \t]+)?((?:Women['’]s and )?Children['’]s|Women['’]s)(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:because|for|in|on|at|with|and|last|this|yesterday|today|when|after|before|where|until|by|hello|Hello)(?![\p{L}]))`,
  "gmu",
);

/** A word that can be part of a name in a slot already sure of a name: never clinical, never among the most frequent words. */
function nameLike(w: string, rank = 300): boolean {
  const l = lowerSameLength(w);
  if (isClinicalShorthand(l) || isClinicalWord(w)) return false;
  const { firstNames, surnames, wordRank } = getNames();
  if ((wordRank.get(l) ?? Infinity) < rank) return false;
  return firstNames.has(l) || surnames.has(l) || !englishWords().has(l) || isUnknownWord(w);
}
/**
 * A surname that is also a rare word ("dunnage"): not clinical, not among the 5,000 most frequent words, and not
 * a verb's or an adverb's form unless it is a listed surname ("pt carol sings 95"; "Jones" stays).
 */
function rareWord(w: string): boolean {
  const l = lowerSameLength(w);
  if (isClinicalShorthand(l) || isClinicalWord(w) || (getNames().wordRank.get(l) ?? Infinity) < 5000) return false;
  return getNames().surnames.has(l) || !englishWords().has(l) || !/(?:s|ed|ing|ly)$/u.test(l);
}
const foldLigatures = (w: string) => w.replace(/æ/gu, "ae").replace(/œ/gu, "oe").replace(/Æ/gu, "Ae").replace(/Œ/gu, "Oe");

// Tried only where their opening words stand (openingScanner in util.ts): the same matches, found faster.
const scanAgeOf = openingScanner(AGE_OF);

/** `original`: the text as written; the rules for notes in one case run only where a line was truecased. */
export function detectCaseSlots(text: string, uncasedAt: (pos: number) => boolean, original = text): Candidate[] {
  const { out, add, group } = slotCollector();
  const { firstNames } = getNames();

  if (/(?:bed|lit|rm|room|bay|ch)[ \t]*\d{1,3}[A-Z]?[ \t]*[-–:]/iu.test(text)) {
    for (const m of text.matchAll(BED_HEAD_NAME)) {
      const words = m[1].split(/[ \t,]+/u).filter(Boolean);
      if (!words.every((w) => nameLike(w))) continue;
      const [s, e] = group(m);
      add(s, e, "PERSON", 0.8, 90, "person-bed-heading");
      if (m[2]) add(...group(m, 2), "AGE", 0.85, 90, "age-bed-heading");
    }
  }
  if (text !== original && /(?:pt|patient)[ \t]/iu.test(text)) {
    for (const m of text.matchAll(PT_NAME_AGE)) {
      const [s1] = group(m, 1);
      if (!uncasedAt(s1)) continue;
      const given = lowerSameLength(m[1]);
      // The surname may be a rare word ("dunnage"), never a frequent one ("pt mary states 45").
      if (!firstNames.has(given) || !nameLike(m[1]) || !rareWord(m[2])) continue;
      const s2 = text.indexOf(m[2], s1 + m[1].length);
      add(s1, s2 + m[2].length, "PERSON", 0.8, 88, "person-pt-age");
    }
  }
  for (const m of readBack(text, IRISH_PARTICLE_HEAD, IRISH_NAME)) {
    const start = text.lastIndexOf(m[1], m.index!);
    const given = lowerSameLength(m[1]);
    if (firstNames.has(given) || isUnknownWord(m[1])) add(start, m.index! + m[0].length, "PERSON", 0.85, 90, "person-irish-particle");
  }
  if (/[æœÆŒ]/u.test(text)) {
    for (const m of text.matchAll(LIGATURE)) {
      if (firstNames.has(lowerSameLength(foldLigatures(m[0])))) add(m.index!, m.index! + m[0].length, "PERSON", 0.8, 86, "person-ligature");
    }
  }
  if (/(?:9\d|1[01]\d)/u.test(text)) for (const m of scanAgeOf(text)) add(...group(m), "AGE", 0.85, 90, "age-of-person");
  for (const m of readBack(text, BODY_HEAD, BODY)) {
    const name = m[1].replace(/^(?:The|Dear|To|From)[ \t]+/u, "");
    if (!name.trim()) continue;
    add(m.index! - name.length, m.index! + m[0].length, "ORGANISATION", 0.8, 84, "org-body-head");
  }
  if (/insur|medical aid|health plan|health fund|medical scheme|mutuelle|assurance/iu.test(text)) {
    for (const m of text.matchAll(INSURER)) {
      const name = m[1].replace(/[ \t]+(?:of|&)$/u, "");
      const first = lowerSameLength(name.split(/[ \t]/u)[0].replace(/['’]s$/u, ""));
      // A person is no insurer ("the insurance was Mary's idea"); a month or a weekday neither.
      if (/[ \t]/u.test(name) ? false : firstNames.has(first) || isClinicalWord(name) || /['’]s$/u.test(name)) continue;
      if (
        /^(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|an)$/u.test(
          first,
        )
      )
        continue;
      const [s] = group(m);
      add(s, s + name.length, "ORGANISATION", 0.75, 82, "org-insurer");
    }
  }
  if (/copay|co-pay|premium|deductible|coverage|claim/iu.test(text)) {
    for (const m of text.matchAll(PAID_WITH)) {
      const first = lowerSameLength(m[1].split(/[ \t]/u)[0]);
      if (!/[ \t]/u.test(m[1]) && (firstNames.has(first) || isClinicalWord(m[1]))) continue;
      add(...group(m), "ORGANISATION", 0.75, 82, "org-paid-with");
    }
  }
  if (/travel|agency|locum/iu.test(original)) for (const m of original.matchAll(AGENCY_FIRM)) add(...group(m), "ORGANISATION", 0.75, 82, "org-agency-firm");
  if (text.includes("(")) for (const m of text.matchAll(KIND_ACRONYM)) add(...group(m), "ORGANISATION", 0.8, 84, "org-kind-acronym");
  if (/reserv|Nation|rez/u.test(text)) {
    for (const m of text.matchAll(RESERVE)) {
      const name = m[1].trimEnd();
      if (name.split(/[ \t]+/u).some((w) => isClinicalWord(w))) continue;
      const [s] = group(m);
      add(s, s + name.length, "LOCATION", 0.75, 82, "place-reserve");
    }
  }
  if (/Day(?![\p{L}])/u.test(text)) for (const m of text.matchAll(REGION_DAY)) add(m.index!, m.index! + m[0].length, "DATE", 0.8, 84, "date-region-day");
  if (/(?:Children|Women)['’]s/u.test(text)) for (const m of text.matchAll(SHORT_HOSPITAL)) add(...group(m), "FACILITY", 0.75, 84, "facility-short-name");
  return out;
}
