/**
 * People, places, ages and rooms as family letters, e-mail threads and minutes write them (blind batch 14):
 *  - a name before who the person is, in brackets: "Jaskaran Gill (brother)", "Treasa (CNM2)";
 *  - a first name that is also a word, before a double surname: "Amber Nguyen-Reyes";
 *  - a person after a French care role's short form: "retrouvée par l'AS Mariétou", "IDE Florian";
 *  - initials after "End of dictation.": "End of dictation. JS";
 *  - the name that signs a letter off: the line after "Thanks" or "Regards", a text's last short line
 *    ("deb t"), the word that ends a text after its last sentence ("Merci au groupe. Voahangy"), after "Dear";
 *  - a child's name where a birth is told: "Jade's birth", "before Jade was born";
 *  - a name found in one of these sure slots, wherever else the text writes it ("Jade had a brachial plexus injury");
 *  - a patient's initial and surname in a lower-case note: "pt r. delacroix";
 *  - the place after a person and "of": "Mrs Bernadette McLaughlin of Strathfoyle";
 *  - a US town, state and ZIP code: "Portland, OR 97202"; a town's quarter: "in Hamilton East";
 *  - an age over 89 after a name at a line's end: "Patient: Peadar Ó Ceallaigh, 93";
 *  - two rooms or beds named together: "chambres 12 et 14", "beds 3 and 5";
 *  - named days that no other rule knew: "St Stephen's Day", "Boxing Day", "Hogmanay".
 * Each pattern is tried only where its head word stands (a cheap test first).
 */
