/**
 * FACILITY by the way hospitals are named in notes when the facility word is left out:
 *  - an abbreviation after a verb of moving or being seen ("transferred to GH", "followed at gh",
 *    "W/U BY GBMC", "transféré au CHUM"), unless it is a clinical unit or a generic kind of facility
 *    ("to ICU", "from OSH", "au CHU");
 *  - names of religious and charitable foundations that hospitals carry across countries ("Holy Cross",
 *    "Sacred Heart", "Mater Misericordiae", "Our Lady of Lourdes", "Hôtel-Dieu"), and "St Mary" after a
 *    verb of moving;
 *  - a ward or building named after a person, with its number, after a transfer ("transfer to
 *    Quartermain 2", "back to Ellison 12");
 *  - a numbered ward in lower case ("on ward 7", "salle 12"), and a bed number next to a ward or room
 *    ("ward 4B bed 12", "room 412, bed 2"): with a date they point to one patient.
 */
import { hasClinicalShape, isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";
import { CAP_WORD, openingScanner } from "../util";

const MOVE_VERBS = String.raw`transferred|transfered|transfer|trans|xfer|xferred|xfered|tx'?d|tx|sent|admitted|adm|readmitted|arrived|arrives|came|come|comes|brought|taken|referred|followed|seen|screened|evaluated|w\/u|presented|medflighted|medflight|flown|returned|return|transported|discharged|d\/c'?d|dc'?d|went|going|go|back|treated|hospitali[sz]ed|cared for|arrival|admission|transfer|return|transféré|transférée|admis|admise|hospitalisé|hospitalisée|adressé|adressée|évacué|évacuée|suivi|suivie|vu|vue|retour`;
const PREPS = String.raw`to|at|from|into|in|by|@|au|à|vers|du|de`;
const ABBREV_AFTER_MOVE = new RegExp(
  String.raw`(?<![\p{L}])(?:${MOVE_VERBS})[ \t]+(?:(?:back|over|up|down|directly|urgently|on|straight|then)[ \t]+)?(?:${PREPS})[ \t]+(?:the[ \t]+|l['’][ \t]?)?([A-Za-z]{2,5})(?![\p{L}\d'’/&-])`,
  "giu",
);
/** "ED at GH", "the CHF team at GH": a unit or team at a named hospital. */
const UNIT_AT =
  /(?<![\p{L}])(?:ED|ER|EW|A&E|ICU|CCU|MICU|cath lab|ward|clinic|team|service|floor|urgences|réa)[ \t]+(?:at|of|à|au|du|de)[ \t]+(?:the[ \t]+)?([A-Za-z]{2,5})(?![\p{L}\d'’/&-])/giu;
/** "GH EW", "Middlemore ED", "kernan ew": a hospital's name or abbreviation before its emergency department. */
const BEFORE_ED = /(?<![\p{L}\d'’/&.-])(\p{L}[\p{L}\p{M}'’-]{1,20})[ \t]+(?:ED|EW|ER|A&E|emergency department|emergency room|urgences)(?![\p{L}])/giu;
/** Units, services and kinds of facility that an abbreviation names without identifying a place. */
const NOT_A_FACILITY = new Set(
  (
    "or ed er ew icu ccu micu sicu csru ctsicu tsicu nsicu cvicu pacu nicu picu hdu amu mau sau cdu ir ep ct mri cat pet us " +
    "osh nh snf ecf ltc ltac hd rt pt ot gi ent xr echo cath rehab home md mds rn rns np ho team nsg vna ems emt lab labs " +
    "bed dr drs pcp floor floors va vah er's tcu step sdu cmu ccu's unit ob gyn l&d ld lnd ldr nsy ped peds ms chu chr ch " +
    "chru ehpad clsc chsld gmf umf ssr usld had samu smur dhb pho gp gps hcp nhs opd opu dsu ape ac icu's ctu rehab's"
  ).split(" "),
);

const RELIGIOUS = new RegExp(
  String.raw`(?<![\p{L}])(?:holy[ \t]+(?:cross|name|family|spirit|redeemer|trinity|rosary)|sacred[ \t]+heart|good[ \t]+(?:samaritan|shepherd)|our[ \t]+lady(?:['’]s)?(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:${CAP_WORD})(?:[ \t]+${CAP_WORD})?)?|mater(?:[ \t]+misericordiae)?|misericordia|h[ôo]tel[- ]dieu(?:[ \t]+de[ \t]+${CAP_WORD})?)(?![\p{L}])`,
  "giu",
);
const SAINT_AFTER_MOVE = new RegExp(
  String.raw`(?<![\p{L}])(?:${MOVE_VERBS})[ \t]+(?:${PREPS})[ \t]+(?:the[ \t]+)?((?:st|saint|ste|sainte)\.?[ \t]+\p{L}[\p{L}\p{M}'’-]+)`,
  "giu",
);
const WARD_AFTER_MOVE = new RegExp(
  String.raw`(?<![\p{L}])(?:transferred|transfered|transfer|trans|xfer|tx|moved|move|back|returned|return|going|go|sent|sending|per|plan:?)[ \t]+(?:(?:to|from|on)[ \t]+)?(?:the[ \t]+)?(\p{L}[\p{L}\p{M}'’-]+[ \t]?\d{1,2}[A-Za-z]?)(?![\p{L}\d])`,
  "giu",
);

const NUMBERED_WARD = /(?<![\p{L}])(?:ward|salle|unité|unit)[ \t]+(?:no\.?[ \t]*)?\d{1,3}[A-Za-z]?(?![\p{L}\d])/giu;
const BED =
  /(?<![\p{L}])(?:bed|lit|cot|berceau|bay)[ \t]*(?:no\.?|#|n°)?[ \t]*(\d{1,3}[A-Za-z]?)(?![\p{L}\d]|[ \t]*(?:%|mg|ml|hours?|hrs?|days?|mins?|x|times|patients?|beds?)(?![\p{L}]))/giu;
const ROOM_NEAR = /(?<![\p{L}])(?:ward|salle|unit|unité|room|rm|chambre|bay|pod)[ \t]+(?:no\.?[ \t]*)?(?:\d{1,4}[A-Za-z]?(?![\d])|[A-Z](?![\p{L}\d]))/iu;

/** Lower-case word that is no ordinary word or clinical term (so may name a ward, building or hospital). */
function nameLike(word: string): boolean {
  const l = word.toLowerCase();
  if (isClinicalShorthand(l) || isClinicalWord(word) || hasClinicalShape(word)) return false;
  const { firstNames, surnames, commonWords } = getNames();
  return !knownWords().has(l) || ((firstNames.has(l) || surnames.has(l)) && !commonWords.has(l));
}

// Tried only where their opening words stand (openingScanner in util.ts): the same matches, found faster.
const scanWardAfterMove = openingScanner(WARD_AFTER_MOVE);
const scanUnitAt = openingScanner(UNIT_AT);

export function detectInstitutions(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, confidence: number, priority: number, source: string) =>
    out.push({ start, end, type: "FACILITY", confidence, priority, source });

  for (const re of [ABBREV_AFTER_MOVE, UNIT_AT]) {
    for (const m of re === UNIT_AT ? scanUnitAt(text) : text.matchAll(re)) {
      const abbr = m[1];
      const s = m.index! + m[0].length - abbr.length;
      const l = abbr.toLowerCase();
      if (NOT_A_FACILITY.has(l) || isClinicalShorthand(l) || isClinicalWord(abbr)) continue;
      // Where capitals mean something, an abbreviation is written in capitals; in a note typed in one case
      // it must at least be no word ("to gh", not "to see").
      if (uncasedAt(s) ? knownWords().has(l) : abbr !== abbr.toUpperCase()) continue;
      add(s, s + abbr.length, 0.7, 66, "facility-abbrev");
    }
  }
  for (const m of text.matchAll(BEFORE_ED)) {
    const name = m[1];
    const l = name.toLowerCase();
    // "ED" itself must be the department, in capitals where capitals mean something ("Ed" is a name).
    const dept = m[0].slice(name.length).trim();
    if (!uncasedAt(m.index!) && /^(?:ed|ew|er)$/i.test(dept) && dept !== dept.toUpperCase()) continue;
    if (NOT_A_FACILITY.has(l) || isClinicalShorthand(l) || isClinicalWord(name)) continue;
    // Where capitals mean something, a hospital's name has one ("resus ED" is a place in the department).
    if (!uncasedAt(m.index!) && !/^\p{Lu}/u.test(name)) continue;
    const abbreviation = /^[A-Z]{2,5}$/.test(name) && !knownWords().has(l);
    if (!abbreviation && !nameLike(name)) continue;
    add(m.index!, m.index! + name.length, 0.7, 66, "facility-abbrev");
  }
  for (const m of text.matchAll(RELIGIOUS)) {
    const placeSlot = /(?:to|at|from|in|\()[ \t]*$/iu.test(text.slice(Math.max(0, m.index! - 8), m.index!));
    if (!uncasedAt(m.index!) && !/^\p{Lu}/u.test(m[0]) && !placeSlot) continue;
    add(m.index!, m.index! + m[0].length, 0.75, 67, "facility-foundation");
  }
  const { firstNames } = getNames();
  for (const m of text.matchAll(SAINT_AFTER_MOVE)) {
    const name = m[1]
      .split(/[ \t]+/)
      .pop()!
      .replace(/['’]s$/u, "");
    if (!firstNames.has(name.toLowerCase())) continue;
    const s = m.index! + m[0].length - m[1].length;
    add(s, s + m[1].length, 0.75, 67, "facility-saint");
  }
  for (const m of text.matchAll(NUMBERED_WARD)) add(m.index!, m.index! + m[0].length, 0.7, 65, "facility-ward-number");
  for (const m of text.matchAll(BED)) {
    const e = m.index! + m[0].length;
    const near = `${text.slice(Math.max(0, m.index! - 40), m.index!)} | ${text.slice(e, e + 40)}`;
    if (!ROOM_NEAR.test(near)) continue;
    const s = m.index! + m[0].length - m[1].length;
    out.push({ start: s, end: s + m[1].length, type: "ID", confidence: 0.6, priority: 64, source: "bed-number" });
  }
  for (const m of scanWardAfterMove(text)) {
    const word = /^\p{L}[\p{L}\p{M}'’-]+/u.exec(m[1])![0];
    if (!nameLike(word)) continue;
    const s = m.index! + m[0].length - m[1].length;
    add(s, s + m[1].length, 0.75, 67, "facility-ward-name");
  }
  return out;
}
