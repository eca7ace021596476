/**
 * Truecasing for text whose capitals carry no information: notes typed ALL IN CAPITALS or all in lower
 * case ("seen by dr marsh", "DR HUGHES AWARE"). The name, place and facility detectors read capitals as a
 * cue, so such a line is rewritten, same length (offsets stay valid), the way a careful writer would have
 * cased it: a word that is not a known word of the language (English word list, clinical vocabulary),
 * or a known name that is not a frequent word, or a word right after a title or a relation word, gets a
 * capital; everything else is lower case; short unknown all-capital tokens stay capitals (acronyms).
 * Lines that already use capitals as capitals are left alone.
 */
import { englishWords, getNames, taggedAsName } from "./dictionaries";
import { unionOf } from "./lang/index";

let known: Set<string> | null = null;

/** English words (an-array-of-english-words, ~275,000 lower-case words) plus the frequency lists. */
export function knownWords(): Set<string> {
  if (known) return known;
  known = new Set(englishWords());
  for (const w of getNames().commonWords) known.add(w);
  for (const w of CLINICAL_SHORTHAND) known.add(w);
  return known;
}

/** Clinical shorthand that no dictionary knows; a capital on these would read as a name. */
const CLINICAL_SHORTHAND = (
  "pt pts pt's hx h/o s/p pmh hpi cabg afib aflutter neuro resp gi gu id cv abg abgs sats sat vanco levo neo " +
  "lasix levophed coumadin heparin gtt gtts prbc ffp ivf ett ngt ogt peg trach extubated intubated cxr ct mri " +
  "bs bp hr rr sbp dbp map cvp pap pcwp svr co ci uo uop foley picc aline swan cordis iabp peep psv cpap bipap " +
  "fio2 vent vented sx sxn suctioned suctioning dc dc'd d/c'd noc am pm tx rx dx fx sob cp nc nrb fs bg bun cr " +
  "wbc hct hgb plt inr ptt k mg ca phos lytes ekg ecg echo tte tee cath ercp egd kub ua ucx bcx ck cks trop " +
  "tylenol ativan haldol morphine fentanyl propofol versed precedex lopressor metoprolol captopril nitro ntg " +
  "ntp nipride dobutamine dopamine neosynephrine vasopressin amio amiodarone zosyn ceftaz cefazolin kefzol " +
  "flagyl levoflox cipro bactrim diflucan solumedrol prednisone insulin ssri nph ss rsi ns lr d5w kcl " +
  "ambu ambulated oob obt ck'd repleted diuresed diuresing fluid bolus tpn ppn cc ccs ml mls mcg kg mmhg " +
  "afeb afebrile tmax nsr st sr sb svt vt vf pvc pvcs pac pacs lbbb rbbb avr mvr cad chf copd htn dm niddm iddm " +
  "esrd crf arf ards uti dvt pe cva tia gib ugib lgib ms mso4 q1h q2h q4h q6h prn qd bid tid qid po iv im sq sc " +
  "micu ccu sicu csru ew ed er or pacu icu nicu picu ot pt ptot rehab vna snf ecf neo mae perrl perrla perl pearl " +
  "pearla aline a-line mag spike quinton approx appox ams brady tachy sinus occ freq amt amts cont'd cont conts " +
  "slsc riss kvo ivpb ngt mivf meds med lytes abx mn osh bs ett hs imv rij ij ft hcp og oett tlc svg ra rt pnd hob " +
  "perla peri pts ted teds lima tol dsg supp occ eval contin " +
  "midnoc noc nocs x's lipline tsicu nsicu rvad lvad pda plb olh tng iv's prn's nad wnl " +
  // Ventilator modes, the blood bank, rapid AF, dyspnoea on exertion, "ad lib", care-unit kinds.
  "simv fmv prvc aprv ac ps bb raf angio doe lib pcu eps vicu pmicu cmicu paco pao " +
  // French roles that follow a profession: "infirmier référent", "médecin coordonnateur", "infirmière intérimaire".
  "référent référente coordonnateur coordonnatrice coordinateur coordinatrice régulateur régulatrice intérimaire intérimaires"
).split(" ");