import { englishWords, getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { knownWords } from "../truecase";
import type { Candidate } from "../types";
import { escapeRegex, foldAscii, lowerSameLength } from "../util";
import { nearKeys } from "./near-keys";
import { slotCollector } from "./slot-collector";
import { isUnknownWord } from "./slots";

const CAPW = String.raw`\p{Lu}\p{Ll}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]+)*`;
const PARTICLE = String.raw`(?:Ó|Ní|Nic|Mac|Mc|Uí|de|van|von|du|le|la|da|di|ben|bin)`;
const NAME_RUN = String.raw`${CAPW}(?:[ \t]+(?:${PARTICLE}[ \t]+)?${CAPW}){0,2}`;

const WHO_BRACKET = new RegExp(
  String.raw`(?<![\p{L}])(${NAME_RUN})[ \t]+\((?:mother|father|mum|mom|dad|brother|sister|son|daughter|wife|husband|partner|grandson|granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle|cousin|fiancée?|épouse|époux|fils|fille|mère|père|frère|sœur|soeur|conjointe?|petite?-fille|petit-fils|CNM\d?|CNS|RN|EN|RPN|HCA|SHO|NCHD|IDEC|IDE|AS|CNA|LPN|charge[ \t]+nurse|cadre|sage-femme|midwife|chaplain|interpreter)(?![\p{L}])`,
  "gu",
);
const WHO_KEY =
  /\((?:mother|father|mum|mom|dad|brother|sister|son|daughter|wife|husband|partner|grand|niece|nephew|aunt|uncle|cousin|fianc|épou|fils|fille|mère|père|frère|s[oœ]eur|conjoint|petit|CNM|CNS|RN|EN|RPN|HCA|SHO|NCHD|IDE|AS|CNA|LPN|charge|cadre|sage|midwife|chaplain|interpreter)/g;
const DOUBLE_SURNAME = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)(?![\p{L}])`, "gu");
const FR_ROLE_NAME = /(?<![\p{L}])(?:l['’])?(?:AS|ASH|IDE|IDEC|IADE|IBODE|AES|AMP|ASD|AVS)[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]{2,})(?![\p{L}])/gu;
const END_OF_DICTATION =
  /(?<![\p{L}])(?:[Ee]nd[ \t]+of[ \t]+dictation|[Ff]in[ \t]+de[ \t]+(?:la[ \t]+)?dictée|[Ii]nitial(?:e)?s)[ \t]*[.,:;-]?[ \t]*((?:\p{Lu}\.){2,4}|\p{Lu}{2,4})\.?[ \t]*(?:\n|$)/gu;
const CLOSING =
  /^[ \t]*(?:thanks|thank[ \t]+you|many[ \t]+thanks|cheers|regards|kind[ \t]+regards|best[ \t]+regards|warm[ \t]+regards|best[ \t]+wishes|best|love|with[ \t]+love|sincerely|yours[ \t]+sincerely|yours[ \t]+faithfully|yours[ \t]+truly|warmly|ngā[ \t]+mihi|nga[ \t]+mihi|yn[ \t]+gywir|merci|merci[ \t]+beaucoup|cordialement|bien[ \t]+à[ \t]+vous|bisous|amitiés|salutations)[ \t]*[,.!]?[ \t]*$/iu;
const NAME_LINE =
  /^[ \t]*[-–—]?[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Pr|Me|Mme|Mlle|M|Sister|Rev|Fr)\.?[ \t]+)?(\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)?(?:[ \t]+\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)?){0,2})\.?[ \t]*$/u;
const LAST_WORD = /\p{L}{4}[.!][ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]{2,})[ \t]*$/u;
const DEAR = /(?<![\p{L}])(?:Dear|Hi|Hello|Chère|Cher|Bonjour|Kia[ \t]+ora)[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]*[,!]/gu;
const BIRTH = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,})(?:['’]s[ \t]+birth|[ \t]+was[ \t]+born)(?![\p{L}])/gu;
const LOWER_PT = /(?<![\p{L}])(?:pt|patient|mr|mrs|ms|mme|m\.)[ \t]+(\p{Ll}\.[ \t]?\p{Ll}{3,}(?:-\p{Ll}{3,})?)(?![\p{L}])/gu;
const OF_PLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Fr|Sister|Mme|M\.)\.?[ \t]+${NAME_RUN}[ \t]+of[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]{2,}(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]{2,})?)(?=[ \t]*[,.;)]|[ \t]+(?:attended|came|was|is|who|and|said|wrote|called)(?![\p{L}]))`,
  "gu",
);
const US_STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
const US_TOWN_ZIP = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}[\p{Ll}]+(?:[ \t]+\p{Lu}[\p{Ll}]+){0,2},[ \t]*(?:${US_STATES})[ \t]+\d{5}(?:-\d{4})?)(?![\d])`,
  "gu",
);
const TOWN_QUARTER =
  /(?<![\p{L}])(?:in|at|from|to|In)[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]{2,}[ \t]+(?:East|West|North|South|Central|Nord|Sud|Est|Ouest|Centre))(?![\p{L}])/gu;
const AGE_LINE_END = /,[ \t]*(9\d|1[01]\d)(?=[ \t]*(?:\n|$))/g;
const TWO_ROOMS =
  /(?<![\p{L}])(?:chambres|lits|boxes|rooms|beds|bays|Chambres|Rooms|Beds)[ \t]+(?:n°[ \t]*)?(\d{1,4}[A-Z]?)[ \t]*(?:et|and|&|,)[ \t]*(\d{1,4}[A-Z]?)(?![\p{L}\d])/gu;
const NAMED_DAY =
  /(?<![\p{L}])(?:(?:St\.?[ \t]+)?Stephen['’]s[ \t]+Day|Boxing[ \t]+Day|Hogmanay|Burns[ \t]+Night|Bonfire[ \t]+Night|Guy[ \t]+Fawkes[ \t]+Night|Remembrance[ \t]+Day|Armistice[ \t]+Day|Juneteenth|Canada[ \t]+Day|Victoria[ \t]+Day|Family[ \t]+Day|Heritage[ \t]+Day|Matariki|King['’]s[ \t]+Birthday|Queen['’]s[ \t]+Birthday|la[ \t]+Saint-Jean|la[ \t]+Saint-Sylvestre|Saint-Sylvestre|lundi[ \t]+de[ \t]+Pâques|lundi[ \t]+de[ \t]+Pentecôte)(?![\p{L}])/gu;

/** A word that can stand for a person's first name, even when it is also a word ("Jade", "Demi", "Amber"). */
function firstNameLike(w: string): boolean {
  const l = lowerSameLength(w);
  return getNames().firstNames.has(l) || isUnknownWord(w);
}
/** A word of English or French, with or without its accents ("confrère"). */
function isKnownWord(w: string): boolean {
  const l = lowerSameLength(w);
  return knownWords().has(l) || knownWords().has(foldAscii(l));
}
function nameWord(w: string): boolean {
  const l = lowerSameLength(w.replace(/['’]s$/u, ""));
  const { firstNames, surnames } = getNames();
  return firstNames.has(l) || surnames.has(l) || isUnknownWord(w);
}

export function detectLetterPeople(text: string): Candidate[] {
  const { out, add, group } = slotCollector();
  /** Names found in a sure slot that may be ordinary words: looked for again across the text. */
  const sure = new Set<string>();

  {
    for (const m of nearKeys(text, WHO_KEY, WHO_BRACKET)) {
      const words = m[1].split(/[ \t]+/u).filter((w) => /^\p{Lu}/u.test(w));
      // Every word may be a name's: "Present: Jaskaran Gill (brother)", not "Discussed with Family (son)".
      if (words.every((w) => nameWord(w) && !/^(?:The|Present|Attendees|Also|Family|Patient|Whānau|Participants)$/u.test(w)))
        add(...group(m), "PERSON", 0.75, 84, "person-before-who-bracket");
    }
  }
  {
    const { firstNames, surnames } = getNames();
    for (const m of nearKeys(text, /[a-z]-[A-Z]/g, DOUBLE_SURNAME)) {
      const [a, b] = m[2].split("-").map((w) => lowerSameLength(w));
      if (!(surnames.has(a) && surnames.has(b)) || !firstNames.has(lowerSameLength(m[1]))) continue;
      add(m.index!, m.index! + m[0].length, "PERSON", 0.8, 86, "person-double-surname");
    }
  }
  if (/(?:AS|ASH|IDE|IDEC|IADE|IBODE|AES|AMP|ASD|AVS) [A-ZÀ-Ý]/.test(text)) {
    for (const m of text.matchAll(FR_ROLE_NAME)) if (firstNameLike(m[1])) add(...group(m), "PERSON", 0.75, 84, "person-after-fr-role");
  }
  if (/dictation|dictée|nitial/u.test(text)) for (const m of text.matchAll(END_OF_DICTATION)) add(...group(m), "PERSON", 0.75, 84, "person-end-of-dictation");

  const lines = text.split("\n");
  let offset = 0;
  const starts = lines.map((l) => {
    const s = offset;
    offset += l.length + 1;
    return s;
  });
  const signer = (i: number, source: string, afterClosing: boolean) => {
    const m = NAME_LINE.exec(lines[i]);
    if (!m) return;
    const words = m[1].split(/[ \t]+/u);
    // A name: its first word is a first name or no word at all (after "Thanks", any rarer capitalised word: "Demi"),
    // the rest names or one initial ("deb t").
    const first = words[0];
    // A line in capitals is a note's, not a signature ("ID--AFEBRILE.").
    if (/^\p{Lu}{3,}$/u.test(first)) return;
    const rareCapital = afterClosing && /^\p{Lu}\p{Ll}/u.test(first) && !englishWords().has(lowerSameLength(first));
    if (!(firstNameLike(first) || rareCapital) || words.slice(1).some((w) => !(w.length === 1 || nameWord(w)))) return;
    if (CLOSING.test(lines[i])) return;
    const s = starts[i] + lines[i].indexOf(m[1]);
    add(s, s + m[1].length, "PERSON", 0.75, 84, source);
    if (words.length === 1 && /^\p{Lu}/u.test(words[0])) sure.add(words[0]);
  };
  for (let i = 0; i < lines.length - 1; i++) {
    if (lines[i].length > 24 || !CLOSING.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].trim() === "") j++;
    if (j < lines.length) signer(j, "person-signs-off", true);
  }
  let last = lines.length - 1;
  while (last > 0 && lines[last].trim() === "") last--;
  if (last > 0 && lines[last].trim().length <= 24) signer(last, "person-last-line", false);
  const tail = LAST_WORD.exec(lines[last] ?? "");
  if (tail && firstNameLike(tail[1]) && !isKnownWord(tail[1])) {
    const s = starts[last] + tail.index + tail[0].indexOf(tail[1]);
    add(s, s + tail[1].length, "PERSON", 0.7, 80, "person-ends-text");
  }
  if (/Dear|Hi |Hello|Chère|Cher |Bonjour|Kia ora/u.test(text)) {
    for (const m of text.matchAll(DEAR)) {
      const l = lowerSameLength(m[1]);
      // A first name, never a form of address ("Cher Confrère"); a name that is also a word is taken from a signature.
      if (!getNames().firstNames.has(l) || isKnownWord(m[1])) continue;
      add(...group(m), "PERSON", 0.75, 84, "person-dear-first-name");
      sure.add(m[1]);
    }
  }
  {
    for (const m of nearKeys(text, /['’]s birth| was born/g, BIRTH)) {
      if (!getNames().firstNames.has(lowerSameLength(m[1]))) continue;
      add(m.index!, m.index! + m[1].length, "PERSON", 0.75, 84, "person-birth");
      sure.add(m[1]);
    }
  }
  for (const name of sure) {
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}])${escapeRegex(name)}(?![\p{L}])`, "gu")))
      add(m.index!, m.index! + name.length, "PERSON", 0.7, 80, "person-named-elsewhere");
  }
  if (/[a-zà-ÿ]\.[ \t]?[a-zà-ÿ]{3}/.test(text)) for (const m of text.matchAll(LOWER_PT)) add(...group(m), "PERSON", 0.7, 80, "person-lower-initial-surname");

  {
    for (const m of nearKeys(text, / of \p{Lu}/gu, OF_PLACE)) {
      const first = m[1].split(/[ \t]+/u)[0];
      if (isUnknownWord(first) || getGazetteer().places.has(first)) add(...group(m), "LOCATION", 0.75, 84, "place-person-of");
    }
  }
  for (const m of nearKeys(text, /, ?[A-Z]{2} \d{5}/g, US_TOWN_ZIP)) add(...group(m), "LOCATION", 0.85, 88, "place-us-town-zip");
  {
    for (const m of nearKeys(text, / (?:East|West|North|South|Central|Nord|Sud|Est|Ouest|Centre)(?![a-z])/g, TOWN_QUARTER)) {
      const town = m[1].split(/[ \t]+/u)[0];
      if (getGazetteer().places.has(town)) add(...group(m), "LOCATION", 0.75, 84, "place-town-quarter");
    }
  }
  {
    for (const m of text.matchAll(AGE_LINE_END)) {
      const before = /(\p{Lu}[\p{Ll}\p{M}'’-]+)$/u.exec(text.slice(Math.max(0, m.index! - 30), m.index!));
      if (!before || !nameWord(before[1]) || englishWords().has(lowerSameLength(before[1]))) continue;
      add(...group(m), "AGE", 0.75, 84, "age-after-name-line-end");
    }
  }
  {
    for (const m of nearKeys(text, /\d[ \t]*(?:et|and|&|,)[ \t]*\d/g, TWO_ROOMS)) {
      const s1 = m.index! + m[0].search(/\d/u);
      const s2 = m.index! + m[0].lastIndexOf(m[2]);
      add(s1, s1 + m[1].length, "ID", 0.75, 84, "room-two-together");
      add(s2, s2 + m[2].length, "ID", 0.75, 84, "room-two-together");
    }
  }
  for (const m of nearKeys(text, / Day| Night|Hogmanay|Juneteenth|Matariki|Birthday|Sylvestre|Saint-Jean|Pâques|Pentecôte/g, NAMED_DAY))
    add(m.index!, m.index! + m[0].length, "DATE", 0.8, 84, "date-named-day");
  return out;
}
