/**
 * Places known by the form of an address or the slot of a place (blind batch 19):
 *  - a township's numbered zone after a place word, and a township's lettered section in a note typed in one case:
 *    "grew up in Zone 4", "from Meadowlands Zone 2", "from inanda c section" (not "in zone 2 of the ED");
 *  - in a note typed in one case, a word no list knows after an assault or injury verb, before a day or a pause:
 *    "assaulted kwanobuhle saturday", "shot mdantsane last night" (not "stabbed himself", "fell yesterday");
 *  - a named landform after "the": "the Breede River Valley", "the Blue Mountains" (not one named after a state or a
 *    nation, "the Ohio River Valley", which spans more than where one lives);
 *  - a named street in prose after a place word: "his shop on Church Street", "lived off Long Road";
 *  - a street line with a unit and a civic number before a town's line: "1203-455 Granville\nBurnaby, BC …";
 *  - French streets and quarters with their kind word after a pause or a number, and a quarter anywhere: ", quai de
 *    la Fosse,", "12 allée des Tilleuls", "au Faubourg de Pierre", "lieu-dit kergoat" (not "au cours de la nuit",
 *    "à la place de");
 *  - the town of a letter's place-and-date line: "Lyon, le 3 mars 2025", "Fait à Rennes, le 12/04/2024";
 *  - a four-digit postcode after a street and a town, or after a known town at a line's end: "5 Kerkstraat, Paarl,
 *    7646", "Stellenbosch, 7600" (not "Paris, 2019"), as typed or dictated ("comma");
 *  - a motorway or national road after a travel word: "stuck on the M4", "came off the N2" (not "the M1 receptor");
 *  - a street in capitals with its suburb: "17 KARRI CRES WEST LEEDERVILLE";
 *  - a named shopping mall or arcade: "at the Rundle Mall", "THE QUEEN ST MALL" (not "the shopping mall").
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { NATIONS } from "../place-names";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { STATES } from "./regions";
import { isUnknownWord } from "./slots";
import { slotCollector } from "./slot-collector";

const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
const ZONE = new RegExp(
  String.raw`(?<![\p{L}])(?:in|from|of|at|to|near|lives|lived|raised|born)[ \t]+((?:${CAP}[ \t]+)?Zone[ \t]+\d{1,3})(?![\p{L}\d]|[ \t]+(?:of|bed|beds|triage|resus|ED)(?![\p{L}]))`,
  "gu",
);
const SECTION = /(?<![\p{L}])(?:in|from|at|to|near|lives)[ \t]+([\p{L}][\p{L}'’-]+[ \t]+[\p{L}]{1,2}[ \t]+section)(?![\p{L}])/giu;
const WEEKDAY_OR_TIME = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tonight|last[ \t]+night|this[ \t]+morning|overnight|at[ \t]+\d|on[ \t]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))`;
const ASSAULT_PLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:stabbed|shot|assaulted|attacked|robbed|hijacked|mugged|injured)[ \t]+(?:(?:in|at|near)[ \t]+)?([\p{L}][\p{L}'’-]+)(?=[ \t]*(?:[,;.]|$)|[ \t]+${WEEKDAY_OR_TIME}(?![\p{L}]))`,
  "gimu",
);
const LANDFORM = new RegExp(
  String.raw`(?<![\p{L}])the[ \t]+((?:${CAP}[ \t]+){1,3}(?:Valley|Gorge|Ranges?|Mountains|Hills|Plains|Peninsula|Basin|Delta|Highlands|Coast|Heights|Flats|Downs))(?![\p{L}])`,
  "gu",
);
const NATION_SET = new Set<string>(NATIONS);
const STREET_WORD = "Street|Road|Avenue|Lane|Drive|Boulevard|Crescent|Terrace|Parade|Highway";
const PROSE_STREET = new RegExp(
  String.raw`(?<![\p{L}])(?:on|in|along|off|down|up|near|at|from|of|onto|into|crossing)[ \t]+((?:${CAP}[ \t]+){1,2}(?:${STREET_WORD}))(?![\p{L}])`,
  "gu",
);
const NOT_A_STREET_NAME = /^(?:The|This|That|Our|Their|His|Her|Each|Every|Any|One|New|Old)$/u;
const UNIT_CIVIC_LINE =
  /^[ \t]*(#?\d{1,5}[ \t]*-[ \t]*\d{1,6}[ \t]+\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,3})[ \t]*\n[ \t]*\p{Lu}[\p{L} .'’-]+,[ \t]*(?:\p{Lu}{2}|\p{Lu}[\p{Ll}]+)/gmu;
const FR_STREET = new RegExp(
  String.raw`(?:^|(?<=[,;:]|\d(?:[ \t]*(?:bis|ter))?))[ \t]*((?:cours|quai|allée|impasse|chemin|place|boulevard|bd|avenue|av\.|route|passage|square|cité|venelle|sentier|rond-point)[ \t]+(?:de la|du|des|de|d['’]|l['’]|la|le|les)?[ \t]*(?:l['’])?${CAP}(?:[ \t-]+(?:(?:de|du|des|la|le)[ \t]+)?${CAP}){0,2})`,
  "gmu",
);
const QUARTER = new RegExp(
  String.raw`(?<![\p{L}])((?:[Ff]aubourg|[Qq]uartier|[Ll]ieu-dit|[Ll]ieudit|[Hh]ameau)[ \t]+(?:(?:de la|du|des|de|d['’])[ \t]*)?(?:l['’])?([\p{L}][\p{L}\p{M}'’-]+))`,
  "gu",
);
const FR_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";
const LETTER_PLACE_DATE = new RegExp(
  String.raw`^[ \t]*(?:Fait[ \t]+à[ \t]+)?(${CAP}(?:[ \t-]+(?:(?:sur|en|de|du|la|le|les)[ \t-]+)?${CAP}){0,3}),[ \t]+le[ \t]+(?:1er|\d{1,2})(?:[ \t]+(?:${FR_MONTHS})|\/\d{1,2}\/\d{2,4})`,
  "gmu",
);
const NOT_A_TOWN = /^(?:Objet|Date|Madame|Monsieur|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Signé|Reçu|Vu|Écrit)$/u;
const SEP = String.raw`(?:,|[ \t]+comma)`;
const STREET_TOWN_CODE = new RegExp(String.raw`\d{1,5}[ \t]+${CAP}(?:[ \t]+${CAP})?${SEP}[ \t]+${CAP}(?:[ \t]+${CAP})?${SEP}[ \t]+(\d{4})(?![\d\p{L}])`, "gu");
const TOWN_CODE_END = new RegExp(String.raw`(${CAP}(?:[ \t]+${CAP})?)${SEP}[ \t]+(\d{4})(?=[ \t]*(?:$|\n|new[ \t]+line))`, "gmu");
const MOTORWAY =
  /(?<![\p{L}])(?:on|off|along|onto|via|down|up|from|near|took|take|taking|joined|leaving|towards?)[ \t]+the[ \t]+([MN]\d{1,3})(?![\p{L}\d]|[ \t]+(?:receptors?|segment|ward|bay|wing|room|bed|line|gene|protein|stage|score|phase|mode|ratio|level)(?![\p{L}]))/gu;
const CAPS_STREET =
  /(?<![\p{L}\d])(\d{1,5}[ \t]+[A-Z]{3,}(?:[ \t]+[A-Z]{3,})?[ \t]+(?:ST|RD|AVE|TCE|CRES|CT|DR|PL|PDE|HWY|CL|BLVD|GR|CCT|STREET|ROAD|AVENUE|TERRACE|CRESCENT|DRIVE|COURT|PARADE))(?:[ \t]+([A-Z]{3,}(?:[ \t]+[A-Z]{3,}){0,2}))?(?=[ \t]*(?:[,.;\n]|$))/gmu;
const NOT_A_STREET_WORD =
  /^(?:PER|THE|AND|OF|TO|IN|ON|AT|BY|FOR|WITH|FROM|AS|OR|NOT|NO|ALL|ANY|EACH|SEE|SEEN|CALL|CALLED|PAGE|PAGED|TIMES|DOSES?|UNITS?|HOURS?|HRS|MINS?|DAYS?|WEEKS?)$/u;
const MALL = /(?<![\p{L}])the[ \t]+((?:[\p{L}][\p{L}'’]+[ \t]+){1,2}(?:mall|plaza|arcade|shopping[ \t]+cent(?:re|er)))(?![\p{L}])/giu;

export function detectPlaceForms(text: string, uncasedAt: (pos: number) => boolean, original = text): Candidate[] {
  const { out, add, group } = slotCollector();
  const place = (s: number, e: number, source: string, c = 0.7) => add(s, e, "LOCATION", c, 72, source);
  const shorthand = (w: string) => isClinicalShorthand(w.toLowerCase()) || isClinicalWord(w);
  const { wordRank } = getNames();
  const frequent = (w: string, n: number) => (wordRank.get(w.toLowerCase()) ?? Infinity) < n;
  if (text.includes("Zone")) for (const m of text.matchAll(ZONE)) place(...group(m), "place-zone");
  if (/section/iu.test(text))
    for (const m of original.matchAll(SECTION)) {
      const [s, e] = group(m);
      const first = m[1].split(/[ \t]+/u)[0];
      if (uncasedAt(s) && !frequent(first, 5000) && !shorthand(first)) place(s, e, "place-section");
    }
  for (const m of original.matchAll(ASSAULT_PLACE)) {
    const [s, e] = group(m);
    if (uncasedAt(s) && isUnknownWord(m[1])) place(s, e, "place-after-assault", 0.65);
  }
  for (const m of text.matchAll(LANDFORM)) {
    // A landform named after a state or a nation spans more than a place one lives in ("the Ohio River Valley").
    const words = m[1].split(/[ \t]+/u);
    const wide = [1, 2].some((n) => STATES.has(words.slice(0, n).join(" ")) || NATION_SET.has(words.slice(0, n).join(" ")));
    if (!wide && !words.some(shorthand)) place(...group(m), "place-landform");
  }
  for (const m of text.matchAll(PROSE_STREET)) {
    const [s, e] = group(m);
    if (!uncasedAt(s) && !NOT_A_STREET_NAME.test(m[1].split(/[ \t]+/u)[0])) place(s, e, "place-prose-street");
  }
  if (/\d[ \t]*-[ \t]*\d/u.test(text)) for (const m of text.matchAll(UNIT_CIVIC_LINE)) place(...group(m), "place-unit-civic");
  for (const m of original.matchAll(FR_STREET)) place(...group(m), "place-fr-street");
  for (const m of original.matchAll(QUARTER)) {
    const [s, e] = group(m);
    if (/^\p{Lu}/u.test(m[2]) || (uncasedAt(s) && !frequent(m[2], 3000) && !shorthand(m[2]))) place(s, e, "place-quarter");
  }
  if (/, le /u.test(text)) for (const m of text.matchAll(LETTER_PLACE_DATE)) if (!NOT_A_TOWN.test(m[1])) place(...group(m), "place-letter-date", 0.8);
  for (const m of text.matchAll(STREET_TOWN_CODE)) place(...group(m), "place-za-postcode");
  const towns = getGazetteer().places;
  for (const m of text.matchAll(TOWN_CODE_END)) {
    const year = Number(m[2]) >= 1900 && Number(m[2]) <= 2039;
    if (!year && towns.has(m[1])) place(...group(m, 2), "place-za-postcode");
  }
  for (const m of original.matchAll(MOTORWAY)) place(...group(m), "place-motorway", 0.6);
  if (/[A-Z]{3,}/u.test(original))
    for (const m of original.matchAll(CAPS_STREET)) {
      // The street's name is no frequent word or shorthand ("@2200 PER DR." is a doctor's order, not a drive).
      const name = m[1].split(/[ \t]+/u).slice(1, -1);
      if (name.some((w) => shorthand(w) || NOT_A_STREET_WORD.test(w)) || /[@:]\s*$/u.test(original.slice(Math.max(0, m.index! - 3), m.index!))) continue;
      if (m[2] && m[2].split(/[ \t]+/u).some((w) => w.length > 3 && shorthand(w))) continue;
      place(m.index!, m.index! + m[1].length, "place-caps-street");
      if (m[2]) place(...group(m, 2), "place-caps-suburb", 0.65);
    }
  for (const m of original.matchAll(MALL)) {
    const [s, e] = group(m);
    const words = m[1]
      .split(/[ \t]+/u)
      .slice(0, -1)
      .filter((w) => !/^(?:shopping|st)$/iu.test(w));
    if (!words.length || words.some(shorthand)) continue;
    const named =
      uncasedAt(s) || /^[A-Z]+$/u.test(m[1].replace(/[ \t'’]/gu, "")) ? words.every((w) => !frequent(w, 2000)) : words.every((w) => /^\p{Lu}/u.test(w));
    if (named) place(s, e, "place-mall");
  }
  return out;
}