const SHORTHAND = new Set(CLINICAL_SHORTHAND);
/** Clinical shorthand that reads like a first name ("Neo", "Aline", "Mae"). */
export function isClinicalShorthand(lowerWord: string): boolean {
  return SHORTHAND.has(lowerWord);
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’]*/gu;
/** Titles read in uncased notes ("pr", "sr", "m" are shorthand there: per rectum, sinus rhythm). */
const TITLE_WORDS = new Set(["dr", "drs", "dre", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "mme", "mlle", "matron"]);
/** Surname particles: after a title they open the surname ("DR VAN WYK" → "Dr van Wyk"). */
const PARTICLES = new Set(["van", "von", "de", "du", "der", "den", "le", "la", "da", "di", "dos", "mac", "mc", "o", "ní", "nic", "ó"]);
/** After these any word that is not a function word is a name ("dr marsh"); after the others, only a non-word. */
const DOCTOR = new Set(["dr", "drs", "doctor"]);
const RELATION_WORDS = new Set([
  ...unionOf("nameIntroducers").filter((w) => !w.includes(" ") && w.length > 2),
  "dtr",
  "dau",
  "sons",
  "daughters",
  "sisters",
  "brothers",
  "per",
  "niece",
  "nephew",
  "friend",
  "proxy",
  "hcp",
]);
const STOP = new Set(
  (
    "a an the and or but of in on at to from for with by is was are were be been has have had he she it they " +
    "his her their him them this that these those who which what when where while as if so not no yes also " +
    "will would can could may might should did does do into onto over under up down out off than then there " +
    "here all any some each very well just now today tonight tomorrow yesterday already still again regarding about"
  ).split(" "),
);

type Style = "upper" | "lower" | "cased";

function lineStyle(line: string): Style {
  let upper = 0;
  let lower = 0;
  let capital = 0;
  for (const m of line.matchAll(WORD)) {
    const w = m[0];
    if (w.length < 2) continue;
    if (w === w.toUpperCase()) upper++;
    else if (w === w.toLowerCase()) lower++;
    else capital++;
  }
  const n = upper + lower + capital;
  if (n < 3) return "cased";
  if (upper / n >= 0.6) return "upper";
  if (capital === 0 && lower / n >= 0.7) return "lower";
  return "cased";
}

const capitalised = (w: string) => w[0].toUpperCase() + w.slice(1).toLowerCase();
const TITLE_THEN_LOWER = /(?<![\p{L}])(?:Dr|Drs|Dre|Mr|Mrs|Ms|Miss|Prof|Mme|Mlle|Pr|dr|dre|mr|mrs|ms)\.?[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]+)/gu;

/** "dr", "mrs", and "mr." / "ms." with their dot, typed in lower case before a word. */
const LOWER_DOCTOR = /(?<![\p{L}])(?:drs?|dres?|mrs)(?=\.?[ \t]+\p{L})|(?<![\p{L}])m[rs](?=\.[ \t]+\p{L})/gu;
/**
 * A lower-case word that no list knows, after a relation or a role written before names ("daughter huia",
 * "CN mereana", "sr ayanda", "nephew declan"): a name typed without its capital.
 */
