/**
 * Organisations and facilities as case learnings and family letters name them, by shape and slot (blind batch 14):
 *  - the club someone plays for, coaches at or volunteers with: "plays for Scarborough Shooting Stars",
 *    "joue au Sporting de Charleroi", "l'équipe du Stade Brestois" (not "plays for the team", not a country);
 *  - a club by its sport and kind, and a football club's charity: "Tūrangi Rugby Club", "Everton in the Community";
 *  - a union's local, branch or representative: "ONA Local 8", "ANMF Victorian Branch", "ONA REP",
 *    "ma représentante de la FIQ" (not a union named by its national acronym: "my RCN steward");
 *  - a national service's region: "HSE West and North West" (not the HSE alone);
 *  - bodies by the last word of their name: "Carrier Sekani Family Services", "Midwifery and Maternity Providers
 *    Organisation", "St. Agatha Catholic Church", "Roches Stores", "Fondation Lenval";
 *  - a hospital by its nickname after a verb of moving: "sent him to the Prince Charles", "came in to the Maelor"
 *    (not "to the Emergency Department", not a country: "went to the Philippines");
 *  - a hospital's acronym after a place word: "Dr Kennealy in SUH said", "I rang TPCH", "infirmier au GHdC"
 *    (not a clinical acronym: "rule out SAH", "in PPH");
 *  - "Waikato Women's", "Ballarat Base", "Brampton Civic", "Toronto General" (a town and the kind of hospital), "Ballymote community nursing unit", "hôpital pédiatrique de Nice";
 *  - a pavilion or a building: "pavillon N", "bâtiment B";
 *  - a unit named in brackets after a specialty: "en gériatrie (Casselardit)";
 *  - a unit code heading a note or after a nurse's role: "4N TELE - NOC SHIFT", "(RN, D4)";
 *  - a state's or province's department (not a nation's): "the Minnesota Department of Health".
 * Each pattern is tried only where its head word stands (a cheap test or headScanner first).
 */
