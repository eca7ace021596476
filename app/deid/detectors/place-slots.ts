/**
 * Places no list holds (townships, stations, hamlets, remote communities), found by where they sit:
 *  - a capitalised word no word list, clinical list or name list knows, after a word that takes a place:
 *    "past Tuai", "through Ruakituri", "been in Kalkarindji", "diverted to Pimicikamak", "un motoneigiste
 *    de Duparquet", "vit seul à Pont-Péan", "après Chalvignac", "the spaza shop at Lower Culunca";
 *    never after a word that takes a drug or a dose ("switched to", "allergic to");
 *  - a marae or a station: "Te Rau Aroha Marae", "Wave Hill Station" (a police, fire or bus station stays);
 *  - French hamlets, lieux-dits and quarters: "le hameau des Granges-Hautes", "lieu-dit la Croix-Blanche",
 *    "au quartier Sainte-Croix";
 *  - Québec towns and roads with a saint's short form, in any case: "st-jérôme", "Ste-Sophie", "rang
 *    saint-joseph", "boul. st-laurent";
 *  - the place a road is named for: "on the Clachtoll road", "the Tsolo road";
 *  - a street in a lower-case note: "the flat on hillside rd", "lives off kent tce";
 *  - a Belgian postcode line under a street line: "Chaussée de Renaix 212\n7503 Froyennes".
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";
import { isUnknownWord } from "./slots";

const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-(?:de-|du-|des-|la-|le-|sur-|en-|lès-|sous-|aux-)?\p{Lu}[\p{Ll}\p{M}'’]+)*`;
const PLACE_PREP = String.raw`(?:in|at|to|from|past|through|near|via|outside|around|beyond|towards?|across|à|de|après|vers|près de|jusqu['’]à|depuis|entre)`;
const PREP_RUN = new RegExp(String.raw`(?<![\p{L}])(${PLACE_PREP}[ \t]+(?:the[ \t]+)?|d['’])(${CAP}(?:[ \t]+${CAP}){0,2})(?![\p{L}\p{M}'’-])`, "gu");
/** Words of living, going and being somewhere, before "in", "at", "to". */
const MOVE_BEFORE =
  /(?:been|be|is|was|were|are|lives?|lived|living|stays?|stayed|staying|born|grew up|moved|moving|drove|drive|driving|flew|flown|fly|flying|diverted|travel(?:l?ed|l?ing)?|went|go|goes|going|gone|back|home|out|up|down|over|returned|visiting|visited|arrived|based|raised|works?|worked|working|school|family|community|house|farm|station|shop|clinic|people|camp|somewhere|everyone|relatives|cousins|workers|nurses|families|residents|volunteers)[ \t]+(?:on[ \t]+)?$/iu;
