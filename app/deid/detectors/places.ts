/**
 * FACILITY, LOCATION and ORGANISATION.
 *  - Facilities: capitalised name + facility word ("Riverside Medical Centre", "Kowhai Ward"),
 *    facility word + name ("Ward 7B", "Hôpital Sainte-Justine", "Clinique du Parc"), and a capitalised
 *    name after "admitted to", "seen at"…
 *  - Locations: street addresses, postcodes, towns and cities from the gazetteer, "City, ST".
 *  - Organisations: capitalised name + company suffix ("Acme Health Ltd"), names after "employed by".
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { IRISH_COUNTIES } from "../place-names";
import { isClinicalShorthand, knownWords } from "../truecase";
import { ALL_PACKS, unionOf } from "../lang/index";
import type { Candidate } from "../types";
import { uncasedFacilities } from "./uncased-places";
import { alternation, CAP_WORD, capRunStart, caseVariants, prevWord } from "../util";

/** A run of capitalised words, allowing "St.", "Mt.", "of", "&", "and", "de", "du" inside. */
const CAP_RUN = String.raw`(?:(?:St|Mt|Ste)\.(?=[ \t])|${CAP_WORD})(?:[ \t]+(?:(?:(?:of|and|&|de|du|des|de la|the)[ \t]+)?(?:(?:St|Mt|Ste)\.(?=[ \t])|${CAP_WORD})|\d+[A-Z]?(?![\p{L}\d]))){0,5}`;

const HEADS_AFTER = alternation(unionOf("facilityHeadsAfter"));
const FAC_AFTER = new RegExp(String.raw`(?<=[ \t-])(?:${HEADS_AFTER})(?![\p{L}])`, "gu");
const FAC_AFTER_TAIL = new RegExp(String.raw`^(?:,?[ \t]+(?:of|for|at|in|de)[ \t]+(?:the[ \t]+)?${CAP_WORD}(?:[ \t]+${CAP_WORD}){0,3})`, "u");
const FAC_PLACE_TAIL = new RegExp(String.raw`^,?[ \t]+(${CAP_WORD}(?:[ \t]+${CAP_WORD}){0,2})`, "u");
/** A named place or name + a lower-case facility word: "our Dallas clinic", "Cedars-Sinai ER", "St. Luke's Hosp". */
const FAC_LOWER_MODS = new Set(["downtown", "main", "outpatient", "satellite"]);
const FAC_LOWER = new RegExp(
  String.raw`(?<=[ \t])(?:clinic|hospital|hosp\.?|Hosp\.?|rehab|Rehab|nursing home|rest home|care home|retirement home|hospice|office|facility|branch|centre|center|practice|medical center|medical centre|med\.? center|med\.? ctr|Med\.? Center|Med\.? Ctr|health center|health centre|campus|ER|ED|A&E|Health|Healthcare|HealthCare|Medical)(?![\p{L}])`,
  "gu",
);
const CARE_KINDS = /^(?:rehab|nursing home|rest home|care home|retirement home|hospice)$/i;
/** "St. Luke's", "Saint Mary's", "St Vincent's" — almost always an institution. */
const SAINT_POSS = /(?<![\p{L}])(?:St\.?|Saint|Sainte|Ste\.?)[ \t]+\p{Lu}[\p{Ll}]+['’]s(?![\p{L}])/gu;
const HEADS_BEFORE = alternation(unionOf("facilityHeadsBefore"));
const CONNECTORS = alternation(unionOf("facilityConnectors"));
const FAC_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${HEADS_BEFORE})[ \t]+(?:(?:${CONNECTORS})[ \t]*)?((?:\d+[A-Z]?|[A-Z]\d*)(?![\p{L}\d])|${CAP_WORD}(?:[ \t]+(?:(?:${CONNECTORS})[ \t]*)?${CAP_WORD}){0,3})`,
  "gu",
);
const WEAK_FACILITY_INTRO = new Set(["at", "@", "from", "visited", "attended", "seen in", "treated in", "admitted in"]);
const LOOSE_FACILITY_INTRO = /^(?:back to|going to|return to|returning to)(?: the| la| le| les)?$/i;
/** Strong introducers also open a sentence ("Admitted to Middlemore"); weak ones ("At", "From") do not count there. */
const FAC_INTRO_WORDS = unionOf("facilityIntroducers").flatMap((w) => (WEAK_FACILITY_INTRO.has(w) ? [w] : caseVariants([w])));
const FAC_INTRO = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(FAC_INTRO_WORDS)})[ \t]+(?:(?:the|la|le|les)[ \t]+)?(${CAP_RUN}|[A-Z]{2,6}(?![\p{L}]))`,
  "gu",
);
/** Words that do not name a particular facility on their own. */
const GENERIC = new Set(
  (
    "The A An This That Our Their His Her Its Local Nearest Main Emergency Intensive Critical Care Day Acute Outpatient " +
    "Outpatients Inpatient Specialist Fracture Antenatal Postnatal Fertility Sexual Eye Diabetes Renal Dialysis Wound Pain " +
    "Memory Falls Stroke Vascular Orthopaedic Orthopedic Respiratory Endoscopy Infusion Pre-admission Preadmission Anticoagulation " +
    "Asthma Oncology Cardiology Radiology Paediatric Pediatric Maternity Mental Surgical Medical Community District Regional " +
    "Public Private Psychiatric Teaching Rural Base Cottage Children's Women's Field Health Primary Secondary Tertiary Rehabilitation " +
    "Rehab Geriatric Older Aged Adult Adults Palliative Hospice Urgent After Hours Walk-in Sleep Skin Dermatology Neurology " +
    "Gastroenterology Urology Gynaecology Gynecology Obstetric Obstetrics Trauma Burns Spinal Cancer Heart Lung Liver Kidney " +
    "Hand Foot Breast Bone Blood Transfusion Haematology Hematology Immunisation Vaccination Travel Dental Addiction Addictions " +
    "Infectious Diseases Isolation High Dependency Step-down Recovery Observation Assessment Admissions Discharge Lounge " +
    "General Ward Wards Unit Hospital Clinic Clinics Practice Surgery Centre Center Nursing Home Rest Residential " +
    "Service Services Department In On At To From For And Of With By Following After Before Then When While During Patient " +
    "Nurse Doctor Midwife Staff Team Family Whānau NHS DHB Te Labour Birthing Delivery Theatre Operating Neonatal Special " +
    "Maternal Fetal Foetal Speciality Specialty Clinical Elective Same-day Pharmacy Laboratory Lab Labs Imaging " +
    "Grand Rounds Round Meeting Conference Forum Committee Huddle Handover Training Workshop Symposium Summit Seminar Hui Panel"
  ).split(" "),
);
/** Words that can start a facility name although they are generic elsewhere. */
const ALLOWED =
  /^(?:St|Mt|Ste|Saint|Sainte|Mount|General|City|Royal|Memorial|University|Central|North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Lake|Port|New)\.?$/;
