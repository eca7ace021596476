/**
 * Places, facilities and bodies as clinical notes write them, by shape and slot (blind batch 15; people, dates and
 * numbers are in handover-forms.ts):
 *  - a French or English town built with a particle: "MONTIGNY-LÈS-METZ", "Walton-on-Thames" (not "SISTER-IN-LAW");
 *  - a French postcode and its town, as an address's part: "06100 Nice";
 *  - a town someone stays in, flies into or drives from: "stay with aunt in Ennistymon", "flying into Knock";
 *  - a town in brackets after a care home's kind: "(nursing home, Chorlton)";
 *  - a South African township's section: "KwaMashu G section";
 *  - a facility by its name and a kind's acronym: "KwaMashu CHC", "West Cornwall MIU"; a named rest home in a
 *    lower-case note and the suburb after it ("lives rosewood rest home papanui");
 *  - a South African provincial hospital by its town: "Worcester Provincial";
 *  - a Belgian care home, a French "Maison" or "Centre de revalidation" by name: "MRS Les Tilleuls";
 *  - a hospital's acronym a patient is sent to in French: "vers l'IUCPQ" (not "l'ECG");
 *  - a regional body by its place and acronym: "Brisbane North ACAT", "Community Healthcare West PHN"; a network
 *    by its acronym: "réseau HELORA";
 *  - a French council by its département or région; a named service someone is supported through: "MetroWest
 *    Elder Services" (not "Community Support Services").
 * Each pattern is tried only where its head word stands (a cheap test first).
 */
import { isClinicalWord } from "../clinical";
import { englishWords } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { headScanner, lowerSameLength, prevWord } from "../util";
import { mayBeFrench } from "./kind-slots";
import { slotCollector } from "./slot-collector";
import { isUnknownWord } from "./slots";

const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
const PARTICLE = /-(?:lès|lez|lés|sur|sous|en|le|la|les|aux|au|de|du|des|upon|on|super|under|by|in)-/gi;
const PARTICLE_TOWN = /^\p{L}[\p{L}\p{M}]+(?:-(?:lès|lez|lés|sur|sous|en|le|la|les|aux|au|de|du|des|upon|on|super|under|by|in)-[\p{L}\p{M}]+)+$/iu;
const TOKEN_CH = /[\p{L}\p{M}-]/u;
/** A French postcode at a line's start or after a comma, found without the u flag; its town is read after it. */
const FR_POSTCODE = /(?:^|[\n,])[ \t]*((?:0[1-9]|[1-8]\d|9[0-5]|97)\d{3}[ \t]+)/g;
const TOWN_AFTER = new RegExp(String.raw`${CAP}(?:[ \t]+${CAP})?(?![\p{L}])`, "uy");
const STAYS_IN = new RegExp(
  String.raw`(?<![\p{L}])(?:stay|stays|staying|stayed|live|lives|living|lived|flying|fly|flies|flew|drove|driving|drives|moved|moving|based|travelling|traveling)[ \t]+(?:(?:back|up|down|over|out)[ \t]+)?(?:with[ \t]+(?:his|her|their|a|the)?[ \t]*[\p{L}-]+[ \t]+)?(?:in|into|to|from|at|near)[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]{2,}(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]{2,})?)(?![\p{L}])`,
  "gu",
);
const scanStays = headScanner(
  STAYS_IN,
  String.raw`\b(?:stay|stays|staying|stayed|live|lives|living|lived|flying|fly|flies|flew|drove|driving|drives|moved|moving|based|travelling|traveling)\b`,
);
const KIND_TOWN =
  /\((?:nursing|rest|care|residential|retirement)[ \t]+home[ \t]*,[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]{2,}(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]{2,})?)[ \t]*\)/gu;