import { englishWords, getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { headScanner, lowerSameLength } from "../util";
import { nearKeys } from "./near-keys";
import { slotCollector } from "./slot-collector";
import { isUnknownWord } from "./slots";

const CAPW = String.raw`\p{Lu}\p{Ll}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]+)*`;
/** A run of capitalised words, with "de", "of", "and" or "&" between two of them. */
const CAP_RUN = String.raw`${CAPW}(?:[ \t]+(?:(?:de|du|des|of|and|&|in[ \t]+the)[ \t]+)?${CAPW}){0,4}`;

const PLAYS_FOR = headScanner(
  new RegExp(
    String.raw`(?<![\p{L}])(?:[Pp]lays|[Pp]layed|[Pp]laying|[Pp]lay|[Cc]oaches|[Cc]oached|[Cc]oaching|[Cc]oach|[Vv]olunteers|[Vv]olunteered|[Vv]olunteering|[Jj]oue|[Jj]ouait|[Jj]ouer|[Bb]énévole|l['’]équipe|L['’]équipe)[ \t]+(?:for|with|at|au|à|pour|du|de)[ \t]+(?:the[ \t]+|le[ \t]+|la[ \t]+)?(${CAP_RUN})`,
    "gu",
  ),
  "plays|played|playing|play|coach|volunteer|joue|jouait|jouer|bénévole|l['’]équipe",
);
const SPORT_CLUB = new RegExp(
  String.raw`(?<![\p{L}])(?:${CAPW}[ \t]+){1,3}(?:Rugby|Football|Hockey|Cricket|Netball|Golf|Bowls|Bowling|Rowing|Boxing|Tennis|Soccer|Swimming|Athletics?|Hurling|Camogie|Surf[ \t]+Life[ \t]+Saving|Sports?|Minor[ \t]+Hockey|Darts|Croquet)(?:[ \t]+(?:League|Football))?[ \t]+(?:Club|Association|League|Union|Academy|Society)(?![\p{L}])`,
  "gu",
);
const IN_THE_COMMUNITY = new RegExp(String.raw`(?<![\p{L}])(?:${CAPW}[ \t]+){1,3}in[ \t]+the[ \t]+Community(?![\p{L}])`, "gu");
const UNION_LOCAL = /(?<![\p{L}\d])(\p{Lu}{2,6}[ \t]+Local[ \t]+\d{1,4})(?![\p{L}\d])/gu;
const UNION_BRANCH = new RegExp(String.raw`(?<![\p{L}\d])(\p{Lu}{2,6}(?:[ \t]+${CAPW}){1,3}[ \t]+Branch)(?![\p{L}])`, "gu");
const UNION_REP = /(?<![\p{L}\d])(\p{Lu}{2,6})[ \t]+(?:rep|REP|reps|REPS|steward|STEWARD|delegate|representative|organiser|organizer)(?![\p{L}])/gu;
const FR_UNION_REP =
  /(?<![\p{L}])(?:représentante?|déléguée?|représentant|délégué)(?:[ \t]+syndicale?)?[ \t]+(?:de[ \t]+la|du|de[ \t]+l['’]|de)[ \t]*(\p{Lu}{2,6})(?![\p{L}\d])/gu;
/** National regulators, unions and services named by their national acronym are no identifier (the batches' convention). */
const NATIONAL =
  /^(?:NHS|HSE|NMC|GMC|HCPC|AHPRA|HPCSA|SANC|CQC|HIQA|HDC|ACC|NMBI|IMC|CNO|CPSO|OIIQ|CMQ|HAS|ARS|ANSM|CNOM|ONI|RCN|INMO|AMA|BMA|CMA|NZNO|ANMF|DENOSA|NEHAWU|UNISON|SIU|CNE|CGT|CFDT|FO|CSC|FGTB|SEIU|AFL|CIO|PSA|NUM|OR|ICU|ED|DHB)$/u;
const HSE_REGION =
  /(?<![\p{L}])((?:HSE|NHS)[ \t]+(?:Dublin[ \t]+and[ \t]+(?:North[ \t]+East|South[ \t]+East|Midlands)|(?:Mid[ \t-]+West|South[ \t]+West|North[ \t]+West|South[ \t]+East|North[ \t]+East|West|East|South|North|Midlands)(?:[ \t]+and[ \t]+(?:Mid[ \t-]+West|North[ \t]+West|South[ \t]+West|North[ \t]+East|South[ \t]+East|Midlands))?))(?![\p{L}])/gu;
const BODY_END = new RegExp(
  String.raw`(?<![\p{L}])((?:${CAPW}[ \t]+(?:(?:and|&|of)[ \t]+)?){1,5}(?:Family|Community|Social|Youth|Support|Counselling|Legal|Advocacy|Whānau|Providers|Retrieval)[ \t]+(?:Services?|Organisation|Organization|Trust|Network|Collective|Society))(?![\p{L}])`,
  "gu",
);
const CHURCH = new RegExp(
  String.raw`(?<![\p{L}])((?:St\.?|Saint)[ \t]+${CAPW}(?:[ \t]+${CAPW}){0,2}[ \t]+(?:Church|Parish|Chapel|Cathedral)|(?:${CAPW}[ \t]+){1,3}(?:Catholic|Anglican|Presbyterian|Methodist|Baptist|Uniting|Lutheran|Orthodox|Pentecostal|Reformed)[ \t]+(?:Church|Parish|Chapel))(?![\p{L}])`,
  "gu",
);
const FIRM = new RegExp(
  String.raw`(?<![\p{L}])(?:with|for|at|from|by|joined|chez)[ \t]+(${CAPW}(?:[ \t]+${CAPW})?[ \t]+(?:Stores|Supermarkets?|Motors|Holdings|Builders|Engineering|Logistics|Transport))(?![\p{L}])`,
  "gu",
);
const FR_FOUNDATION = new RegExp(String.raw`(?<![\p{L}])((?:Fondation|Hospices[ \t]+[Cc]ivils)[ \t]+(?:de[ \t]+|du[ \t]+|des[ \t]+|d['’])?${CAPW})`, "gu");

const MOVED_TO_THE = headScanner(
  new RegExp(
    String.raw`(?<![\p{L}])(?:[Ss]ent|[Tt]aken|[Tt]ook|[Tt]ransferred|[Aa]dmitted|[Bb]rought|[Mm]oved|[Rr]ushed|[Ff]lown|[Rr]eferred|[Cc]ame[ \t]+in|[Ww]ent|[Gg]one|[Bb]ack|[Rr]eadmitted|[Dd]ischarged[ \t]+from|[Dd]ied[ \t]+in|[Bb]orn[ \t]+(?:at|[Ii]n))(?:[ \t]+(?:him|her|them|me|us|mum|dad|mam|back))?[ \t]+(?:in)?(?:to|at|from)?[ \t]*(the[ \t]+(${CAPW}(?:[ \t]+${CAPW}){0,2}))(?![\p{L}'’])`,
    "gu",
  ),
  "sent|taken|took|transferred|admitted|brought|moved|rushed|flown|referred|came|went|gone|back|readmitted|discharged|died|born",
);
const HOSPITAL_ACRONYM =
  /(?<![\p{L}])(?:in|at|rang|rung|called|phoned|from|into|to|au|à|du|vers)[ \t]+(\p{Lu}{2,4}H|\p{Lu}{2,4}\p{Ll}{1,2}\p{Lu}{1,2})(?![\p{L}\d])/gu;
const NOT_HOSPITAL_ACRONYM = new Set([
  "BScN",
  "MScN",
  "PhD",
  "MSc",
  "BSc",
  "DipHE",
  "MBChB",
  "FRACP",
  "FRCP",
  "MRCP",
  "GmbH",
  "BPH",
  "SAH",
  "ICH",
  "IVH",
  "PPH",
  "TSH",
  "LDH",
  "ACTH",
  "MCH",
  "PNH",
  "IIH",
  "SDH",
  "EDH",
  "VWH",
  "CVVH",
  "HH",
  "NH",
  "ASH",
  "DASH",
  "FSH",
  "ADH",
  "GGH",
  "LH",
  "SIADH",
  "BNH",
]);
const WOMENS = new RegExp(
  String.raw`(?<![\p{L}])(${CAPW}(?:[ \t]+${CAPW})?[ \t]+(?:Women['’]s|Children['’]s|Women['’]s[ \t]+and[ \t]+Children['’]s))(?![\p{L}]|[ \t]+(?:Day|Hospital|Health|Refuge|Aid|Institute|Hour|Rights|Group|Network|Services?|Shelter|Health))`,
  "gu",
);
const TOWN_BASE =
  /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}'’-]{2,}(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]{2,})?[ \t]+(?:Base|General|Civic|Regional|Provincial))(?![\p{L}]|[ \t]+(?:Hospital|Practitioner|Practice|Manager|Election|Assembly|Meeting|Council|Authority|Municipality|District))/gu;
const LOWER_KIND = new RegExp(
  String.raw`(?<![\p{L}])(${CAPW}(?:[ \t]+${CAPW})?[ \t]+(?:community[ \t]+(?:hospital|nursing[ \t]+unit|health[ \t]+cent(?:re|er))|district[ \t]+hospital|health[ \t]+cent(?:re|er)|medical[ \t]+cent(?:re|er)|nursing[ \t]+home|rest[ \t]+home|day[ \t]+hospital|base[ \t]+hospital))(?![\p{L}])`,
  "gu",
);
const NAMED_WARD = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,}(?:[ \t]+\p{Lu}\p{Ll}{2,})?[ \t]+ward)(?![\p{L}]|[ \t]+\p{L}?\d)/gu;
const FR_PAVILION = /(?<![\p{L}])((?:pavillon|Pavillon|bâtiment|Bâtiment|aile|Aile)[ \t]+\p{Lu}\d?)(?![\p{L}\d])/gu;
const FR_HOSPITAL_KIND =
  /(?<![\p{L}])((?:l['’])?[hH]ôpital[ \t]+(?:pédiatrique|psychiatrique|général|régional|universitaire|militaire|local|gériatrique|mère-enfant|d['’]instruction[ \t]+des[ \t]+armées)[ \t]+(?:de[ \t]+|d['’]|du[ \t]+)\p{Lu}[\p{L}\p{M}'’-]+)/gu;
const SPECIALTY_BRACKET =
  /(?<![\p{L}])(?:gériatrie|cardiologie|pneumologie|pédiatrie|maternité|réanimation|réa|oncologie|chirurgie|médecine|psychiatrie|neurologie|orthopédie|geriatrics|cardiology|oncology|maternity|surgery|medicine|rehab|psychiatry|neurology|paediatrics|pediatrics|orthopaedics|orthopedics)[ \t]*\([ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]{3,})[ \t]*\)/gu;
