/**
 * Places larger than a town, and times coarser than a month, that still narrow down who a case is about:
 *  - a state, province, region, county or département named alone ("regional Queensland", "up in
 *    Northland", "en Bretagne"); one whose name is also a word or a first name ("Georgia", "Victoria",
 *    "Kent", "Down") only after a place cue ("from Georgia", "in Victoria"). Countries are left alone;
 *  - a compass word or "Greater" before a place ("South Auckland", "West Belfast"), and a place with the
 *    word for its area after it ("the Wellington region", "Waikato district", "région Bretagne");
 *  - a season with its year ("winter 2022", "the summer of '19", "l'hiver 2021", "été 2021").
 */
import { getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { IRISH_COUNTIES, NATIONS } from "../place-names";
import { unionOf } from "../lang/index";
import { hasClinicalShape, isClinicalWord } from "../clinical";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";
import { alternation, CAP_WORD, caseVariants, headScanner } from "../util";

/** Nations: naming one says where someone is from, not who they are. */
const COUNTRIES = new Set(NATIONS);

/** Regions the gazetteer's list lacks: Québec's administrative regions and a few more written alone. */
const MORE_REGIONS = [
  "Nunavik",
  "Laurentides",
  "Lanaudière",
  "Côte-Nord",
  "Bas-Saint-Laurent",
  "Chaudière-Appalaches",
  "Capitale-Nationale",
  "Saguenay–Lac-Saint-Jean",
  "Saguenay-Lac-Saint-Jean",
  "Centre-du-Québec",
  "Nord-du-Québec",
  "Eeyou Istchee",
  "Bretagne",
  "Nord",
  "Picardie",
  "Lorraine",
  "Champagne",
  "Limousin",
  "Poitou",
  "Aquitaine",
  "Languedoc",
  "Ardennes",
  "Gaume",
  "Borinage",
  "Kempen",
  "Gippsland",
  "Riverina",
  "Kimberley",
  "Pilbara",
  "Wheatbelt",
  "Top End",
  "Hunter Valley",
  "Illawarra",
  "Karoo",
  "Transkei",
  "Highveld",
  "Wairarapa",
  "King Country",
  "Coromandel",
  "Hokianga",
  "Far North",
  "Fiordland",
  "Waitaki",
  "Manawatū-Whanganui",
  "Connemara",
  "Donegal",
  "Kerry",
  "Cornwall",
];

/** States and provinces: large enough that only a place of living or origin makes them identifying. */
export const STATES = new Set(
  (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa " +
    "Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada " +
    "Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming " +
    "Queensland Victoria Tasmania Ontario Quebec Québec Manitoba Saskatchewan Alberta Newfoundland Labrador Yukon Nunavut " +
    "Gauteng Limpopo Mpumalanga KwaZulu-Natal"
  ).split(" "),
);
for (const s of ["New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island", "South Carolina"]) STATES.add(s);
for (const s of ["South Dakota", "West Virginia", "New South Wales", "South Australia", "Western Australia", "Northern Territory"]) STATES.add(s);
for (const s of ["British Columbia", "Nova Scotia", "New Brunswick", "Prince Edward Island", "Western Cape", "Eastern Cape", "Northern Cape"]) STATES.add(s);
for (const s of ["Free State", "North West", "Australian Capital Territory", "District of Columbia"]) STATES.add(s);
const RESIDENCE_CUE =
  /(?<![\p{L}])(?:from|moved to|move to|moving to|lives in|living in|lived in|resides in|based in|regional|rural|outback|back to|home to|up in|down in|out in|over in|grew up in|habite (?:au|en)|vit (?:au|en)|au|en)[ \t]+(?:the[ \t]+)?$/iu;

/** Names of regions that are everyday phrases when written alone. */
const PHRASE_REGIONS = new Set([
  "West Coast",
  "North West",
  "Free State",
  "Far North",
  "Top End",
  "Highlands",
  "Highland",
  "Nord",
  "Centre",
  "Champagne",
  "Kimberley",
]);
const PLACE_CUE =
  /(?<![\p{L}])(?:in|from|to|near|across|around|throughout|regional|rural|outback|country|northern|southern|eastern|western|central|up|down|out|back|moved|lives?|living|en|à|au|dans|vers|de|du)[ \t]+(?:the[ \t]+|le[ \t]+|la[ \t]+|l['’][ \t]?)?$/iu;
const COMPASS = String.raw`(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Cc]entral|[Gg]reater|[Ii]nner|[Oo]uter|[Uu]pper|[Ll]ower|Mid|Nord|Sud|Est|Ouest)`;
/** "Mangere East", "Belfast North": a place with its compass word after it. */
const COMPASS_AFTER = /(?<![ \t])[ \t]+(?:North|South|East|West|Central|north|south|east|west|central)(?![\p{L}])/gu;
const COMPASS_PLACE = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])${COMPASS}(?:[ \t]+|-)(${CAP_WORD}(?:[ \t]+${CAP_WORD})?)`, "gu");
const AREA_AFTER = /(?<![ \t])[ \t]+(?:region|district|area|province|state|suburbs?|hinterland|coast)(?![\p{L}])/gu;
/** The one to three capitalised words just before a position (read on a short slice, not the whole text). */
const CAP_RUN_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])${CAP_WORD}(?:[ \t]+${CAP_WORD}){0,2}$`, "u");
function capWordsBefore(text: string, at: number): string[] {
  const m = CAP_RUN_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return [];
  // Longest first: "Wellington region" before "region" alone; suffixes only ("South Auckland", "Auckland").
  const words = m[0].split(/[ \t]+/);
  return words.map((_, k) => words.slice(k).join(" "));
}
const AREA_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:région|département|province|comté)[ \t]+(?:de[ \t]+(?:la[ \t]+|l['’])?|du[ \t]+|des[ \t]+)?(${CAP_WORD}(?:[ \t-]+${CAP_WORD}){0,2})`,
  "gu",
);
const CAP_TOKEN = new RegExp(String.raw`(?<![\p{L}\p{M}'’.-])${CAP_WORD}`, "gu");

/** "co. wicklow", "CO CLARE": an Irish county in a note typed in one case. */
const IRISH_COUNTY_ANY_CASE = new RegExp(String.raw`(?<![\p{L}])(?:co\.?|county)[ \t]+(?:${alternation(IRISH_COUNTIES)})(?![\p{L}])`, "giu");
/** Belgian addresses: the number after the street ("rue Saint-Gilles 58", "avenue Brugmann 214") and "1180 Uccle". */
const STREET_NUMBER_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(caseVariants(unionOf("streetWordsBefore").filter((w) => !w.endsWith("."))))})[ \t]+(?:(?:de la|de l['’]|du|des|de|d['’])[ \t]*)?${CAP_WORD}(?:[ \t]+${CAP_WORD}){0,3}[ \t]+\d{1,4}[A-Za-z]?(?:[ \t]*(?:bte|boîte|bus)[ \t]*\d+)?(?![\d])`,
  "gu",
);
const POSTCODE_TOWN = new RegExp(String.raw`(?<![\p{L}\d/.#-])[1-9]\d{3}[ \t]+(${CAP_WORD}(?:[ \t-]+${CAP_WORD})?)`, "gu");
/** A place named in lower case after a place word in a cased line ("in soweto", "à aylmer"). */
const LOWER_PLACE_AFTER_CUE = /(?<![\p{L}])(?:in|from|to|near|at|à|de|vers|depuis)[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]{3,})(?![\p{L}])/gu;

const SEASONS = "spring|summer|autumn|fall|winter|printemps|été|automne|hiver";
const SEASON_YEAR = new RegExp(String.raw`(?<![\p{L}])(?:${SEASONS})[ \t]+(?:(?:19|20)\d{2}|['’]\d{2})(?![\p{L}\d'’])`, "giu");
const scanSeasonYears = headScanner(SEASON_YEAR, SEASONS);
/** "a fall 2023 admission" is rare, "had a fall" is common: "fall" after an article or a possessive is the event. */
const FALL_AS_EVENT = /(?<![\p{L}])(?:a|another|one|no|any|her|his|their|recent|witnessed|unwitnessed|mechanical)[ \t]+$/iu;

let regionSet: { plain: Set<string>; wordy: Set<string>; firstWords: Set<string> } | null = null;
function regions() {
  if (regionSet) return regionSet;
  const { firstNames, commonWords } = getNames();
  const plain = new Set<string>();
  const wordy = new Set<string>();
  for (const r of [...getGazetteer().regions, ...MORE_REGIONS]) {
    if (COUNTRIES.has(r) || /^(?:Co\.?|County) /.test(r)) continue;
    const l = r.toLowerCase();
    const isWord = !r.includes(" ") && !r.includes("-") && (knownWords().has(l) || firstNames.has(l) || commonWords.has(l));
    (isWord || PHRASE_REGIONS.has(r) ? wordy : plain).add(r);
  }
  // The first word of each name, so most capitalised words are passed over at once.
  const firstWords = new Set([...plain, ...wordy].map((r) => r.match(CAP_TOKEN)?.[0] ?? r));
  regionSet = { plain, wordy, firstWords };
  return regionSet;
}

export function detectRegions(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const gaz = getGazetteer();
  const { plain, wordy, firstWords } = regions();
  const isPlace = (s: string) => (gaz.places.has(s) && !gaz.ambiguous.has(s)) || plain.has(s);
  const push = (start: number, end: number, confidence: number, source: string, type: Candidate["type"] = "LOCATION", priority = 57) =>
    out.push({ start, end, type, confidence, priority, source });

  // Regions alone: 1-4 capitalised words looked up whole, longest first ("Bay of Plenty", "Hauts-de-France").
  const words = [...text.matchAll(CAP_TOKEN)];
  for (let i = 0; i < words.length; i++) {
    const s = words[i].index!;
    if (!firstWords.has(words[i][0].replace(/['’]s$/u, ""))) continue;
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const last = words[i + n - 1];
      const e = last.index! + last[0].length;
      if (e - s > 40) continue;
      const name = text.slice(s, e).replace(/['’]s$/u, "");
      if (!plain.has(name) && !wordy.has(name)) continue;
      const before = text.slice(Math.max(0, s - 24), s);
      const cue = PLACE_CUE.test(before);
      // In a note typed in one case, capitals are guesses: a region there needs its cue too.
      if ((wordy.has(name) || uncasedAt(s)) && !cue) break;
      // A state or province is large: only where someone lives or comes from ("moved to Queensland",
      // "called from Georgia"), not where a centre is ("a tertiary centre in California").
      if (STATES.has(name) && !RESIDENCE_CUE.test(before)) break;
      // Part of a longer name: "Ohio River Valley", "Victoria Hospital", "Texas Children's".
      if (/^[ \t]+\p{Lu}/u.test(text.slice(s + name.length, s + name.length + 3))) break;
      // Above a bare facility guess after the same cue ("from Georgia" is a place, not a hospital).
      push(s, s + name.length, cue ? 0.65 : 0.55, "region", "LOCATION", 59);
      i += n - 1;
      break;
    }
  }
  for (const m of text.matchAll(IRISH_COUNTY_ANY_CASE)) push(m.index!, m.index! + m[0].length, 0.75, "county");
  for (const m of text.matchAll(STREET_NUMBER_AFTER)) {
    // A street word written in capitals is a shout, not an address: only "rue"/"Rue" + name + number.
    if (!/^\p{L}\p{Ll}/u.test(m[0])) continue;
    push(m.index!, m.index! + m[0].length, 0.75, "address", "LOCATION", 77);
  }
  for (const m of text.matchAll(POSTCODE_TOWN)) {
    // A town the gazetteer knows, or any name right after a house number ("avenue Brugmann 214, 1180 Uccle").
    const afterNumber = /\d[A-Za-z]?,[ \t]*$/.test(text.slice(Math.max(0, m.index! - 6), m.index!));
    if ((!(gaz.places.has(m[1]) && !gaz.ambiguous.has(m[1])) && !afterNumber) || /^(?:19|20)\d{2}/.test(m[0])) continue;
    push(m.index!, m.index! + m[0].length, 0.75, "postcode-town", "LOCATION", 75);
  }
  for (const m of text.matchAll(LOWER_PLACE_AFTER_CUE)) {
    const word = m[1];
    const cap = word[0].toUpperCase() + word.slice(1);
    // Only towns of some size, and no shorthand or clinical word ("in angio", "to vicu").
    if (uncasedAt(m.index!) || knownWords().has(word) || isClinicalShorthand(word) || isClinicalWord(word) || hasClinicalShape(word)) continue;
    if ((gaz.places.get(cap) ?? 0) < 15000 || gaz.ambiguous.has(cap)) continue;
    const s = m.index! + m[0].length - word.length;
    push(s, s + word.length, 0.6, "place-lower");
  }
  for (const m of text.matchAll(COMPASS_PLACE)) {
    const place = m[1].split(/[ \t]+/);
    // "South Auckland", "West Coast Road" (no): the words after the compass word must name a place.
    const named = isPlace(m[1]) ? m[1] : isPlace(place[0]) ? place[0] : null;
    // A compass word in lower case counts only where the note has no capitals to give.
    if (!named || (/^\p{Ll}/u.test(m[0]) && !uncasedAt(m.index!))) continue;
    push(m.index!, m.index! + m[0].length - m[1].length + named.length, 0.7, "place-compass");
  }
  for (const m of text.matchAll(COMPASS_AFTER)) {
    if (/\p{Ll}$/u.test(m[0]) && !uncasedAt(m.index!)) continue;
    const name = capWordsBefore(text, m.index!).find((n) => n.split(" ").length <= 2 && gaz.places.has(n) && !gaz.ambiguous.has(n));
    if (name) push(m.index! - name.length, m.index! + m[0].length, 0.7, "place-compass");
  }
  for (const m of text.matchAll(AREA_AFTER)) {
    const name = capWordsBefore(text, m.index!).find(isPlace);
    if (name) push(m.index! - name.length, m.index! + m[0].length, 0.7, "place-area");
  }
  for (const m of text.matchAll(AREA_BEFORE)) {
    if (isPlace(m[1])) push(m.index!, m.index! + m[0].length, 0.7, "place-area");
  }
  for (const m of scanSeasonYears(text)) {
    if (/^fall/i.test(m[0]) && FALL_AS_EVENT.test(text.slice(Math.max(0, m.index! - 16), m.index!))) continue;
    push(m.index!, m.index! + m[0].length, 0.7, "date-season", "DATE");
  }
  return out;
}
