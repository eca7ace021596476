/**
 * People, dates and numbers as clinical notes write them, by shape and slot (blind batch 15: nursing notes,
 * handovers, transfer and discharge notes, phone calls with family; places and bodies are in handover-places.ts):
 *  - an age over 89 with "y", "y.o." or "yr old": "90y M", "99 y.o. F" (not "9 yo", not "for 90 years");
 *  - a pager after its label or after "paged … @": "pgr 3318", "PAGED DR X @ 4-2261";
 *  - initials or a first name signing a note on a line of their own before a role: "mk / pgy2", "AJ/KO RN",
 *    "jfb, inf.", "HB FY1 bleep 2846", "órla rn"; a pair of initials alone on the last line ("ts/ln"); a role's
 *    short form and a name ending the note ("… again Friday. Chap. Delyth");
 *  - a named day after a date's preposition: "until Patriots' Day", "on Ekka Wednesday", "waitangi wknd";
 *  - a French day and month in figures after "le", "du", "au": "LE 12-07", "du 2/7 au 16/7" (not "les 2/3");
 *  - a person after a relative named by a slot in a lower-case note ("epoa is nephew cliff."), after a nurse
 *    manager's short form ("NUM Fliss", "cnm rawinia");
 *  - a box in a capitals note: "BOX 4 :".
 * Each pattern is tried only where its head word stands (a cheap test first).
 */
import { isClinicalWord } from "../clinical";
import { englishWords, getNames } from "../dictionaries";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { headScanner, lowerSameLength } from "../util";
import { mayBeFrench } from "./kind-slots";
import { slotCollector } from "./slot-collector";
import { isUnknownWord } from "./slots";