const SECTION = /[ \t][A-Z]{1,2}[ \t]+[Ss]ection(?![A-Za-z])/g;
const KIND_ACRONYM = /(?<![\p{L}])((?:\p{Lu}[\p{L}\p{M}'’-]+[ \t]+){1,3}(?:CHC|MIU|SNF|UCC|LTCH|CHSLD))(?![\p{L}])/gu;
const GENERIC_HEAD = new Set(
  "The A An From To At In Via Admitted Transferred Discharged Back Home Local Community Rural Regional District Our His Her Their Nearest New Old Private Public Admit Adm".split(
    " ",
  ),
);
const LOWER_REST_HOME =
  /(?<![\p{L}])(?:lives|lives[ \t]+at|lives[ \t]+in|from|at|back[ \t]+to|returns?[ \t]+to|discharged[ \t]+to|resident[ \t]+(?:of|at))[ \t]+(\p{Ll}{3,15}(?:[ \t]+\p{Ll}{3,15})?[ \t]+(?:rest[ \t]+home|nursing[ \t]+home|care[ \t]+home|retirement[ \t]+village|lodge|manor))(?:[ \t]+(\p{Ll}{3,15}))?(?=[ \t]*[.,;)\n]|$)/gu;
const PROVINCIAL = /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}'’-]{2,}[ \t]+Provincial)(?=[ \t]*(?:[,.;)\n]|$)|[ \t]+(?:Hospital|Hosp\.?)(?![\p{L}]))/gu;
const BE_CARE_HOME =
  /(?<![\p{L}])((?:MRS|MRPA|MR)[ \t]+(?:(?:Les|Le|La|L['’]|Du|Des|De|Saint|Sainte)[ \t]*)?\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?)(?![\p{L}])/gu;
const FR_HOUSE_CENTRE =
  /(?<![\p{L}])(?:(?:à|de|vers|dans|À|De|Vers)[ \t]+(?:la|le|l['’])|du|au|Du|Au)[ \t]*((?:Maison|Centre[ \t]+de[ \t]+(?:revalidation|réadaptation|rééducation|convalescence))[ \t]+(?:(?:de|du|des|d['’])[ \t]*)?\p{Lu}[\p{L}\p{M}'’-]+)(?![\p{L}])/gu;
const FR_TOWARDS_ACRONYM = /(?<![\p{L}])(?:vers|VERS)[ \t]+(?:l['’]|L['’])[ \t]*(\p{Lu}{3,7})(?![\p{L}])/gu;
const scanTowards = headScanner(FR_TOWARDS_ACRONYM, String.raw`\bvers[ \t]+l`);
const REGIONAL_ACRONYM = new RegExp(
  String.raw`(?<![\p{L}])((?:${CAP}[ \t]+){1,3}(?:ACAT|ACAS|PHN|PHO|LHD|HHS|DHB|CHO|CCG|ICB|LHIN|CLSC|CIUSSS|CISSS))(?![\p{L}])`,
  "gu",
);
const NETWORK_ACRONYM = /(?<![\p{L}])(?:réseau|groupe|network|group|Réseau|Groupe)[ \t]+(\p{Lu}{3,10})(?![\p{L}])/gu;
const scanNetworks = headScanner(NETWORK_ACRONYM, String.raw`(?:réseau|groupe|\bnetwork|\bgroup)\b`);
const FR_COUNCIL =
  /(?<![\p{L}])([Cc]onseil[ \t]+(?:départemental|departemental|régional|regional|général|general)[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|des|du|de|d['’])[ \t]*\p{Lu}[\p{L}\p{M}'’-]+)(?![\p{L}])/gu;
const SERVICE_KIND = /(?:Services|Service|Support|Home[ \t]+Care|Homecare)(?![A-Za-z])/g;
/** Read back from a service's kind found by SERVICE_KIND: "through" and the service's own words. */
const SERVICE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:through|via|from|with|by)[ \t]+(?:the[ \t]+)?((?:${CAP}[ \t]+){1,3})$`, "u");
const GENERIC_SERVICE_WORD =
  /^(?:Home|Community|Health|Healthcare|Elder|Aged|Care|Support|Social|Public|Mental|Disability|Protective|Ambulance|Emergency|Family|Child|Children|Youth|Adult|Senior|Seniors|Nursing|Palliative|Hospice|Rehab|Rehabilitation|Interpreter|Interpreting|Pastoral|Spiritual|Chaplaincy|Bereavement|National|State|County|Local|Regional|The|District|Specialist|Outreach|Respite|Day|Night|Meals|Personal|Domestic|Allied|Dietetic|Pharmacy|Medical|Clinical|Patient|Liaison|Advocacy|Legal|Financial|Housing|Welfare|Veterans|Indigenous|Aboriginal|Māori|Maori|Pacific|North|South|East|West|Central|Services|Service|Homecare)$/u;
const COMPASS = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Mid|Inner|Outer)$/u;
const GENERIC_LOWER = new Set("the a an her his their local nursing private public own same new old that this other".split(" "));

function capitalised(w: string): string {
  return w[0].toUpperCase() + lowerSameLength(w.slice(1));
}
/** A town's or a place's word: no list knows it, or the gazetteer does. */
function placeWord(w: string): boolean {
  return isUnknownWord(w) || getGazetteer().places.has(w);
}
/** A proper name's word in capitals or not: no common word, no clinical shorthand, or a place the gazetteer knows. */
function namedWord(w: string): boolean {
  const l = lowerSameLength(w);
  if (l.length < 3 || isClinicalShorthand(l) || isClinicalWord(w)) return false;
  return !englishWords().has(l) || getGazetteer().places.has(capitalised(w));
}

export function detectHandoverPlaces(text: string, uncasedAt: (pos: number) => boolean, original = text): Candidate[] {
  const { out, add, group } = slotCollector();
  const french = mayBeFrench(text);

  let after = 0;
  for (const p of original.matchAll(PARTICLE)) {
    if (p.index! < after) continue;
    // The hyphenated word around the particle, read alone.
    let s = p.index!;
    while (s > 0 && TOKEN_CH.test(original[s - 1])) s--;
    let e = p.index! + p[0].length;
    while (e < original.length && TOKEN_CH.test(original[e])) e++;
    after = e;
    const token = original.slice(s, e);
    if (/['’]/u.test(original[s - 1] ?? "") || !PARTICLE_TOWN.test(token)) continue;
    {
      const parts = token.split("-");
      const last = parts[parts.length - 1];
      // A place's name, not a phrase: both ends in capitals ("arc-en-ciel"), not both common words ("SISTER-IN-LAW").
      if (!/^\p{Lu}/u.test(parts[0]) || !/^\p{Lu}/u.test(last)) continue;
      if (englishWords().has(lowerSameLength(parts[0])) && englishWords().has(lowerSameLength(last))) continue;
      // Below a facility's or a street's own rule: a particle name after "maternité", "rue"… is theirs ("maternité Jeanne-de-Flandre").
      add(s, e, "LOCATION", 0.7, 60, "place-particle-town");
    }
  }
  // A postcode and its town are an address's part: they outrank a protected word as an address does ("Nice").
  if (french) {
    for (const m of original.matchAll(FR_POSTCODE)) {
      const s = m.index! + m[0].length - m[1].length;
      TOWN_AFTER.lastIndex = m.index! + m[0].length;
      const town = TOWN_AFTER.exec(original);
      if (town) add(s, town.index + town[0].length, "LOCATION", 0.8, 88, "address");
    }
  }
  {
    for (const m of scanStays(text)) {
      const words = m[1].split(/[ \t]+/u);
      // In a lower-case note the truecaser's capitals say little: only a town a list knows.
      const listed = getGazetteer().places.has(m[1]);
      if (uncasedAt(m.index! + m[0].lastIndexOf(m[1])) ? !listed : !words.every(placeWord) && !listed) continue;
      add(...group(m), "LOCATION", 0.7, 80, "place-stays-in");
    }
  }
  if (/home[ \t]*,/.test(text))
    for (const m of text.matchAll(KIND_TOWN)) if (m[1].split(/[ \t]+/u).every(placeWord)) add(...group(m), "LOCATION", 0.75, 82, "place-after-home-kind");
  if (original.includes("ection"))
    for (const m of original.matchAll(SECTION)) {
      // The township's name before its section's letters ("Umlazi BB section").
      const town = prevWord(original, m.index! + 1);
      if (town && /^\p{Lu}[\p{L}\p{M}]{2,}$/u.test(town.word) && placeWord(town.word))
        add(town.start, m.index! + m[0].length, "LOCATION", 0.75, 84, "place-township-section");
    }

  if (/CHC|MIU|SNF|UCC|LTCH|CHSLD/.test(original)) {
    for (const m of original.matchAll(KIND_ACRONYM)) {
      const words = m[1].split(/[ \t]+/u);
      while (words.length > 1 && GENERIC_HEAD.has(capitalised(words[0]))) words.shift();
      if (words.length < 2 || !words.slice(0, -1).some(namedWord)) continue;
      const e = m.index! + m[0].length;
      add(e - words.join(" ").length, e, "FACILITY", 0.75, 84, "facility-kind-acronym");
    }
  }
  if (/(?:rest|nursing|care)[ \t]+home|village|lodge|manor/.test(original)) {
    for (const m of original.matchAll(LOWER_REST_HOME)) {
      const [s, e] = group(m);
      const name = m[1].split(/[ \t]+/u).slice(0, -2);
      if (!uncasedAt(s) || GENERIC_LOWER.has(name[0]) || !name.some((w) => namedWord(w) || englishWords().has(w))) continue;
      add(s, e, "FACILITY", 0.7, 80, "facility-lower-rest-home");
      // The suburb after it ("rosewood rest home papanui."): a word no list knows, or a place.
      const town = m[2];
      if (town && placeWord(capitalised(town))) add(...group(m, 2), "LOCATION", 0.7, 80, "place-after-rest-home");
    }
  }
  if (text.includes("Provincial"))
    for (const m of text.matchAll(PROVINCIAL)) if (placeWord(m[1].split(/[ \t]+/u)[0])) add(...group(m), "FACILITY", 0.75, 84, "facility-provincial");
  if (french && /MRS|MRPA|MR[ \t]/u.test(original))
    for (const m of original.matchAll(BE_CARE_HOME)) add(...group(m), "FACILITY", 0.75, 84, "facility-be-care-home");
  if (french && /Maison|Centre de r|Centre de c/.test(text))
    for (const m of text.matchAll(FR_HOUSE_CENTRE)) add(...group(m), "FACILITY", 0.75, 84, "facility-fr-house");
  if (french && /vers/i.test(original)) {
    for (const m of scanTowards(original)) {
      const l = lowerSameLength(m[1]);
      // A hospital's acronym, never a test or a diagnosis sent "vers l'ECG".
      if (!isClinicalShorthand(l) && !isClinicalWord(m[1]) && !englishWords().has(l)) add(...group(m), "FACILITY", 0.75, 84, "facility-fr-towards-acronym");
    }
  }

  if (/ACAT|ACAS|PHN|PHO|LHD|HHS|DHB|CHO|CCG|ICB|LHIN|CLSC|CISSS/.test(original)) {
    for (const m of original.matchAll(REGIONAL_ACRONYM)) {
      const words = m[1].split(/[ \t]+/u).slice(0, -1);
      // A region's body ("Brisbane North ACAT"), never the kind alone ("the local PHN").
      if (words.some((w) => placeWord(w) || COMPASS.test(w)) || getGazetteer().places.has(words.join(" ")))
        add(...group(m), "ORGANISATION", 0.75, 84, "org-regional-acronym");
    }
  }
  {
    for (const m of scanNetworks(original)) {
      const l = lowerSameLength(m[1]);
      if (!isClinicalShorthand(l) && !isClinicalWord(m[1])) add(...group(m), "ORGANISATION", 0.75, 84, "org-network-acronym");
    }
  }
  if (text.includes("onseil")) for (const m of text.matchAll(FR_COUNCIL)) add(...group(m), "ORGANISATION", 0.8, 86, "org-fr-council");
  for (const k of text.matchAll(SERVICE_KIND)) {
    const before = text.slice(Math.max(0, k.index! - 60), k.index!);
    const m = SERVICE_BEFORE.exec(before);
    if (!m || /[\p{L}\p{M}]/u.test(text[k.index! + k[0].length] ?? "")) continue;
    const name = `${m[1]}${k[0]}`;
    // A named service ("MetroWest Elder Services"), never a kind of service alone ("Community Support Services").
    // A service named by ordinary words only is a kind of body too ("Coroners Court Legal Services"): one of its
    // words must be no common word (a place, a person, a coined name).
    const words = name.split(/[ \t]+/u).filter(Boolean);
    if (words.every((w) => GENERIC_SERVICE_WORD.test(w) || englishWords().has(lowerSameLength(w)))) continue;
    add(k.index! - m[1].length, k.index! + k[0].length, "ORGANISATION", 0.75, 82, "org-named-service");
  }
  return out;
}
