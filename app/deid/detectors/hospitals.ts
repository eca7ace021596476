/**
 * FACILITY: the short names people use for the large public hospitals of the countries served, written
 * without a facility word ("the Alfred", "Middlemore", "Bara", "the Mater", "CUH", "la Pitié", "le CHUM",
 * "Saint-Luc"). The list holds teaching, referral and children's hospitals by the names staff, patients
 * and families use for them (from each health service's public list of its hospitals). A name that is
 * also an ordinary word or a first name ("Royal", "Alfred", "Pilgrim", "Austin") needs a place cue before
 * it ("at the Alfred", "to Pilgrim"); an abbreviation must be written in capitals.
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { knownWords } from "../truecase";
import type { Candidate } from "../types";
import { escapeRegex, headScanner, writesLowerCase } from "../util";

const HOSPITALS = {
  NZ: "Middlemore|Starship|Kenepuru|Waitākere|Waitakere|Greenlane|Burwood|Hillmorton|Wakari|Sunnyside|Mason Clinic|Wellington Regional|Hutt Valley|Dunstan|Kew|Grey Base",
  AU: "Alfred|RPA|RPAH|Royal Prince Alfred|Westmead|Nepean|Blacktown|Concord|RNSH|Royal North Shore|Royal Melbourne|RMH|Austin|Box Hill|Monash|RBWH|Royal Brisbane|Princess Alexandra|Lady Cilento|Mater|RAH|Royal Adelaide|QEH|Lyell McEwin|Flinders Medical|SCGH|Charlie's|Charlies|Fiona Stanley|Royal Perth|RPH|Royal Hobart|RHH|Royal Darwin|Westmead Children's|Sydney Children's|Randwick Children's|Perth Children's|Monash Children's",
  CA: "Sunnybrook|SickKids|Sick Kids|TGH|Toronto General|Toronto Western|Mount Sinai|St. Mike's|St Mike's|St. Mikes|CHEO|Foothills|Royal Alex|Royal Alexandra|UAH|VGH|Lions Gate|IWK|QEII|the VG|CAMH|KGH|Kingston General|Juravinski|Hamilton General|Health Sciences Centre|Royal Columbian|Royal Jubilee|Rockyview|Peter Lougheed",
  QC: "CHUM|CUSM|MUHC|Royal Vic|Royal Victoria|Enfant-Jésus|Sainte-Justine|Ste-Justine|Maisonneuve-Rosemont|HMR|Sacré-Cœur|Sacré-Coeur|Jewish General|JGH|Charles-Le Moyne|CHUL|CHUQ|CHUS|Fleurimont|Pierre-Boucher|Louis-H. Lafontaine|hôpital de Hull|Hôpital de Hull|Montreal General|Montréal General",
  UK: "Barts|Royal London|Homerton|Whittington|UCLH|GOSH|Great Ormond Street|Guy's|Tommy's|KCH|Royal Free|Addenbrooke's|Addenbrookes|John Radcliffe|QEHB|QEUH|Queen Elizabeth|Salford Royal|Wythenshawe|Stepping Hill|Pilgrim|Bronglais|Ysbyty Gwynedd|Glan Clwyd|Morriston|Heath|UHW|Ninewells|ERI|GRI|ARI|Raigmore|Crosshouse|Hairmyres|Monklands|Southern General|RVI|Jimmy's|LGI|Northern General|Hallamshire|Alder Hey|Aintree|Arrowe Park|Frimley Park|Stoke Mandeville|Musgrove|Derriford|Treliske|Southmead|BRI|QMC|Royal Victoria|RVH|Altnagelvin|Craigavon",
  IE: "CUH|UHL|UHG|Beaumont|Tallaght|St James's|St. James's|SVUH|Crumlin|Temple Street|Coombe|Rotunda|Holles Street|Connolly|Blanchardstown|Letterkenny|Merlin Park|Portiuncula|UHW|UHK|Bon Secours|Bons|Mercy|South Infirmary|Croom|Cappagh",
  ZA: "Bara|Baragwanath|Chris Hani Baragwanath|Groote Schuur|GSH|Tygerberg|Red Cross|Charlotte Maxeke|CMJAH|Helen Joseph|Steve Biko|Kalafong|Addington|King Edward VIII|King Eddie|IALCH|Inkosi Albert Luthuli|Frere|Cecilia Makiwane|Livingstone|Dora Nginza|Nelson Mandela Academic|Edendale|Grey's|Pelonomi|Universitas|Mankweng|Rob Ferreira|Mowbray Maternity|Karl Bremer|Tembisa|Leratong|Rahima Moosa",
  US: "MGH|Mass General|Brigham|BWH|Beth Israel|BIDMC|Boston Children's|Dana-Farber|Hopkins|Johns Hopkins|Bellevue|NYU Langone|NYP|Cedars|Cedars-Sinai|UCLA Medical|UCSF|Mayo|Cleveland Clinic|Ben Taub|MD Anderson|Parkland|Grady|Stroger|Northwestern Memorial|Harborview|Jackson Memorial|HCMC|Hennepin|Walter Reed|Sloan Kettering|MSK|CHOP|the VA|VAMC|Kaiser",
  FR: "Pitié|la Pitié|Pitié-Salpêtrière|Salpêtrière|Necker|Bichat|Tenon|Lariboisière|Cochin|Bicêtre|Kremlin-Bicêtre|Pompidou|HEGP|Avicenne|Henri-Mondor|Mondor|Beaujon|Robert-Debré|Édouard-Herriot|Edouard-Herriot|Croix-Rousse|Lyon Sud|Timone|la Timone|Pellegrin|Purpan|Rangueil|Hautepierre|Pontchaillou|Cavale Blanche|Pasteur",
  BE: "Saint-Luc|Erasme|Bordet|Brugmann|Mont-Godinne|Citadelle|la Citadelle|Sart-Tilman|Marie Curie|Jolimont|Ambroise Paré|Chirec|Sainte-Élisabeth|Gasthuisberg|UZ Leuven|UZ Gent|Stuivenberg|Middelheim|Saint-Pierre",
};
const NAMES = [...new Set(Object.values(HOSPITALS).flatMap((s) => s.split("|")))].sort((a, b) => b.length - a.length);
const NAME_RE = new RegExp(String.raw`(?<![\p{L}\p{M}-])(?<![\p{L}\p{M}]{2}['’])(?:${NAMES.map(escapeRegex).join("|")})(?![\p{L}\p{M}-]|['’]s?\p{L})`, "giu");
const scanNames = headScanner(NAME_RE, NAMES.map(escapeRegex).join("|"));
/** A place cue before a short name: "at the", "to", "from", "au", "vers le", a dash or a bracket. */
const CUE_BEFORE = /(?:(?<![\p{L}])(?:the|at|to|from|in|into|via|over|au|aux|à|vers|de|du|des|le|la|l['’]|depuis)|[–—(:,-])[ \t]*$|^[ \t]*$/iu;
const ABBREVIATION = /^[A-Z]{2,5}$/;

let lowerNames: Map<string, string> | null = null;
/** Name as listed, keyed by its lower case (for matching notes typed in one case). */
function listed(): Map<string, string> {
  if (!lowerNames) lowerNames = new Map(NAMES.map((n) => [n.toLowerCase(), n]));
  return lowerNames;
}

/** A name that reads as a word, a first name or a clinical term on its own needs a cue. */
function needsCue(name: string): boolean {
  const words = name.split(/[ \t-]+/).map((w) => w.toLowerCase().replace(/['’]s?$/u, ""));
  const { firstNames, surnames } = getNames();
  return words.every((w) => knownWords().has(w) || firstNames.has(w) || surnames.has(w) || isClinicalWord(w));
}

export function detectHospitalNames(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const m of scanNames(text)) {
    const name = listed().get(m[0].toLowerCase());
    if (!name) continue;
    const s = m.index!;
    const uncased = uncasedAt(s);
    const after = text.slice(s + m[0].length, s + m[0].length + 12);
    const cue = CUE_BEFORE.test(text.slice(Math.max(0, s - 12), s)) || /^[ \t]+(?:ED|A&E|ER|EW|emergency|urgences)(?![\p{L}])/u.test(after);
    const ambiguous = needsCue(name);
    if (ABBREVIATION.test(name)) {
      // An abbreviation is written in capitals ("from gsh" in a lower-case note is as often shorthand).
      if (m[0] !== name) continue;
    } else if (!uncased && !/^\p{Lu}/u.test(m[0].replace(/^(?:the|la|le|l['’])[ \t]?/iu, ""))) {
      // A lower-case name in a cased line counts only after a cue and when it is no word ("to bara").
      if (!cue || (ambiguous && !(writesLowerCase(text, s) && !knownWords().has(name.toLowerCase())))) continue;
    }
    if (ambiguous && !cue) continue;
    out.push({ start: s, end: s + m[0].length, type: "FACILITY", confidence: ambiguous ? 0.7 : 0.8, priority: 67, source: "facility-known" });
  }
  return out;
}