const CUE_THEN_LOWER = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...RELATION_WORDS].filter((w) => w !== "per" && w !== "son").join("|")}|sr|sister|nurse|CN|RN|NP|SpR|RM|chum|copain|copine|conjoint|conjointe|(?<=^|\n)[ \t]*(?:hi|hello|hey|dear))[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]{2,})(?:[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]{2,}))?`,
  "dgu",
);

/**
 * "Dr. griffin" in an otherwise cased line: the word after a title is a name. A lower-case "dr" or "mrs"
 * is capitalised too ("seen by dr marsh", "mrs. Park ate"), so the name detectors see their cue; "mr"/"ms"
 * only with their dot ("mr. Masci"), since without it they are as often "MR scan" or "MS".
 */
function titleContext(line: string, base: number, replace: (at: number, word: string) => void): void {
  const edits = new Map<number, string>();
  for (const m of line.matchAll(LOWER_DOCTOR)) edits.set(m.index!, m[0]);
  for (const m of line.matchAll(TITLE_THEN_LOWER)) {
    const w = m[1];
    if (STOP.has(w) || w.length < 2) continue;
    edits.set(m.index! + m[0].length - w.length, w);
  }
  const dict = knownWords();
  const { firstNames, commonWords } = getNames();
  // "post-hip", "non-verbal": a hyphenated word whose parts are words is a word.
  const known = (w: string) => dict.has(w) || (w.includes("-") && w.split("-").every((p) => !p || dict.has(p)));
  // A word of no list that ends like a verb is as often a verb ("their mother trached").
  const unknown = (w: string) => !STOP.has(w) && ((!known(w.replace(/['’]s$/u, "")) && !/(?:ed|ing)$/u.test(w)) || (firstNames.has(w) && !commonWords.has(w)));
  for (const m of line.matchAll(CUE_THEN_LOWER)) {
    if (!unknown(m[1])) continue;
    edits.set(m.indices![1][0], m[1]);
    if (m[2] && unknown(m[2])) edits.set(m.indices![2][0], m[2]);
  }
  for (const at of [...edits.keys()].sort((a, b) => a - b)) replace(base + at, edits.get(at)!);
}

/** Same-length copy of `text` with ALL-CAPS and all-lower-case lines truecased (see the module comment). */
export function truecase(text: string): string {
  return truecaseLines(text).cased;
}

export interface Truecased {
  cased: string;
  /** Whether the line holding `pos` was written without meaningful capitals (so was truecased). */
  uncasedAt: (pos: number) => boolean;
}

export function truecaseLines(text: string): Truecased {
  const ranges: [number, number][] = [];
  // Ranges are in text order: a binary search keeps this cheap on a 1 MB text with many lines.
  const uncasedAt = (pos: number) => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid][1] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo < ranges.length && ranges[lo][0] <= pos;
  };
  return { cased: rewrite(text, ranges), uncasedAt };
}

function sisterBefore(rest: string): boolean {
  const next = /^\.?[ \t]+(\p{L}+)/u.exec(rest);
  if (!next) return false;
  const { firstNames, commonWords } = getNames();
  const l = next[1].toLowerCase();
  return firstNames.has(l) && !commonWords.has(l);
}

function rewrite(text: string, ranges: [number, number][]): string {
  if (!/\p{L}/u.test(text)) return text;
  const { firstNames, surnames, wordRank, ambiguousFirst } = getNames();
  const dict = knownWords();
  let out = "";
  let pos = 0;
  for (const lineMatch of text.matchAll(/[^\n]+/g)) {
    const line = lineMatch[0];
    const style = lineStyle(line);
    if (style === "cased") {
      titleContext(line, lineMatch.index!, (at, word) => {
        out += text.slice(pos, at) + capitalised(word);
        pos = at + word.length;
      });
      continue;
    }
    const base = lineMatch.index!;
    ranges.push([base, base + line.length]);
    let rewritten = "";
    let at = 0;
    let prev = "";
    let prev2 = "";
    let prevDot = false;
    for (const m of line.matchAll(WORD)) {
      const w = m[0];
      const lw = w.toLowerCase();
      if (lw.length !== w.length) {
        prev2 = prev;
        prev = lw;
        prevDot = false;
        continue;
      }
      const key = lw.replace(/['’]s$/, "");
      // The big word list also holds many names ("mary", "forman", "snell"): a name counts as an ordinary
      // word only when it is one of the ambiguous first names ("Grace", "Will") or a frequent word that
      // the lexicon does not tag as a name ("bill", "park", "rose").
      const isName = firstNames.has(key) || surnames.has(key);
      const rank = wordRank.get(key) ?? Infinity;
      const isKnown = SHORTHAND.has(key) || (dict.has(key) && (!isName || ambiguousFirst.has(key) || (rank < 5000 && !taggedAsName(key))));
      const nameLike = isName && !isKnown;
      const afterTitle = TITLE_WORDS.has(prev);
      // "mrs powers", "mr. masci": as sure a cue as "dr" ("mr"/"ms" without a dot may be "MR scan", "MS").
      const sureTitle = DOCTOR.has(prev) || prev === "mrs" || (style === "lower" && (prev === "mr" || prev === "ms") && prevDot);
      const afterRelation = RELATION_WORDS.has(prev) || (prev === "and" && RELATION_WORDS.has(prev2));
      const afterTitleParticle = PARTICLES.has(prev) && TITLE_WORDS.has(prev2);
      let next: string;
      if (w.length === 1 && line[m.index! + 1] === ".")
        next = w.toUpperCase(); // an initial: "s. roberto"
      else if (TITLE_WORDS.has(lw) && w.length <= 4) next = capitalised(w);
      // "sr" is sinus rhythm in a note, and Sister before a given name ("sr ayanda ngcobo").
      else if (lw === "sr" && sisterBefore(line.slice(m.index! + 2))) next = "Sr";
      else if (STOP.has(key)) next = lw;
      else if (afterTitle && PARTICLES.has(key)) next = lw;
      else if (afterTitle && key.length > 1 && (sureTitle || !isKnown)) next = capitalised(w);
      else if (afterTitleParticle && key.length > 1) next = capitalised(w);
      else if (afterRelation && (firstNames.has(key) || !isKnown)) next = capitalised(w);
      // An acronym no list knows, in capitals after "the" and before a pause, in a line otherwise typed in lower case, was
      // written so on purpose ("x-ray at the QEH: displaced"): it keeps its capitals, as bodies' short names are matched in
      // capitals ("go to IR for", "PCA dilaudid" are lowered as before).
      else if (
        style === "lower" &&
        prev === "the" &&
        !isKnown &&
        w.length >= 3 &&
        w.length <= 6 &&
        w === w.toUpperCase() &&
        w !== lw &&
        /^(?:[:;,.)]|[ \t]*$)/u.test(line.slice(m.index! + w.length))
      )
        next = w;
      else if (!isKnown && key.length >= 4) next = capitalised(w);
      else if (nameLike && key.length >= 3) next = capitalised(w);
      else if (!isKnown && style === "upper") next = w;
      else next = lw;
      rewritten += line.slice(at, m.index!) + next;
      at = m.index! + w.length;
      prev2 = prev;
      prev = lw;
      prevDot = line[at] === ".";
    }
    rewritten += line.slice(at);
    out += text.slice(pos, base) + rewritten;
    pos = base + line.length;
  }
  return pos === 0 ? text : out + text.slice(pos);
}
