/**
 * Identifiers as case learnings and family letters write them, by shape and slot (blind batch 13):
 *  - a day of the month alone after "on the": "came on the 23rd with" (not "on the 3rd floor", "on the 2nd attempt");
 *  - a French date with its month cut short: "12 fév.", "3 janv. 2024";
 *  - national and religious days of the countries served that no rule knew: "Women's Day", "Nollaig na mBan";
 *  - an age over 89 someone turned: "Gran turned 100", "she turns 95 next week";
 *  - an age over 89 with the sex after a name in a note: "norma petherick 93 f from" (not "walked 100 m");
 *  - a room or box a patient is in: "in birth suite room 4", "covering room 6", "RM 4436", "le box 7";
 *  - a form's number after "no": "AH-223 rempli, no 2025-0417";
 *  - a person after a relative's or a manager's short form in a note: "dtr mands", "num bec";
 *  - a person set off by commas after a role: "the support worker, Gethin, who";
 *  - initials signing off a text: a last line "kb", "End of dictation, KOA.";
 *  - a First Nation someone lives on: "Ahtahkakoop Cree Nation", "Lake Babine Nation" (not "First Nations");
 *  - a town after a hospital's name and a comma at a line's end: "Prince Mshiyeni Memorial Hospital, Umlazi";
 *  - a South African township's extension with its town: "Extension 21, Tembisa";
 *  - a hospital by "Royal" and its town: "at Royal Stoke" (not "to Royal Mail", "Royal College");
 *  - a hospital in a lower-case note: "at st george", "ed wagga base";
 *  - a French institute a patient is sent to: "transféré à l'Institut de cardiologie";
 *  - an insurer's or scheme's acronym someone is a member of: "a member of GEMS" (not a national regulator).
 * Each pattern is tried only where its head word stands (a cheap test first).
 */
import { englishWords, getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import type { Candidate } from "../types";
import { lowerSameLength, openingScanner } from "../util";
import { slotCollector } from "./slot-collector";
import { isUnknownWord } from "./slots";

const ORDINAL_DAY =
  /(?<![\p{L}])(?:on|by|until|till|since|before|after|from|On|By|Until)[ \t]+(the[ \t]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?=[ \t]*(?:[,.;:)!?]|$)|[ \t]+(?:with|at|and|when|or|but|we|I|she|he|they|it|so|as|of[ \t]+(?:this|that|last|next)[ \t]+month)(?![\p{L}]))/gmu;