const AU_STATES_SRC = "NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT";
/** Canadian provinces by their postal code: "Nepean ON K2G 5J8" (a town word would take "ON K" and cut the postcode). */
const CA_PROVINCES_SRC = "ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NU";
const US_STATES_SRC =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
const STREET_AFTER = alternation(unionOf("streetWordsAfter"));
const STREET_BEFORE = alternation(caseVariants(unionOf("streetWordsBefore")));
const ADDRESS_EN = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:Unit|Flat|Apt\.?|Apartment|Suite)[ \t]+\d+[A-Z]?,?[ \t]+)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?,?[ \t]+(?:${CAP_WORD}[ \t]+){1,3}(?:${STREET_AFTER})\.?(?![\p{L}])(?:[ \t]+(?:NE|NW|SE|SW|N|S|E|W|North|South|East|West)(?![\p{L}]))?(?:,?[ \t]+(?!(?:${AU_STATES_SRC}|${US_STATES_SRC}|${CA_PROVINCES_SRC})(?![\p{L}]))(?:${CAP_WORD})(?:[ \t]+(?!(?:${AU_STATES_SRC}|${CA_PROVINCES_SRC})(?![\p{L}]))${CAP_WORD}){0,2})?(?:,?[ \t]+(?:${AU_STATES_SRC}|${US_STATES_SRC}|${CA_PROVINCES_SRC})(?![\p{L}]))?(?:,?[ \t]+(?:\d{4,5}(?:-\d{4})?(?!\d)|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?![\p{L}\d])))?`,
  "gu",
);
const STREET_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:${CAP_WORD}[ \t]+){1,3}(?:Street|Road|Avenue|Lane|Drive|Crescent|Terrace|Boulevard|Parade|Highway|Place|Pike|Rd|Ave|Blvd|Hwy|Pkwy|Tce|Cres|St(?![ \t]*\.?[ \t]*\p{Lu})|Dr(?![ \t]*\.?[ \t]*\p{Lu}))\.?(?![\p{L}])`,
  "gu",
);
const ADDRESS_FR = new RegExp(
  String.raw`(?<![\p{L}\d])(?:\d{1,4}(?:[ \t]?(?:bis|ter|[A-Z]))?,?[ \t]+)(?:${STREET_BEFORE})[ \t]+(?:(?:de la|de l'|de l’|du|des|de|d'|d’|la|le|les)[ \t]*)?(?:${CAP_WORD}|\d+)(?:[ \t]+(?:(?:de la|de l'|du|des|de|d'|la|le|les|et|sur)[ \t]*)?${CAP_WORD}){0,4}`,
  "gu",
);
const PO_BOX = /\b(?:P\.?\s?O\.?\s?Box|PO Box|Private Bag|RD|Box|Case postale)\s+\d{1,6}\b|\b(?:CP|BP)\s+\d{1,6}(?=,?\s+\d{4,5}\s+\p{Lu})/gu;
export const UK_POSTCODE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]?|GIR)\s?\d[ABD-HJLNP-UW-Z]{2}\b/g;
/** Irish Eircode: routing key (letter + 2 digits, or D6W) + 4-character identifier with at least one letter. */
const EIRCODE = /\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}\b/g;
const CA_POSTCODE = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d\b/g;
const US_STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
const AU_STATES = "NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT";
const CITY_STATE = new RegExp(String.raw`(${CAP_WORD}(?:[ \t]+${CAP_WORD}){0,2}),[ \t]+(?:${US_STATES})\b(?:[ \t]+\d{5}(?:-\d{4})?)?`, "gu");
const AU_STATE_POST = new RegExp(String.raw`\b(?:${AU_STATES})[ \t]+\d{4}\b`, "g");
const LABELLED_POST = /\b(?:post ?code|postal code|zip(?: code)?|code postal|CP)\s*:?\s*((?=[A-Z0-9 -]*\d)[A-Z0-9]{3,4}[ -]?[A-Z0-9]{3,4}|\d{4,5})\b/gi;
const FR_POST = new RegExp(String.raw`\b(?:[0-8]\d|9[0-8])\d{3}[ \t]+(${CAP_WORD})`, "gu");
const TOWN_POST = new RegExp(String.raw`(${CAP_WORD}(?:[ \t]+${CAP_WORD}){0,2}),?[ \t]+(\d{4})(?!\d)`, "gu");