const HEADING_UNIT =
  /^[ \t]*(\d{1,2}[ \t]?[A-Z]{1,2}(?:[ \t]+(?:TELE|MED|SURG|ONC|ICU|CCU|PCU|HDU|ORTHO|CARDS|STEPDOWN|M\/S|MS|NEURO|RENAL|REHAB))?|[A-Z]{1,2}\d{1,2})(?:[ \t]+[-–—][ \t]|[ \t]*:[ \t])/u;
const ROLE_UNIT =
  /\((?:RN|EN|RPN|LPN|CNA|HCA|CNM\d?|CNS|NUM|charge[ \t]+nurse|nurse|inf\.?|infirmière)[ \t]*,[ \t]*([A-Z]\d{1,2}[A-Z]?|\d{1,2}[A-Z]{1,2})[ \t]*\)/gu;

/** A name's word: a known first name or surname, a place, or a word no list knows. */
function nameLike(w: string): boolean {
  const l = lowerSameLength(w.replace(/['’]s$/u, ""));
  const { firstNames, surnames } = getNames();
  return firstNames.has(l) || (surnames.has(l) && !englishWords().has(l)) || isUnknownWord(w) || getGazetteer().places.has(w);
}

/** A state's or a province's department: "the Minnesota Department of Health", "Eastern Cape Department of Health". */
const REGIONAL_DEPARTMENT = new RegExp(
  String.raw`(?<![\p{L}])(${CAPW}(?:[ \t]+${CAPW}){0,2})[ \t]+(?:Department|Dept\.?|Ministry)[ \t]+of[ \t]+(?:Health(?:[ \t]+and[ \t]+(?:Human|Social|Community)[ \t]+(?:Services|Care|Development))?|Human[ \t]+Services|Social[ \t]+(?:Services|Development)|Public[ \t]+Health|Children(?:['’]s)?[ \t]+Services)(?![\p{L}])`,
  "gu",
);
/** Nations: their departments are national bodies, not identifiers. */
const NATIONS = new Set(
  "Australia Canada England Scotland Wales Ireland France Belgium Switzerland Aotearoa"
    .split(" ")
    .concat(["New Zealand", "South Africa", "United States", "United Kingdom", "Northern Ireland"]),
);

export function detectNamedBodies(text: string, uncasedAt: (pos: number) => boolean, original = text): Candidate[] {
  const { out, add, group } = slotCollector();
  const { regions } = getGazetteer();

  for (const m of nearKeys(text, /(?:Department|Dept\.?|Ministry) of /g, REGIONAL_DEPARTMENT)) {
    // The place may be the run's last words: "the outcome of the Eastern Cape Department of Health".
    const words = m[1].split(/[ \t]+/u);
    const k = words.findIndex((_, i) => regions.has(words.slice(i).join(" ")));
    if (k < 0 || NATIONS.has(words.slice(k).join(" "))) continue;
    const s = m.index! + m[1].length - words.slice(k).join(" ").length;
    add(s, m.index! + m[0].length, "ORGANISATION", 0.8, 86, "org-regional-department");
  }
  for (const m of PLAYS_FOR(text)) {
    const run = m[1];
    // A team by its name, never a country or region alone ("plays for Ireland"), nor a word ("plays for Fun").
    if (regions.has(run) || (!run.includes(" ") && !nameLike(run))) continue;
    add(...group(m), "ORGANISATION", 0.75, 84, "org-club-plays-for");
  }
  for (const m of nearKeys(text, /Club|Association|League|Union|Academy|Society/g, SPORT_CLUB))
    add(m.index!, m.index! + m[0].length, "ORGANISATION", 0.8, 86, "org-sport-club");
  for (const m of nearKeys(text, /in the Community/g, IN_THE_COMMUNITY)) add(m.index!, m.index! + m[0].length, "ORGANISATION", 0.8, 86, "org-in-the-community");

  if (original.includes("Local")) for (const m of original.matchAll(UNION_LOCAL)) add(...group(m), "ORGANISATION", 0.8, 86, "org-union-local");
  for (const m of nearKeys(original, / Branch/g, UNION_BRANCH)) add(...group(m), "ORGANISATION", 0.8, 86, "org-union-branch");
  if (/rep|REP|steward|STEWARD|delegate|representative|organi[sz]er/u.test(original)) {
    for (const m of original.matchAll(UNION_REP)) if (!NATIONAL.test(m[1])) add(...group(m), "ORGANISATION", 0.75, 84, "org-union-rep");
  }
  if (/représentant|délégué/u.test(original)) {
    for (const m of original.matchAll(FR_UNION_REP)) if (!NATIONAL.test(m[1])) add(...group(m), "ORGANISATION", 0.75, 84, "org-union-rep-fr");
  }

  if (/HSE|NHS/u.test(text)) for (const m of text.matchAll(HSE_REGION)) add(...group(m), "ORGANISATION", 0.8, 86, "org-national-service-region");
  {
    for (const m of nearKeys(text, /Service|Organi[sz]ation|Trust|Network|Collective|Society/g, BODY_END)) {
      // At least one word of the name is no common word: "Carrier Sekani Family Services", not "Community Support Services".
      const words = m[1].split(/[ \t]+/u).filter((w) => /^\p{Lu}/u.test(w));
      if (words.some((w) => nameLike(w) && !englishWords().has(lowerSameLength(w)))) add(...group(m), "ORGANISATION", 0.75, 84, "org-body-end");
    }
  }
  for (const m of nearKeys(text, /Church|Parish|Chapel|Cathedral/g, CHURCH)) add(...group(m), "ORGANISATION", 0.8, 86, "org-church");
  for (const m of nearKeys(text, /Stores|Supermarket|Motors|Holdings|Builders|Engineering|Logistics|Transport/g, FIRM))
    add(...group(m), "ORGANISATION", 0.75, 84, "org-firm");
  if (/Fondation|Hospices/u.test(text)) for (const m of text.matchAll(FR_FOUNDATION)) add(...group(m), "ORGANISATION", 0.8, 86, "org-fr-foundation");

  for (const m of MOVED_TO_THE(text)) {
    // In a note typed in one case the truecaser's capitals say nothing ("TRANSFERRED TO THE MICU").
    if (uncasedAt(m.index!)) continue;
    const words = m[2].split(/[ \t]+/u);
    const last = words[words.length - 1];
    // A hospital's own name ("the Prince Charles", "the Maelor"), never a country, a region or a word ("the Emergency Department").
    const l = lowerSameLength(last);
    if (regions.has(m[2]) || !nameLike(last) || (englishWords().has(l) && !getNames().firstNames.has(l))) continue;
    add(...group(m), "FACILITY", 0.75, 84, "facility-moved-to-the");
  }
  {
    for (const m of nearKeys(original, /[A-Z]{2,4}H(?![A-Za-z])|[A-Z]{2,4}[a-z]{1,2}[A-Z]{1,2}(?![A-Za-z])/g, HOSPITAL_ACRONYM)) {
      const a = m[1];
      if (NOT_HOSPITAL_ACRONYM.has(a) || NATIONAL.test(a) || isClinicalShorthand(lowerSameLength(a))) continue;
      add(...group(m), "FACILITY", 0.7, 82, "facility-acronym-after-place-word");
    }
  }
  {
    for (const m of nearKeys(text, /Women['’]s|Children['’]s/g, WOMENS)) {
      const first = m[1].split(/[ \t]+/u)[0];
      if (nameLike(first)) add(...group(m), "FACILITY", 0.75, 84, "facility-womens-childrens");
    }
  }
  {
    for (const m of nearKeys(text, / (?:Base|General|Civic|Regional|Provincial)/g, TOWN_BASE)) {
      // The town alone or with the word before it ("Brampton Civic", "Toronto General", "Red Deer Regional").
      const words = m[1].split(/[ \t]+/u).slice(0, -1);
      const whole = words.join(" ");
      const town = words.length > 1 && !getGazetteer().places.has(whole) ? words[words.length - 1] : whole;
      if (town !== whole) {
        const s = m.index! + m[0].length - m[1].length + m[1].indexOf(town, whole.length - town.length);
        if (getGazetteer().places.has(town)) add(s, m.index! + m[0].length, "FACILITY", 0.75, 84, "facility-town-base");
        continue;
      }
      if (getGazetteer().places.has(town) || isUnknownWord(town)) add(...group(m), "FACILITY", 0.75, 84, "facility-town-base");
    }
  }
  {
    for (const m of nearKeys(text, / (?:community|district|health|medical|nursing|rest|day|base) (?:hospital|nursing|health|cent|home)/g, LOWER_KIND)) {
      const first = m[1].split(/[ \t]+/u)[0];
      if (getGazetteer().places.has(first) || isUnknownWord(first)) add(...group(m), "FACILITY", 0.75, 84, "facility-town-kind-lower");
    }
  }
  {
    for (const m of nearKeys(text, / ward/g, NAMED_WARD)) {
      const words = m[1].split(/[ \t]+/u).slice(0, -1);
      // A ward named after a person or a place ("Lynn ward"), never its kind ("Medical ward", "the Children's ward").
      if (words.every((w) => nameLike(w) && (!englishWords().has(lowerSameLength(w)) || getNames().firstNames.has(lowerSameLength(w)))))
        add(...group(m), "FACILITY", 0.75, 84, "facility-named-ward");
    }
  }
  if (/avillon|âtiment|ile /u.test(text)) for (const m of text.matchAll(FR_PAVILION)) add(...group(m), "FACILITY", 0.75, 84, "facility-fr-pavilion");
  if (/ôpital/u.test(text)) for (const m of text.matchAll(FR_HOSPITAL_KIND)) add(...group(m), "FACILITY", 0.8, 86, "facility-fr-hospital-kind");
  if (text.includes("(")) {
    for (const m of nearKeys(text, /\([ \t]*[A-ZÀ-Ý]/g, SPECIALTY_BRACKET))
      if (isUnknownWord(m[1])) add(...group(m), "FACILITY", 0.75, 84, "facility-unit-after-specialty");
    for (const m of original.matchAll(ROLE_UNIT)) add(...group(m), "FACILITY", 0.75, 84, "facility-unit-after-role");
  }
  const head = HEADING_UNIT.exec(original);
  if (head) {
    const s = head.index + head[0].indexOf(head[1]);
    add(s, s + head[1].length, "FACILITY", 0.75, 84, "facility-unit-heading");
  }
  return out;
}