const AGE_Y = /(?<![\p{L}\d.,/°-])(9\d|1[01]\d)[ \t]?(?:y\.o\.?|y\/o|yo|yrs?[ \t-]old|yr|y(?=[ \t]*(?:[MFmf](?![\p{L}])|[,;)]|$)))(?![\p{L}\d/])/gimu;
/** A vital sign or a measure just before the number ("BP 92 y axis", "sats 95 y"): no age. */
/** An age over 89 with the sex glued on, after a comma, a bracket, "pt" or "age" ("pt …, 92F, lives w/ son"; not "T 101F"). */
const AGE_SEX = /(?:^|[,(][ \t]*|(?<![\p{L}])(?:pt|age|aged|âgée?)[ \t]*:?[ \t]*)(9\d|1[0-2]\d)[ \t]?[MFf](?![\p{L}\d°.,]\d|[\p{L}\d°])/gmu;
/** A room cut short in a French note: "mme X ch 17 : agitée", "Ch. 204". */
const FR_ROOM_SHORT = /(?<![\p{L}])(?:ch|chb|chbre)\.?[ \t]*(\d{1,4})(?![\d\p{L}]|[.,]\d|[ \t]*(?:h|min|mg|ml|%|sur|\/|de|des|lits?|chambres?)(?![\p{L}]))/giu;
/** A name with the writer's role in brackets after it, in any case: "by kez (rn)", "donné par titi (aide-soignant)". */
const NAME_ROLE_BRACKET =
  /(?<![\p{L}\p{M}'’-])(\p{L}[\p{L}\p{M}'’-]{1,20})[ \t]*\((?:rn|en|rpn|lpn|hca|psw|pca|cna|ain|np|rm|ide|as|aide-soignante?|inf\.?|infirmi[eè]re?|préposée?|pab|cnm\d?|cn|sho|reg|fy[12]|spr|nurse|midwife|physio|ot|sw|pharmacist|porter|ca|wardie|brancardier)\)/giu;
/** A patient list's "SURNAME, FIRSTNAME 27M" (a huddle, a board): the name before an age and a sex. */
const NAME_AGE_SEX = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]+,[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)[ \t]+\d{1,3}[ \t]?(?:[MF]|yo|y\/o|y\.o\.)(?![\p{L}\d])/gu;
const MEASURE_BEFORE = /(?:BP|sats?|SpO2|HR|RR|pulse|temp|MAP|glucose|BSL|score|weight|wt|ht)[ \t:]*$/iu;
const PAGER = /(?<![\p{L}])(?:pgr|pager|beeper|pg)\.?[ \t]*(?:#|no\.?|num)?[ \t]*:?[ \t]*(\d{3,5}|\d-\d{4})(?![\d-])/giu;
const PAGED_AT = /(?<![\p{L}])(?:paged|page)[ \t]+(?:[\p{L}.'’-]+[ \t]+){0,3}(?:@|at)[ \t]*(\d-\d{4}|\d{4,5})(?![\d-])/giu;
const ROLES =
  "rn|en2?|sn|rpn|lpn|cna|inf\\.?(?:[ \\t]+aux\\.?|[ \\t]+clin\\.?)?|ide|md|mo|fy[12]|sho|pgy-?\\d|cnm\\d?|cns|np|pa|dpt|pt|ot|slp|msw|lcsw|licsw|rt|rrt|mk|resident|intern|reg|hmo|rmo|jmo|rm";
const SIGN_OFF_LINE = new RegExp(
  String.raw`^[ \t]*(?:[-–—]+[ \t]*)?(\p{L}[\p{L}\p{M}]{1,11}|\p{Lu}\.\p{Lu}\.?)(?:[ \t]*\/[ \t]*(\p{L}{2,3}))?(?:[ \t]*[,/][ \t]*|[ \t]+)(?:${ROLES})(?![\p{L}\d-])(?:[ \t]+(?:bleep|pgr|pager|ext|x|#)?[ \t]*\d[\d-]{2,6})?[ \t]*$`,
  "iu",
);
/** A pair of initials alone on a note's last line: "ts/ln". */
const LAST_PAIR = /(?:^|\n)[ \t]*([A-Za-z]{2,3})[ \t]*\/[ \t]*([A-Za-z]{2,3})[ \t]*$/u;
/** A role's short form and a name on a note's last line: "Chap. Delyth", "Ergo. I. Harismendy". */
const LAST_ROLE_NAME =
  /(?:^|\n|[.!?][ \t]+)[ \t]*(?:Chap\.|Chaplain|Ergo\.|Physio|Kiné|Kine|OT|SW|Inf\.|IDE|Aum\.|Aumônier|Aumônière)[ \t]+((?:\p{Lu}\.[ \t]*)?\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?)[ \t]*$/u;
const NOT_INITIALS =
  /^(?:pt|rn|dr|md|ok|iv|po|am|pm|na|nb|ps|im|sc|pr|bp|hr|rr|ed|er|or|to|in|on|at|by|is|be|it|no|so|do|we|he|me|my|us|up|if|of|as|an|and|the|for|per|via|yes|all|not|but|off|see|plan|note|seen|per|done|home|call|care)$/iu;
const DAY_WORD = /(?:Day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])/g;
/** Read back from a day's word found by DAY_WORD: the preposition and the day's name before it. */
const NAMED_DAY_BEFORE =
  /(?<![\p{L}])(?:on|until|till|since|before|after|over|by|for|On|Until|Since|Before|After|Over)[ \t]+(\p{Lu}[\p{L}\p{M}]+)(?:['’]s|s['’])?[ \t]+$/u;
const NOT_DAY_KIND = /^[ \t]+(?:Unit|Surgery|Case|Centre|Center|Hospital|Ward|Program|Programme|Stay|Room|Clinic|Service|Care|Procedure|Patient)s?(?![\p{L}])/u;
const NOT_DAY_HEAD = new Set(
  "This Last Next Every Each Same Following Previous One Sunday Monday Tuesday Wednesday Thursday Friday Saturday Day Week".split(" "),
);
const HOLIDAY_WEEKEND = /(?<![\p{L}])([\p{L}\p{M}'’]+(?:[ \t]+[\p{L}\p{M}'’]+)?[ \t]+(?:wknd|w\/e|long[ \t]+weekend))(?![\p{L}])/giu;
const HOLIDAY_HEADS =
  /^(?:waitangi|anzac|easter|christmas|xmas|labour|labor|memorial|thanksgiving|matariki|queen['’]?s|king['’]?s|australia|canada|victoria|heritage|boxing|bank|civic|show|regatta|cup|patriots['’]?|columbus|presidents['’]?|independence|freedom|pâques|paques|pentecôte|toussaint|ascension)$/iu;
const DAY_MONTH = String.raw`(?:0?[1-9]|[12]\d|3[01])[-/](?:0?[1-9]|1[0-2])`;
const FR_DAY_MONTH = new RegExp(String.raw`(?<![\p{L}])(?:le|du|au|LE|DU|AU|Le|Du|Au)[ \t]+(${DAY_MONTH})(?![\d/-]|[.,]\d)`, "gu");
/** A stay "du 2/7 au 16/7": one span, as a range's own rule reads "7 au 16/7" and would split the first date. */
const FR_DAY_MONTH_RANGE = new RegExp(
  String.raw`(?<![\p{L}])(?:du|DU|Du)[ \t]+(${DAY_MONTH}[ \t]+(?:au|AU)[ \t]+${DAY_MONTH}(?:[-/](?:19|20)?\d{2})?)(?![\d/-]|[.,]\d)`,
  "gu",
);
const RELATIVES =
  "nephew|niece|son|daughter|dtr|wife|husband|hubby|partner|brother|sister|bro|sis|mother|father|mum|mom|dad|grandson|granddaughter|cousin|aunt|uncle|friend|neighbour|neighbor|carer|fiancée?|stepson|stepdaughter";
const RELATIVE_NAMED = new RegExp(String.raw`(?<![\p{L}])(?:${RELATIVES})[ \t]+(\p{Ll}{3,12})(?=[ \t]*(?:[.,;)]|$|\n))`, "gmu");
const scanRelatives = headScanner(RELATIVE_NAMED, String.raw`\b(?:${RELATIVES})\b`);
const NAMING_SLOT = /(?<![\p{L}])(?:is|=|:|epoa|hcp|poa|nok|contact|ec)[ \t]+(?:(?:the|his|her|their|pt['’]s)[ \t]+)?$/u;
const STATE_WORDS = new Set(
  "aware present here there updated informed notified called visiting visited ok okay too also well agrees agreed concerned upset supportive involved tonight today tomorrow yesterday home away available unavailable contacted phoned rang consented happy unhappy keen ringing staying waiting asleep at in and or to later earlier now again".split(
    " ",
  ),
);
const NUM_NAME = /(?<![\p{L}])(?:NUM|ANUM|CNM|NIC|CNC|CNS|num|anum|cnm|cnc)[ \t]+(\p{Lu}\p{Ll}{2,12}|\p{Ll}{3,12})(?![\p{L}\d'’])/gu;
const BOX_CAPS = /(?<![\p{L}])BOX[ \t]+(?:N°[ \t]*)?(\d{1,3})(?![\p{L}\d])/gu;

/** Initials or a first name signing a line, never a word or a note's shorthand ("SEE AS ABOVE", "abd"). */
function signsOff(w: string): boolean {
  if (w.includes(".")) return true;
  const l = lowerSameLength(w);
  if (NOT_INITIALS.test(w) || isClinicalShorthand(l) || isClinicalWord(w)) return false;
  if (w.length > 3) return isUnknownWord(w) || (getNames().firstNames.has(l) && !englishWords().has(l));
  return !englishWords().has(l);
}

export function detectHandoverForms(text: string, uncasedAt: (pos: number) => boolean, original = text): Candidate[] {
  const { out, add, group } = slotCollector();

  if (/(?:9\d|1[01]\d)[ \t]?y/i.test(original)) {
    for (const m of original.matchAll(AGE_Y))
      if (!MEASURE_BEFORE.test(original.slice(Math.max(0, m.index! - 12), m.index!))) add(...group(m), "AGE", 0.8, 86, "age-y-note");
  }
  if (/(?:9\d|1[0-2]\d)[ \t]?[MFf]/u.test(original)) {
    for (const m of original.matchAll(AGE_SEX)) {
      const after = original.slice(m.index! + m[0].length, m.index! + m[0].length + 3);
      // In brackets only as the bracket's whole content ("(94 F)"), not "(99F at 0400)".
      if (m[0].includes("(") && !/^[ \t]*[),]/u.test(after)) continue;
      if (!MEASURE_BEFORE.test(original.slice(Math.max(0, m.index! - 12), m.index! + m[0].indexOf(m[1])))) add(...group(m), "AGE", 0.8, 86, "age-sex-note");
    }
  }
  if (/(?<![\p{L}])ch(?:b|bre)?\.?[ \t]*\d/iu.test(original) && mayBeFrench(text))
    for (const m of original.matchAll(FR_ROOM_SHORT)) add(...group(m), "ID", 0.75, 84, "room-fr-short");
  if (/,[ \t]+\p{Lu}[\p{L}\p{M}'’-]+[ \t]+\d/u.test(original))
    for (const m of original.matchAll(NAME_AGE_SEX)) {
      const [first, last] = m[1].split(/,[ \t]+/u);
      if (isClinicalShorthand(lowerSameLength(first)) || isClinicalShorthand(lowerSameLength(last)) || isClinicalWord(first)) continue;
      add(...group(m), "PERSON", 0.8, 86, "person-list-age-sex");
    }
  if (original.includes("(")) {
    const { commonWords, firstNames } = getNames();
    for (const m of original.matchAll(NAME_ROLE_BRACKET)) {
      const w = m[1];
      const l = lowerSameLength(w);
      if (isClinicalShorthand(l) || isClinicalWord(w) || (commonWords.has(l) && !firstNames.has(l))) continue;
      if (firstNames.has(l) || isUnknownWord(w) || !englishWords().has(l)) add(...group(m), "PERSON", 0.75, 84, "person-role-bracket");
    }
  }
  if (/pgr|pager|beeper|pg\.?[ \t]*#?\d/i.test(original)) for (const m of original.matchAll(PAGER)) add(...group(m), "PHONE", 0.8, 86, "phone-pager");
  if (/page/i.test(original)) {
    for (const m of original.matchAll(PAGED_AT)) {
      // "at 0300" is a time; "@ 3-8812", "at 46631" are pagers.
      if (/(?:^|[ \t])at[ \t]*(?:[01]\d|2[0-3])[0-5]\d$/u.test(m[0])) continue;
      add(...group(m), "PHONE", 0.8, 86, "phone-paged-at");
    }
  }

  if (original.includes("\n")) {
    // Only short lines can sign a note: each is read alone, so the pattern never runs over the text's body.
    for (let at = 0; at < original.length;) {
      let nl = original.indexOf("\n", at);
      if (nl < 0) nl = original.length;
      const line = nl - at <= 48 ? original.slice(at, nl) : "";
      const lineStart = at;
      at = nl + 1;
      const m = line ? SIGN_OFF_LINE.exec(line) : null;
      if (!m) continue;
      m.index = lineStart;
      const first = m[1];
      const second = m[2];
      // A pair of initials stands or falls together ("AJ/KO RN": "ko" is also a word).
      const pair = second !== undefined && /^\p{L}{2,3}$/u.test(first) && !NOT_INITIALS.test(first) && !NOT_INITIALS.test(second);
      if (!(pair ? signsOff(first) || signsOff(second) : signsOff(first))) continue;
      const a = m.index! + m[0].indexOf(first, m[0].search(/\S/u));
      add(a, a + first.length, "PERSON", 0.75, 82, "person-initials-role");
      if (pair) {
        const b = m.index! + m[0].indexOf(second, m[0].indexOf("/"));
        add(b, b + second.length, "PERSON", 0.75, 82, "person-initials-role");
      }
    }
    const last = original.trimEnd();
    const pair = LAST_PAIR.exec(last.slice(last.lastIndexOf("\n")));
    if (pair && !NOT_INITIALS.test(pair[1]) && !NOT_INITIALS.test(pair[2])) {
      const base = original.trimEnd().length - pair[0].length;
      const a = base + pair[0].indexOf(pair[1]);
      const b = base + pair[0].lastIndexOf(pair[2]);
      add(a, a + pair[1].length, "PERSON", 0.7, 80, "person-initials-pair");
      add(b, b + pair[2].length, "PERSON", 0.7, 80, "person-initials-pair");
    }
  }
  const end = original.trimEnd();
  // The end alone is read; a match at the cut itself is no line's start.
  const role = LAST_ROLE_NAME.exec(end.slice(-60));
  if (role && !(role.index === 0 && end.length > 60 && !/^[\n.!?]/u.test(role[0])))
    add(end.length - role[1].length, end.length, "PERSON", 0.75, 84, "person-role-sign-off");

  if (/Day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/.test(text)) {
    for (const d of text.matchAll(DAY_WORD)) {
      const dayEnd = d.index! + d[0].length;
      if (/[\p{L}\p{M}]/u.test(text[d.index! - 1] ?? "") || NOT_DAY_KIND.test(text.slice(dayEnd, dayEnd + 20))) continue;
      const before = text.slice(Math.max(0, d.index! - 40), d.index!);
      const m = NAMED_DAY_BEFORE.exec(before);
      if (!m) continue;
      const head = m[1];
      if (NOT_DAY_HEAD.has(head) || !/^\p{Lu}\p{Ll}/u.test(head)) continue;
      // A named day ("Patriots' Day"), or a weekday named by an event no list knows ("Ekka Wednesday").
      // An English word names one too when the writer gave it a capital in a line of mixed case ("on Remembrance
      // Sunday"); in capitals or lower case it needs to be no word.
      const headAt = d.index! - before.length + m.index! + m[0].indexOf(head);
      if (d[0] !== "Day" && (isClinicalWord(head) || (englishWords().has(lowerSameLength(head)) && uncasedAt(headAt)))) continue;
      add(headAt, dayEnd, "DATE", 0.75, 82, "date-named-day");
    }
  }
  if (/wknd|w\/e|long[ \t]+weekend/i.test(text)) {
    for (const m of text.matchAll(HOLIDAY_WEEKEND)) {
      const words = m[1].split(/[ \t]+/u);
      const headIdx = words.length - (/^long$/iu.test(words[words.length - 2] ?? "") ? 3 : 2);
      if (headIdx < 0 || !HOLIDAY_HEADS.test(words[headIdx])) continue;
      const s = m.index! + m[0].indexOf(words[headIdx]);
      add(s, m.index! + m[0].length, "DATE", 0.75, 82, "date-holiday-weekend");
    }
  }
  if (mayBeFrench(text) && /\d[-/]\d/u.test(original)) {
    for (const m of original.matchAll(FR_DAY_MONTH_RANGE)) add(...group(m), "DATE", 0.8, 88, "date-fr-day-month");
    for (const m of original.matchAll(FR_DAY_MONTH)) {
      const [d, mo] = m[1].split(/[-/]/u).map(Number);
      // A fraction ("les 2/3", "au 1/4") is no date.
      if (mo <= 4 && d < mo) continue;
      add(...group(m), "DATE", 0.8, 88, "date-fr-day-month");
    }
  }

  {
    for (const m of scanRelatives(original)) {
      const [s, e] = group(m);
      const w = m[1];
      if (!uncasedAt(s) || STATE_WORDS.has(w)) continue;
      // Named by a slot ("epoa is nephew cliff.") or a first name ("son kevin."), never a clinical word.
      const { firstNames } = getNames();
      if (!NAMING_SLOT.test(original.slice(Math.max(0, m.index! - 20), m.index!)) && !firstNames.has(w)) continue;
      if (!isUnknownWord(w) && !firstNames.has(w) && (w.length < 4 || isClinicalWord(w))) continue;
      add(s, e, "PERSON", 0.7, 80, "person-after-relative-lower");
    }
  }
  if (/(?:NUM|CNM|NIC|CNC|CNS|num|cnm|cnc)[ \t]/u.test(original)) {
    for (const m of original.matchAll(NUM_NAME)) {
      const w = m[1];
      const l = lowerSameLength(w);
      const lower = w === l;
      // A name in lower case only where no list knows the word ("cnm rawinia", not "num aware").
      if (lower ? isUnknownWord(w) && !STATE_WORDS.has(w) : isUnknownWord(w) || getNames().firstNames.has(l))
        add(...group(m), "PERSON", 0.75, 84, "person-after-num");
    }
  }
  if (original.includes("BOX")) for (const m of original.matchAll(BOX_CAPS)) add(...group(m), "ID", 0.75, 84, "room-box-caps");
  return out;
}