/** A street, a marae or a service named just before: "off Chester Road in Erdington", "Hauora in Waipukurau". */
const PLACED_NAME_BEFORE =
  /\p{Lu}[\p{L}'’-]*[ \t]+(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Marae|Hauora|Hospital|Clinic|Centre|Center|Health|Trust|Council|Surgery|Practice|Station|Church|School|Village)[ \t]+$/u;
/** A title opens a person's name, not a place: "from Dr Halvorsen", "de Mme Lefebvre". */
const TITLE =
  /^(?:Dr|Dre|Mr|Mrs|Ms|Miss|Mme|Mlle|Mx|Sister|Sr|Pr|Prof|Rev|Father|Monsieur|Madame|Docteur|Professeur|Maître|Me|Nurse|Matron|Aunty|Uncle|Whaea|Matua|Koro|Kuia)$/u;
/** French words for a container, a dose or an act whose "de" takes a drug: "une poche de Perfalgan". */
const DOSE_BEFORE =
  /(?:poche|poches|dose|doses|comprimé|comprimés|ampoule|ampoules|flacon|flacons|injection|injections|perfusion|perfusions|prise|prises|sachet|sachets|boîte|boîtes|gélule|gélules|bolus|traitement|seringue|relais|arrêt|introduction|reprise|posologie|surdosage|mg|ml|cp|cps|patch|sirop|gouttes|spray|pompe|administration|effets?|dosage)[ \t]+$/iu;
/** A community named after its label: "Community: Pimicikamak", "Village : Sulenkama". */
const PLACE_LABEL = new RegExp(
  String.raw`(?<![\p{L}])(?:Community|Communauté|Village|Town|Township|Reserve|Réserve|Hometown|Localité|Commune|Suburb|Home community|First Nation)[ \t]*:[ \t]*(${CAP}(?:[ \t]+${CAP}){0,2})`,
  "gu",
);
/** A region in brackets after a town: "Mauriac (Cantal)", "Ōtaki (Kāpiti)". */
const TOWN_REGION = new RegExp(String.raw`(${CAP})[ \t]+\((${CAP}(?:[ \t-]+${CAP})?)\)`, "gu");
/** A street line set just before a town-and-postcode line: "418 Quarry Ridge\nShady Spring, WV 25918". */
const STREET_LINE = new RegExp(
  String.raw`^[ \t]*\d{1,5}[A-Z]?[ \t]+${CAP}(?:[ \t]+${CAP}){0,3}[ \t]*(?=\n[^\n]*(?:\b[A-Z]{2}[ \t]+\d{5}\b|\b[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b|\b[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b|\b\d{4}[ \t]*$))`,
  "gmu",
);
/** Spanish and French street words that come first, after a number: "2231 S Camino del Sol". */
const STREET_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])\d{1,5}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:Camino|Calle|Avenida|Paseo|Callejón|Carretera)[ \t]+(?:(?:del|de la|de los|de las|de|la|las|los|el)[ \t]+)?${CAP}(?:[ \t]+${CAP})?`,
  "gu",
);
/** Health facilities by a head word no list holds: "Qumbu CHC", "Cross Lake Nursing Station", "LOCHINVER SURGERY". */
const FACILITY_HEAD = new RegExp(
  String.raw`(?<![\p{L}])(${CAP}(?:[ \t]+${CAP}){0,2})[ \t]+(?:CHC|CHCs|Nursing Station|Nursing Post|Health Post|Health Station|Surgery|surgery)(?![\p{L}])`,
  "gu",
);
/** French and Québec facility kinds in a note typed in lower case: "clsc de la rivière-du-nord", "gmf des laurentides". */
const FR_KIND_LOWER =
  /(?<![\p{L}])(?:clsc|gmf|gmf-u|chsld|ciusss|cisss|chu|chr|chru|ehpad|usld)[ \t]+(?:de la|du|des|de|d['’])[ \t]*\p{L}[\p{L}\p{M}]*(?:-[\p{L}\p{M}'’]+)*/giu;
const CARE_HOME = new RegExp(
  String.raw`(?<![\p{L}])(?:résidence|Résidence|foyer|Foyer|maison de retraite|Maison de retraite|villa|Villa)[ \t]+((?:(?:Les|Le|La|L['’])[ \t]*)?${CAP}(?:[ \t]+${CAP})?)`,
  "gu",
);
const UNIT_CODE = /(?<![\p{L}])(?:unité|Unité|pavillon|Pavillon|aile|secteur|ward|Ward|unit|Unit)[ \t]+([A-Z]\d{1,2}[A-Z]?|\d{1,2}[A-Z])(?![\p{L}\d])/gu;
/** Words before "to"/"from" that take a drug, a dose or a state, not a place. */
const NOT_PLACE_BEFORE =
  /(?:switched|changed|converted|transitioned|titrated|increased|decreased|reduced|weaned|responded|allergic|allergy|sensitive|intolerant|resistant|due|secondary|related|similar|compared|according|prior|progressed|upgraded|downgraded|escalated|added|restarted|started|given|dose|doses|treated|treatment|therapy|reaction|exposure|exposed|referral|letter|email|message|call|reply|note|report|thanks|apology|addition|adjunct|alternative|introduced|married|engaged|talked|spoke|listened|belongs|belonged|passed|handed|shown|told|wrote|written|said)[ \t]+$/iu;
const MARAE_STATION = new RegExp(String.raw`(?<![\p{L}])(${CAP}(?:[ \t]+${CAP}){0,3})[ \t]+(Marae|Station|Pā)(?![\p{L}])`, "gu");
const NOT_STATION =
  /^(?:Police|Fire|Bus|Train|Railway|Rail|Petrol|Gas|Service|Nursing|Work|Docking|Charging|Radio|Space|Power|Pumping|Weather|Ambulance|Central|Union|Research|Field|Duty|Nurses|Nurses'|Base|Tube|Underground|Metro|Coach|Relay|Filling|Play|Wash|Hand|Hydration)$/u;
const HAMLET = new RegExp(
  String.raw`(?<![\p{L}])(?:hameau|lieu-dit|lieudit|bourg|village|faubourg)(?:[ \t]+(?:des|du|de la|de|d['’]))?[ \t]+((?:(?:la|le|les|La|Le|Les|l['’]|L['’])[ \t]*)?${CAP}(?:[ \t]+${CAP})?)`,
  "gu",
);
const QUARTER = new RegExp(
  String.raw`(?<![\p{L}])(?:quartier|Quartier|secteur|Secteur)[ \t]+(?:(?:des|du|de la|de|d['’])[ \t]*)?${CAP}(?:[ \t]+${CAP})?`,
  "gu",
);
const SAINT_SHORT = /(?<![\p{L}\p{M}-])(?:st|ste|St|Ste)-(\p{L}[\p{L}\p{M}]+)(?:-\p{L}[\p{L}\p{M}]+)*/gu;
const SAINT_STREET =
  /(?<![\p{L}])(?:rang|rue|chemin|route|montée|boul\.?|boulevard|avenue|av\.|ch\.)[ \t]+(?:(?:du|de la|des|de)[ \t]+)?(?:saint|sainte|st|ste)-[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/giu;
const ROAD_OF = new RegExp(
  String.raw`(?<![\p{L}])the[ \t]+(${CAP}(?:[ \t]+${CAP})?)[ \t]+(?:road|highway|track|turn-?off|junction|crossing|bridge)(?![\p{L}])`,
  "gu",
);
const LOWER_STREET =
  /(?<![\p{L}])(?:on|off|in|at|to|from|along|near)[ \t]+(\p{L}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{L}[\p{Ll}\p{M}'’-]+)?)[ \t]+(?:rd|road|ave|avenue|cres|crescent|tce|terrace|street|str|pde|parade|drive|lane)(?![\p{L}])/gu;
/** A cheap test before the costlier street pattern. */
const STREET_WORD = /\b(?:rd|road|ave|avenue|cres|crescent|tce|terrace|street|str|pde|parade|drive|lane)\b/i;
const BE_POSTCODE_LINE = new RegExp(String.raw`^[ \t]*[1-9]\d{3}[ \t]+${CAP}(?:[ \t-]+${CAP})?[ \t]*$`, "gmu");

export function detectPlaceSlots(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const words = knownWords();
  const { firstNames, notNames } = getNames();
  const { places, regions } = getGazetteer();
  const add = (s: number, e: number, confidence: number, priority: number, source: string, type: Candidate["type"] = "LOCATION") =>
    out.push({ start: s, end: e, type, confidence, priority, source });
  const group = (m: RegExpMatchArray) => {
    const s = m.index! + m[0].lastIndexOf(m[1]);
    return [s, s + m[1].length] as const;
  };
  // A word no list knows, or a town of the gazetteer that is no ordinary word.
  const placeWord = (w: string) => (isUnknownWord(w) && !firstNames.has(w.toLowerCase())) || (places.has(w) && !words.has(w.toLowerCase()));
  const plain = (w: string) => {
    const l = w.toLowerCase();
    return words.has(l) || isClinicalWord(w) || isClinicalShorthand(l) || notNames.has(w);
  };

  for (const m of text.matchAll(PREP_RUN)) {
    const run = m[2];
    const ws = run.split(/[ \t]+/);
    // In a line typed in one case every unknown word came back capitalised (a misspelling too: "from hemrroids");
    // a run that goes on with "of" is part of a longer name ("across Gauteng Department of Health").
    if (uncasedAt(m.index!) || TITLE.test(ws[0]) || /^[ \t]+of[ \t]/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4))) continue;
    const before = text.slice(Math.max(0, m.index! - 24), m.index!);
    if (NOT_PLACE_BEFORE.test(before) || (/^(?:de|d['’])/u.test(m[1]) && DOSE_BEFORE.test(before))) continue;
    // "to", "in", "at" take a chart, a drug or a scale as often as a place ("changed to Zosyn", "documented in
    // Carevue"): a lone word after them counts where someone lives, goes or is.
    if (ws.length === 1 && /^(?:in|at|to)[ \t]/u.test(m[1]) && !MOVE_BEFORE.test(before) && !PLACED_NAME_BEFORE.test(before)) continue;
    // One word of the run no list knows (a first name is the name rules' to read), none clinical.
    if (!ws.some(placeWord) || ws.some((w) => isClinicalWord(w) || isClinicalShorthand(w.toLowerCase()))) continue;
    const s = m.index! + m[0].lastIndexOf(run);
    add(s, s + run.length, 0.55, 58, "place-slot");
  }
  for (const m of text.matchAll(PLACE_LABEL)) {
    const [s, e] = group(m);
    add(s, e, 0.75, 74, "place-label");
  }
  for (const m of /\(\p{Lu}/u.test(text) ? text.matchAll(TOWN_REGION) : []) {
    // After a town of the gazetteer, or a region it knows: "Mauriac (Cantal)", "Kolofo'ou (Tongatapu)".
    if (!(regions.has(m[2]) || (places.has(m[1]) && !words.has(m[1].toLowerCase()))) || isClinicalWord(m[2])) continue;
    const s = m.index! + m[0].lastIndexOf(m[2]);
    const e = s + m[2].length;
    add(s, e, 0.7, 70, "place-town-region");
  }
  for (const m of text.matchAll(STREET_LINE)) add(m.index! + m[0].search(/\d/), m.index! + m[0].trimEnd().length, 0.75, 76, "street-line");
  for (const m of text.matchAll(STREET_FIRST)) if (!uncasedAt(m.index!)) add(m.index!, m.index! + m[0].length, 0.8, 80, "street-first-word");
  for (const m of /CHC|Nursing|Health Post|Health Station|[Ss]urgery/.test(text) ? text.matchAll(FACILITY_HEAD) : []) {
    const ws = m[1].split(/[ \t]+/);
    const surgery = /surgery$/iu.test(m[0]);
    // "Cardiac Surgery", "Day Surgery" are kinds of care: a practice's name holds a place or a word no list knows.
    // A nursing station or a CHC is always a named place ("Cross Lake Nursing Station").
    if (surgery && !ws.some((w) => placeWord(w) || places.has(w))) continue;
    if (ws.some((w) => isClinicalWord(w) || TITLE.test(w))) continue;
    add(m.index!, m.index! + m[0].length, 0.75, 76, "facility-head-word", "FACILITY");
  }
  for (const m of text.matchAll(FR_KIND_LOWER)) add(m.index!, m.index! + m[0].length, 0.75, 76, "facility-kind-lower", "FACILITY");
  for (const m of text.matchAll(CARE_HOME)) {
    if (m[1].split(/[ \t]+/).every((w) => /^(?:Les|Le|La|L['’])$/u.test(w) || isClinicalWord(w))) continue;
    const [s, e] = group(m);
    add(s, e, 0.7, 72, "facility-care-home", "FACILITY");
  }
  for (const m of text.matchAll(UNIT_CODE)) {
    const [s, e] = group(m);
    add(s, e, 0.7, 72, "facility-unit-code", "FACILITY");
  }
  for (const m of /Marae|Station|Pā/.test(text) ? text.matchAll(MARAE_STATION) : []) {
    const ws = m[1].split(/[ \t]+/);
    if (m[2] === "Station" && (NOT_STATION.test(ws[ws.length - 1]) || !ws.some((w) => isUnknownWord(w) || places.has(w)))) continue;
    if (m[2] !== "Station" && ws.every((w) => plain(w) && !places.has(w))) continue;
    add(m.index!, m.index! + m[0].length, 0.75, 74, "place-marae-station");
  }
  for (const m of text.matchAll(HAMLET)) {
    const s = m.index! + m[0].lastIndexOf(m[1]);
    add(s, s + m[1].length, 0.75, 74, "place-hamlet");
  }
  for (const m of text.matchAll(QUARTER)) add(m.index!, m.index! + m[0].length, 0.7, 72, "place-quarter");
  for (const m of text.matchAll(SAINT_SHORT)) {
    // "st-elevation", "ST-ATRIAL" are a segment of the ECG: a saint's name is no ordinary word ("st-jérôme").
    const l = m[1].toLowerCase();
    if ((words.has(l) && !firstNames.has(l)) || isClinicalWord(m[1]) || isClinicalShorthand(l)) continue;
    add(m.index!, m.index! + m[0].length, 0.75, 74, "place-saint-short");
  }
  for (const m of text.matchAll(SAINT_STREET)) add(m.index!, m.index! + m[0].length, 0.8, 80, "street-saint");
  for (const m of text.matchAll(ROAD_OF)) {
    const ws = m[1].split(/[ \t]+/);
    if (!ws.some((w) => isUnknownWord(w) || places.has(w))) continue;
    const s = m.index! + m[0].indexOf(m[1], 3);
    add(s, s + m[1].length, 0.65, 66, "place-road-of");
  }
  for (const m of STREET_WORD.test(text) ? text.matchAll(LOWER_STREET) : []) {
    // Only in a note typed in lower case: in a cased text "on Hillside Road" is the street rules' to read.
    if (!uncasedAt(m.index!)) continue;
    const ws = m[1].split(/[ \t]+/);
    if (ws.some((w) => /^(?:the|a|an|his|her|their|my|our|this|that|main|same|other|back|front|wrong|new|old)$/.test(w) || isClinicalWord(w))) continue;
    const s = m.index! + m[0].indexOf(m[1], 2);
    add(s, m.index! + m[0].length, 0.7, 72, "street-lower");
  }
  for (const m of text.matchAll(BE_POSTCODE_LINE)) {
    const before = text.slice(Math.max(0, m.index! - 80), m.index!);
    const prevLine = before.slice(before.lastIndexOf("\n", before.length - 2) + 1);
    if (!/\d/.test(prevLine) || /\b(?:19|20)\d\d\b/.test(m[0].slice(0, 6))) continue;
    const s = m.index! + m[0].search(/\d/);
    add(s, m.index! + m[0].trimEnd().length, 0.75, 76, "postcode-line");
  }
  return out;
}