const FR_SHORT_MONTH = /(?<![\p{L}\d])((?:[1-9]|[12]\d|3[01])(?:er)?[ \t]+(?:janv|févr|fév|fev|avr|juil|sept|oct|nov|déc|dec)\.(?:[ \t]+(?:19|20)\d{2})?)/gu;
const NATIONAL_DAY =
  /(?<![\p{L}])(?:(?:National[ \t]+)?Women['’]s[ \t]+Day|Freedom[ \t]+Day|Workers['’][ \t]+Day|Day[ \t]+of[ \t]+Reconciliation|Day[ \t]+of[ \t]+Goodwill|Nollaig[ \t]+na[ \t]+mBan|Little[ \t]+Christmas|St\.?[ \t]+Brigid['’]s[ \t]+Day|Lá[ \t]+Fhéile[ \t]+(?:Pádraig|Bríde)|Journée[ \t]+nationale[ \t]+des[ \t]+patriotes|Fête[ \t]+nationale|Fête[ \t]+du[ \t]+Roi)(?![\p{L}])/gu;
const TURNED_AGE =
  /(?<![\p{L}])(?:turned|turns|turning|turn|TURNED|TURNS)[ \t]+(9\d|1[01]\d)(?![\d.,%]|[ \t]*(?:degrees|°|mg|kg|mm|cm|minutes|mins|hours|times|percent))/giu;
const VITAL_BEFORE = /(?:sats?|saturations?|SpO2|BP|pressure|rate|HR|pulse|glucose|sugars?|BSL|temp|temperature|score|count|level)[ \t]*$/iu;
const AGE_SEX =
  /(?<=(?<![\p{L}])(\p{L}[\p{L}'’-]+)[ \t]+)(9\d|1[01]\d)[ \t]?[fmFM](?=[ \t]*[,;]|[ \t]+(?:from|with|pres|bib|admitted|lives|de|du|avec)(?![\p{L}]))/gu;
const ROOM_IN =
  /(?<![\p{L}])(?:in|into|to|covering|from|back[ \t]+to|caring[ \t]+for|In|Covering)[ \t]+(?:the[ \t]+)?(?:(?:birth[ \t]+suite|delivery|labour|labor|side|single|isolation|resus)[ \t]+)?room[ \t]+(\d{1,4}[A-Z]?)(?![\p{L}\d]|[.,]\d|[ \t]*(?:minutes|mins|hours|times|people|of[ \t]+the[ \t]+(?:education|conference|training)))/gu;
const ROOM_CAPS = /(?<![\p{L}])(?:RM|ROOM)\.?[ \t]*#?[ \t]*(\d{2,5}[A-Z]?)(?![\p{L}\d])/gu;
const FR_BOX = /(?<![\p{L}])(?:le|au|du|les|des|Le|Au|Du)[ \t]+box[ \t]+(?:n°[ \t]*)?(\d{1,3})(?![\p{L}\d])/gu;
const FORM_NO = /(?<![\p{L}])(?:no|No|NO|n°|N°|nº)\.?[ \t]*((?:\d{4}-\d{2,6}|\d{2,3}-\d{4,6}))(?![\p{L}\d-])/gu;
const ABBREV_PERSON = /(?<![\p{L}])(?:dtr|dau|gdtr|gdau|gson|sil|dil|num|nic|cnm|dtr's|DTR|NUM|NIC)[ \t]+(\p{Ll}{3,12}|\p{Lu}{3,12})(?![\p{L}\d'’])/gu;
const ROLE_COMMA_NAME =
  /(?<![\p{L}])(?:worker|nurse|assistant|aide|porter|carer|caregiver|midwife|student|registrar|doctor|consultant|pharmacist|physio|physiotherapist|HCA|HCSW|orderly|cleaner|receptionist|chaplain|interpreter|technician|paramedic|kaiāwhina|kaiawhina|infirmière|infirmier|aide-soignante|aide-soignant|préposée|préposé|brancardier),[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]{2,15}),[ \t]+(?:who|whom|was|had|has|said|came|and|qui|a|avait|est)(?![\p{L}])/gu;
const SIGN_OFF_INITIALS = /(?:^|\n)[ \t]*(?:[-–—][ \t]*)?([A-Za-z]{2,3})\.?[ \t]*$/u;
const DICTATED_BY =
  /(?<![\p{L}])(?:dictation|dictated[ \t]+by|typed[ \t]+by|transcribed[ \t]+by|dictée|dictée[ \t]+par)[ \t]*[,:]?[ \t]+([A-Z]{2,3})(?![\p{L}])/giu;
const NATION = /(?<![\p{L}])((?:\p{Lu}[\p{L}\p{M}'’-]+[ \t]+){1,3}(?:First[ \t]+)?Nation)(?![\p{L}])/gu;
const NOT_NATION = new Set([
  "United",
  "First",
  "The",
  "Host",
  "Home",
  "Member",
  "Sovereign",
  "Rainbow",
  "Whole",
  "Our",
  "Great",
  "Island",
  "Startup",
  "Every",
  "One",
  "This",
  "That",
  "A",
  "An",
]);
/** The town after a hospital's name and a comma, at the end of a heading or an address line. */
const FACILITY_TOWN =
  /(?<![\p{L}])(?:Hospital|Infirmary|Clinic|Centre|Center|Hôpital|Clinique|Hospice)[ \t]*,[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]{2,}(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]{2,})?)(?=[ \t]*(?:\n|$))/gu;
const EXTENSION_TOWN = /(?<![\p{L}])Extension[ \t]+\d{1,3},[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?/gu;
const ROYAL = /(?<![\p{L}])(?:at|to|from|in|into|At|To|From)[ \t]+(?:the[ \t]+)?(Royal[ \t]+(\p{Lu}\p{Ll}+))(?![\p{L}'’])/gu;
const NOT_ROYAL = new Set(
  "College Colleges Commission Society Mail Navy Marines Marine Air Flying Family Household Highness Mint Academy Institute Institution Australasian Australian Canadian British Charter Decree Assent Warrant Military Artillery Engineers Regiment Ballet Opera Court Show Botanic Botanical Exchange Bank Insurance Doulton Dutch Caribbean Canin Blue Wedding Visit Tour Collection Gallery Albert Enfield Jelly Standard".split(
    " ",
  ),
);
const LOWER_SAINT = /(?<![\p{L}])(?:at|to|from|into)[ \t]+(st\.?[ \t]+\p{Ll}{3,12}(?:['’]s)?)(?![\p{L}\d])/gu;
const LOWER_BASE = /(?<![\p{L}])(?:at|to|from|ed|ED)[ \t]+(\p{Ll}{3,12}[ \t]+base)(?![\p{L}])/gu;
const FR_INSTITUTE = /(?<![\p{L}])(?:à|vers|transférée?|envoyée?)[ \t]+(l['’]Institut[ \t]+(?:de[ \t]+|du[ \t]+|des[ \t]+|d['’])\p{L}[\p{L}\p{M}-]+)/gu;
const MEMBER_OF =
  /(?<![\p{L}])(?:member[ \t]+of|insured[ \t]+(?:with|by)|registered[ \t]+with|belong[ \t]+to|membre[ \t]+de|affiliée?[ \t]+à)[ \t]+(?:the[ \t]+|la[ \t]+|le[ \t]+)?([A-Z]{3,6})(?![\p{L}\d]|[ \t]+(?:team|service|staff|resident|fellow|attending|nurse|doctor|unit)(?![\p{L}]))/gu;
/** National regulators and services named by their national acronym are no identifier (the batches' convention). */
const NATIONAL =
  /^(?:NHS|HSE|NMC|GMC|HCPC|AHPRA|HPCSA|SANC|CQC|HIQA|HDC|ACC|NMBI|IMC|CNO|CPSO|OIIQ|CMQ|HAS|ARS|ANSM|CNOM|ONI|RCN|INMO|AMA|BMA|CMA|NZNO|ANMF|DENOSA|NEHAWU|UNISON|SIU)$/u;

// Tried only where their opening words stand (openingScanner in util.ts): the same matches, found faster.
const scanAgeSex = openingScanner(AGE_SEX);

export function detectLearningForms(text: string, uncasedAt: (pos: number) => boolean, original = text): Candidate[] {
  const { out, add, group } = slotCollector();

  if (/\d(?:st|nd|rd|th)/u.test(text)) for (const m of text.matchAll(ORDINAL_DAY)) add(...group(m), "DATE", 0.7, 80, "date-ordinal-alone");
  if (/\d(?:er)?[ \t]+(?:janv|f[ée]v|avr|juil|sept|oct|nov|d[ée]c)\./u.test(text))
    for (const m of text.matchAll(FR_SHORT_MONTH)) add(...group(m), "DATE", 0.85, 86, "date-fr-short-month");
  if (/Day|Nollaig|Christmas|Féile|Journée|Fête/u.test(text))
    for (const m of text.matchAll(NATIONAL_DAY)) add(m.index!, m.index! + m[0].length, "DATE", 0.8, 84, "date-national-day");

  if (/turn/iu.test(text)) {
    for (const m of text.matchAll(TURNED_AGE)) {
      // A person turns an age; a measurement does not ("his sats turned 92").
      if (VITAL_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      add(...group(m), "AGE", 0.8, 86, "age-turned");
    }
  }
  if (/(?:9\d|1[01]\d)[ \t]?[fmFM]/u.test(text)) {
    for (const m of scanAgeSex(text)) {
      // After a name, never after a verb or a quantity ("walked 100 m", "over 95 f"): the word before is no common word.
      if (!isUnknownWord(m[1]) && !getNames().surnames.has(m[1][0].toUpperCase() + lowerSameLength(m[1].slice(1)))) continue;
      const s = m.index!;
      add(s, s + m[2].length, "AGE", 0.75, 84, "age-sex-after-name");
    }
  }

  if (/room[ \t]+\d/u.test(text)) for (const m of text.matchAll(ROOM_IN)) add(...group(m), "ID", 0.75, 84, "room-patient-in");
  if (/(?:RM|ROOM)\.?[ \t]*#?[ \t]*\d/u.test(original)) {
    for (const m of original.matchAll(ROOM_CAPS)) add(...group(m), "ID", 0.75, 84, "room-caps");
  }
  if (/box[ \t]+(?:n°[ \t]*)?\d/u.test(text)) for (const m of text.matchAll(FR_BOX)) add(...group(m), "ID", 0.75, 84, "room-fr-box");
  if (/[nN][o°º]\.?[ \t]*\d/u.test(text)) for (const m of text.matchAll(FORM_NO)) add(...group(m), "ID", 0.75, 84, "ref-form-no");

  if (/(?:dtr|dau|gdtr|gdau|gson|sil|dil|num|nic|cnm)[ \t]/iu.test(original)) {
    const { firstNames } = getNames();
    for (const m of original.matchAll(ABBREV_PERSON)) {
      const [s, e] = group(m);
      if (!uncasedAt(s)) continue;
      const w = m[1];
      if (isUnknownWord(w) || (firstNames.has(lowerSameLength(w)) && !englishWords().has(lowerSameLength(w))))
        add(s, e, "PERSON", 0.75, 84, "person-after-abbrev");
    }
  }
  if (/,[ \t]+\p{Lu}\p{Ll}+,/u.test(text)) {
    const { firstNames } = getNames();
    for (const m of text.matchAll(ROLE_COMMA_NAME)) {
      if (firstNames.has(m[1]) || isUnknownWord(m[1])) add(...group(m), "PERSON", 0.75, 84, "person-after-role-commas");
    }
  }
  const last = SIGN_OFF_INITIALS.exec(text.trimEnd());
  if (last) {
    const w = last[1];
    const s = text.trimEnd().length - last[0].length + last[0].lastIndexOf(w);
    const l = lowerSameLength(w);
    if (!englishWords().has(l) && !/^(?:thx|tks|ty|xx|xxx|ok|pls|nb|ps|bw|kr|gp|rn|md|do|np|pa|en|mx|fu|tx)$/u.test(l))
      add(s, s + w.length, "PERSON", 0.7, 80, "person-initials-sign-off");
  }
  if (/dictat|typed|transcribed|dictée/iu.test(text)) {
    for (const m of original.matchAll(DICTATED_BY)) {
      const [s, e] = group(m);
      if (/^[A-Z]{2,3}$/u.test(original.slice(s, e))) add(s, e, "PERSON", 0.75, 84, "person-dictated-by");
    }
  }

  if (text.includes("Nation")) {
    for (const m of text.matchAll(NATION)) {
      const words = m[1].split(/[ \t]+/u);
      if (NOT_NATION.has(words[0]) || words.length < 2) continue;
      add(...group(m), "LOCATION", 0.75, 70, "place-first-nation"); // below a body rule that reads it as an organisation ("an Elder of the Musqueam First Nation")
    }
  }
  if (/(?:Hospital|Infirmary|Clinic|Centre|Center|Hôpital|Clinique|Hospice)[ \t]*,/u.test(text)) {
    const { places } = getGazetteer();
    for (const m of text.matchAll(FACILITY_TOWN)) {
      // A town no list may know, never a role or a word ("Hospital, Consultant", "Clinic, Monday").
      if (m[1].split(/[ \t]+/u).every((w) => isUnknownWord(w) || places.has(w))) add(...group(m), "LOCATION", 0.75, 82, "place-after-facility");
    }
  }
  if (text.includes("Extension"))
    for (const m of text.matchAll(EXTENSION_TOWN)) add(m.index!, m.index! + m[0].length, "LOCATION", 0.8, 86, "place-township-extension");
  if (text.includes("Royal")) {
    for (const m of text.matchAll(ROYAL)) if (!NOT_ROYAL.has(m[2])) add(...group(m), "FACILITY", 0.75, 84, "facility-royal-town");
  }
  if (/(?:at|to|from|into)[ \t]+st/u.test(original)) {
    for (const m of original.matchAll(LOWER_SAINT)) {
      const [s, e] = group(m);
      // A saint's name, never a word after "st" ("converted to st about an hour later": sinus tachycardia).
      const name = m[1].replace(/^st\.?[ \t]+/u, "").replace(/['’]s$/u, "");
      if (uncasedAt(s) && !englishWords().has(name) && !/^(?:rhythm|brady|tach|tachy|elevation|depression|segment|changes?)$/u.test(name))
        add(s, e, "FACILITY", 0.7, 80, "facility-lower-saint");
    }
  }
  if (original.includes(" base")) {
    for (const m of original.matchAll(LOWER_BASE)) {
      const [s, e] = group(m);
      const w = m[1].split(/[ \t]/u)[0];
      // A town's hospital ("wagga base"), never a known word's base ("air base", "skin base").
      if (uncasedAt(s) && (isUnknownWord(w) || getGazetteer().places.has(w[0].toUpperCase() + w.slice(1))))
        add(s, e, "FACILITY", 0.7, 80, "facility-lower-base");
    }
  }
  if (text.includes("Institut")) for (const m of text.matchAll(FR_INSTITUTE)) add(...group(m), "FACILITY", 0.75, 84, "facility-fr-institute");
  if (/member|insured|registered|belong|membre|affili/iu.test(text)) {
    for (const m of original.matchAll(MEMBER_OF)) if (!NATIONAL.test(m[1])) add(...group(m), "ORGANISATION", 0.75, 84, "org-member-of");
  }
  return out;
}