/** "my address is …", "Address: …", "lives at …", "domicile : …": the rest of the phrase, when it has a number. */
const LABELLED_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:[Hh]ome |[Pp]ostal |[Mm]ailing |[Bb]illing |[Nn]ew )?(?:[Aa]ddress|ADDRESS)(?:[ \t]+is)?|[Aa]dresse(?:[ \t]+est)?|[Ll]ives at|[Ll]iving at|[Rr]esides at|[Dd]omicile|[Dd]omiciliée? au|[Hh]abite au)[ \t]*[:=]?[ \t]+((?=[^\n]{0,80}\d)[\p{Lu}\d][^\n;!?]{3,80}?)(?=[ \t]*(?:[.;!?](?:[ \t]+(?=\p{Lu})|\s*$)|\n|$))`,
  "gu",
);
/** A flat, apartment or suite number on its own ("Apt. 595", "Suite 501", "Flat 3"). */
const UNIT_NUMBER = /(?<![\p{L}])(?:Apt\.?|Apartment|Suite|Flat|Appartement|[Aa]pp\.|apt\.?)[ \t]*#?[ \t]*\d{1,5}[A-Z]?(?![\d])/gu;

const ORG_SUFFIX = alternation(unionOf("orgSuffixes"));
const ORG_RE = new RegExp(String.raw`(?<=[ \t])(?:${ORG_SUFFIX})\.?(?![\p{L}])`, "gu");

/** Linear replacement for "(capitalised run) + head": returns [start, nameEnd] or null. */
function runBefore(text: string, headStart: number, skip?: Set<string>): [number, number] | null {
  let p = headStart;
  if (skip) {
    const w = prevWord(text, p);
    if (w && skip.has(w.word)) p = w.start;
  }
  const start = capRunStart(text, p, 6);
  if (start === null) return null;
  let nameEnd = p;
  while (nameEnd > start && /[ \t-]/.test(text[nameEnd - 1])) nameEnd--;
  return [start, nameEnd];
}
const ORG_INTRO = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(caseVariants(unionOf("orgIntroducers")))})[ \t]*:?[ \t]+(?:the[ \t]+)?(${CAP_RUN})`, "gu");
const LOC_INTRO_STRONG = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(
    caseVariants(ALL_PACKS.flatMap((p) => p.locationIntroducers).filter((w) => w.includes(" ") || w.length > 5)),
  )})[ \t]+(${CAP_RUN})`,
  "gu",
);
const REGION_AFTER = new RegExp(String.raw`^,?[ \t]+(${CAP_WORD}(?:[ \t]+(?:of[ \t]+)?${CAP_WORD}){0,2})`, "u");
const STATE_OR_POST_AFTER = new RegExp(String.raw`^,?[ \t]+(?:${US_STATES}|${AU_STATES}|\d{4,5}\b)`);
const STATE_AFTER = new RegExp(String.raw`^,[ \t]+(?:${US_STATES}|${AU_STATES})(?![\p{L}])`, "u");
const LOC_INTRO_WEAK = /(?<![\p{L}])(?:in|from|near|at|to|à|de|au|of)[ \t]+$/iu;

/** An Irish county ("Co. Kerry", "County Mayo") or a named county ("Carroll County"; not "County Council"). */
const COUNTY = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:Co\.?|County)[ \t]+(${alternation(IRISH_COUNTIES)})|(${CAP_WORD})[ \t]+County)(?![\p{L}]|[ \t]+(?:Council|Court|Hospital|Health|Board|Jail|Sheriff)\b)`,
  "gu",
);
/** Words that end a place's name: "Ellicott City", "Daytona Beach", "Glen Falls", "Mission Bay". */
const PLACE_TAIL =
  /^[ \t](city|town|village|beach|springs|heights|falls|harbou?r|bay|creek|valley|junction|point|shores?|island|hills?|park|square|township|county|parish|borough)(?![\p{L}])/iu;

const TITLED = /(?:^|[ \t])(?:Dr|Mr|Mrs|Ms|Prof|Dre|Docteur)\.?(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** Trim leading generic or sentence words ("After Riverside Hospital" → "Riverside Hospital"). */
function trimLeft(text: string, start: number, end: number, keep: (w: string) => boolean): number {
  let s = start;
  for (;;) {
    const m = /^([\p{L}'’.&-]+)[ \t]+/u.exec(text.slice(s, end));
    if (!m || keep(m[1])) break;
    s += m[0].length;
  }
  return s;
}

/**
 * A facility's tail that is what the patient goes there for, not the rest of its name: "Union Memorial for EP study",
 * "St Mary's Hospital for MRI" (an acronym after "for", or clinical shorthand), unlike "Institute for Cancer Research".
 */
function procedureTail(tail: string): boolean {
  const m = /^,?[ \t]+(of|for|at|in|de)[ \t]+(?:the[ \t]+)?(\S+)/u.exec(tail);
  if (!m) return false;
  const word = m[2];
  return (m[1] === "for" && /^\p{Lu}{2,5}s?$/u.test(word)) || isClinicalShorthand(word.toLowerCase());
}

/** `uncasedAt(pos)`: the line at pos was typed in capitals or lower case, so capitals there are guesses. */
export function detectPlaces(text: string, uncasedAt: (pos: number) => boolean = () => false): Candidate[] {
  const out: Candidate[] = [];
  const { notNames } = getNames();
  const gaz = getGazetteer();
  const add = (start: number, end: number, type: Candidate["type"], confidence: number, priority: number, source: string) => {
    while (end > start && /[\s,.;:]/.test(text[end - 1])) end--;
    // A place's own last word, which rules reading one word leave behind: "Ellicott City", "Daytona Beach".
    if (type === "LOCATION") {
      const tail = PLACE_TAIL.exec(text.slice(end, end + 16));
      if (tail && (/^\p{Lu}/u.test(tail[1]) || uncasedAt(end))) end += tail[0].length;
    }
    if (end - start >= 2) out.push({ start, end, type, confidence, priority, source });
  };
  const nameWords = (s: string) => s.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
  const specific = (s: string) => nameWords(s).some((w) => (!GENERIC.has(w) && !notNames.has(w)) || ALLOWED.test(w));

  for (const m of text.matchAll(FAC_AFTER)) {
    const run = runBefore(text, m.index!);
    if (!run) continue;
    // "Dr Anne Kinsella of Tramore Medical Centre": the person before "of" is no part of the place.
    const of = text.slice(run[0], run[1]).lastIndexOf(" of ");
    if (of >= 0 && TITLED.test(text.slice(Math.max(0, run[0] - 10), run[0] + of))) run[0] += of + 4;
    const s = trimLeft(text, run[0], run[1], (w) => (!GENERIC.has(w) && !notNames.has(w)) || ALLOWED.test(w) || w === "Children's");
    if (s >= run[1]) continue;
    const name = text.slice(s, run[1]);
    let e = m.index! + m[0].length;
    const rest = text.slice(e, e + 80);
    const tail = FAC_AFTER_TAIL.exec(rest);
    const placeTail = FAC_PLACE_TAIL.exec(rest);
    if (tail && !procedureTail(tail[0])) e += tail[0].length;
    else if (placeTail && (gaz.places.has(placeTail[1]) || gaz.regions.has(placeTail[1]))) e += placeTail[0].length;
    if (!specific(name) && e === m.index! + m[0].length) continue;
    add(s, e, "FACILITY", 0.85, 76, "facility-head");
  }
  for (const m of text.matchAll(FAC_LOWER)) {
    const run = runBefore(text, m.index!, FAC_LOWER_MODS);
    if (!run) continue;
    const s = trimLeft(text, run[0], run[1], (w) => (!GENERIC.has(w) && !notNames.has(w)) || ALLOWED.test(w));
    if (s >= run[1]) continue;
    if (!specific(text.slice(s, run[1]))) continue;
    // "Aboriginal Health Worker", "Health Practitioner": a role, not a place.
    if (
      /^[ \t]+(?:Workers?|Practitioners?|Professionals?|Advocates?|Navigators?)(?![\p{L}])/u.test(
        text.slice(m.index! + m[0].length, m.index! + m[0].length + 16),
      )
    )
      continue;
    // "Cardiac rehab", "Stroke hospice": a kind of care, unless the name holds a word no list knows or a place.
    if (CARE_KINDS.test(m[0]) && !nameWords(text.slice(s, run[1])).some((w) => !knownWords().has(w.toLowerCase()) || gaz.places.has(w))) continue;
    add(s, m.index! + m[0].length, "FACILITY", 0.7, 63, "facility-lower");
  }
  for (const m of text.matchAll(SAINT_POSS)) add(m.index!, m.index! + m[0].length, "FACILITY", 0.75, 64, "facility-saint");
  for (const m of text.matchAll(FAC_BEFORE)) {
    const name = m[1];
    if (/^\p{Lu}/u.test(name) && !/\d/.test(name) && !specific(name) && !gaz.places.has(name) && !gaz.regions.has(name)) continue;
    // "Hospital for MRI": what someone goes there for, not a hospital's name.
    if (procedureTail(m[0].slice(m[0].search(/[ \t]/u)))) continue;
    add(m.index!, m.index! + m[0].length, "FACILITY", 0.85, 76, "facility-before");
  }
  for (const m of text.matchAll(FAC_INTRO)) {
    const name = m[1];
    const s = m.index! + m[0].length - name.length;
    if (!specific(name) || /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|M|Mme|Mlle)\.?$/.test(nameWords(name)[0] ?? "")) continue;
    const first = nameWords(name)[0] ?? "";
    if (notNames.has(first) || GENERIC.has(first)) continue;
    // Upper-case acronyms after "at"/"to": only when not a clinical acronym (checked against protected spans later).
    const isPlace = gaz.places.has(name);
    // After a bare "at", "from", "@" an acronym or one word is usually a time, a line or a device
    // ("at MN", "from ETT", "@ RIJ"); a place from the gazetteer or a name of two words still counts.
    const intro = m[0]
      .slice(0, m[0].length - name.length)
      .trim()
      .toLowerCase();
    const weak = WEAK_FACILITY_INTRO.has(intro.replace(/\s+(?:the|la|le|les)$/, "")) && uncasedAt(s);
    if (weak && !isPlace && !/[ \t]/.test(name.trim())) continue;
    // "back to Bed", "return to Baseline": after a loose verb of going, an ordinary word is no place.
    if (LOOSE_FACILITY_INTRO.test(intro) && !isPlace && nameWords(name).every((w) => knownWords().has(w.toLowerCase()))) continue;
    // "from OSH", "at MN", "via ETT": clinical shorthand, not a facility.
    if (!/[ \t]/.test(name.trim()) && (isClinicalShorthand(name.trim().toLowerCase()) || isClinicalWord(name.trim()))) continue;
    add(s, s + name.length, isPlace ? "LOCATION" : "FACILITY", 0.6, 58, "facility-context");
  }
  uncasedFacilities(
    text,
    uncasedAt,
    (w) => GENERIC.has(w),
    (s, e) => add(s, e, "FACILITY", 0.7, 64, "facility-uncased"),
  );
  for (const re of [ADDRESS_EN, ADDRESS_FR]) {
    for (const m of text.matchAll(re)) add(m.index!, m.index! + m[0].length, "LOCATION", 0.85, 77, "address");
  }
  for (const m of text.matchAll(STREET_NAMED)) {
    const s = trimLeft(text, m.index!, m.index! + m[0].length, (w) => !notNames.has(w) && !GENERIC.has(w));
    // Nothing left but the street word ("Main St." once "Main" is trimmed): no street named.
    if (!/[ \t]/.test(text.slice(s, m.index! + m[0].length).trim())) continue;
    // In capitals "C DR", "W ST" are shorthand ("with doctor"), not a street.
    if (uncasedAt(s) && /(?:Dr|St|Rd|Ave)\.?$/iu.test(m[0])) continue;
    add(s, m.index! + m[0].length, "LOCATION", 0.7, 64, "street");
  }
  for (const m of text.matchAll(LABELLED_ADDRESS)) {
    const s = m.index! + m[0].length - m[1].length;
    add(s, s + m[1].length, "LOCATION", 0.8, 76, "address-label");
  }
  for (const m of text.matchAll(UNIT_NUMBER)) add(m.index!, m.index! + m[0].length, "LOCATION", 0.75, 70, "address-unit");
  for (const m of text.matchAll(PO_BOX)) add(m.index!, m.index! + m[0].length, "LOCATION", 0.8, 75, "po-box");
  for (const re of [UK_POSTCODE, CA_POSTCODE, AU_STATE_POST, EIRCODE]) {
    for (const m of text.matchAll(re)) add(m.index!, m.index! + m[0].length, "LOCATION", 0.8, 75, "postcode");
  }
  for (const m of text.matchAll(LABELLED_POST)) {
    const s = m.index! + m[0].length - m[1].length;
    add(s, s + m[1].length, "LOCATION", 0.85, 75, "postcode-label");
  }
  for (const m of text.matchAll(COUNTY)) {
    const name = m[1] ?? m[2];
    if (!name || GENERIC.has(name) || notNames.has(name)) continue;
    add(m.index!, m.index! + m[0].length, "LOCATION", 0.75, 76, "county");
  }
  for (const m of text.matchAll(FR_POST)) add(m.index!, m.index! + m[0].length, "LOCATION", 0.75, 74, "postcode-fr");
  for (const m of text.matchAll(TOWN_POST)) {
    const year = Number(m[2]);
    const inAddress = /,[ \t]*$/.test(text.slice(Math.max(0, m.index! - 3), m.index!));
    if (!gaz.places.has(m[1]) || (year >= 1900 && year <= 2099 && !inAddress && !text.slice(m.index!, m.index! + m[0].length).includes(","))) continue;
    add(m.index!, m.index! + m[0].length, "LOCATION", 0.75, 74, "postcode-town");
  }
  for (const m of text.matchAll(CITY_STATE)) {
    // "J. Yi, MD": an initial before it makes it a name and a credential.
    if (/(?<![\p{L}])\p{Lu}\.[ \t]*$/u.test(text.slice(Math.max(0, m.index! - 4), m.index!))) continue;
    add(m.index!, m.index! + m[0].length, "LOCATION", 0.85, 74, "city-state");
  }
  for (const m of text.matchAll(ORG_RE)) {
    const run = runBefore(text, m.index!);
    if (!run) continue;
    const s = trimLeft(text, run[0], run[1], (w) => !notNames.has(w) && !GENERIC.has(w));
    if (s >= run[1]) continue;
    add(s, m.index! + m[0].length, "ORGANISATION", 0.8, 73, "org-suffix");
  }
  for (const m of text.matchAll(ORG_INTRO)) {
    const s = m.index! + m[0].length - m[1].length;
    if (!specific(m[1])) continue;
    add(s, s + m[1].length, "ORGANISATION", 0.7, 65, "org-context");
  }
  for (const m of text.matchAll(LOC_INTRO_STRONG)) {
    const s = m.index! + m[0].length - m[1].length;
    if (!specific(m[1])) continue;
    let e = s + m[1].length;
    const reg = REGION_AFTER.exec(text.slice(e, e + 40));
    if (reg && gaz.regions.has(reg[1])) e += reg[0].length;
    add(s, e, "LOCATION", 0.7, 60, "location-context");
  }
  // Gazetteer: runs of capitalised words looked up as 1..4-word n-grams, longest first.
  const words = [...text.matchAll(/\p{Lu}[\p{L}\p{M}'’.-]*/gu)];
  const macrons = /[āēīōūĀĒĪŌŪ]/u.test(text);
  let lastEnd = -1;
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(gaz.maxWords, words.length - i); n >= 1; n--) {
      const first = words[i];
      const last = words[i + n - 1];
      // Multi-word names: words separated by exactly one space.
      let joined = true;
      for (let k = i; k < i + n - 1; k++) {
        const endK = words[k].index! + words[k][0].length;
        if (words[k + 1].index !== endK + 1 || text.charCodeAt(endK) !== 32) {
          joined = false;
          break;
        }
      }
      if (!joined) continue;
      const s = first.index!;
      let e = last.index! + last[0].length;
      let surface = text.slice(s, e);
      if (surface.endsWith("'s") || surface.endsWith("’s")) surface = surface.slice(0, -2);
      else if (surface.endsWith(".")) surface = surface.slice(0, -1);
      e = s + surface.length;
      // Māori names written with macrons ("Māngere", "Ōtāhuhu") are listed without them.
      if (!gaz.places.has(surface) && !(macrons && /[āēīōūĀĒĪŌŪ]/u.test(surface) && gaz.places.has(surface.normalize("NFD").replace(/\u0304/g, "")))) continue;
      // In a note typed in capitals or lower case, a place that is also a word ("DRAIN", "staples") needs
      // a cue; so does clinical shorthand that is also a town ("Nitro").
      if (n === 1 && isClinicalShorthand(surface.toLowerCase())) continue;
      if (uncasedAt(s) && knownWords().has(surface.toLowerCase()) && !LOC_INTRO_WEAK.test(text.slice(Math.max(0, s - 20), s))) continue;
      // A small town's name inside a longer capitalised phrase ("Root Cause Analysis") is not the town.
      if (n === 1 && (gaz.places.get(surface) ?? 0) < 100000) {
        const nextWord = /^[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(text.slice(e, e + 40));
        const tailWord = PLACE_TAIL.test(` ${nextWord?.[1] ?? ""}`);
        if (nextWord && !tailWord && !gaz.places.has(nextWord[1]) && !gaz.regions.has(nextWord[1]) && !/^(?:NE|NW|SE|SW|[A-Z]{2,3})$/.test(nextWord[1]))
          continue;
      }
      if (gaz.ambiguous.has(surface)) {
        const before = text.slice(Math.max(0, s - 20), s);
        const after = text.slice(e, e + 30);
        const ctx =
          LOC_INTRO_WEAK.test(before) ||
          (lastEnd >= 0 && /^,?[ \t]*$/.test(text.slice(lastEnd, s))) ||
          STATE_OR_POST_AFTER.test(after) ||
          REGION_AFTER.test(after) ||
          // "Ben Taub, Houston." — a name, then the town it is in, closing the phrase.
          (/\p{Lu}[\p{L}'’-]+,[ \t]*$/u.test(before) && /^[ \t]*(?:[.;)\n]|$)/u.test(after));
        if (!ctx) continue;
      }
      // Keep a following state, province or country with the town: "Houston, Texas", "Detroit, MI".
      const reg = REGION_AFTER.exec(text.slice(e, e + 40));
      if (reg && gaz.regions.has(reg[1])) e += reg[0].length;
      else {
        const st = STATE_AFTER.exec(text.slice(e, e + 8));
        if (st) e += st[0].length;
      }
      add(s, e, "LOCATION", gaz.ambiguous.has(surface) ? 0.6 : 0.7, 55, "gazetteer");
      lastEnd = e;
      i += n - 1;
      break;
    }
  }
  return out;
}
