/**
 * Services and hospitals named by the slot a transfer puts them in (held-out batch 16, read after its blind figure):
 *  - the service that brought someone in: "brought in by NSW Ambulance", "came in by ER24", "by qas after fall"
 *    (not "by ambulance", "by her daughter", "by car");
 *  - a hospital's acronym someone is sent to in French: "transfert à l'IUCPQ", "transférée à l'HGMS" (not "à l'ECG");
 *  - the ambulance service named in brackets after the ambulance: "PAR AMBULANCE (DESSERCOM, VÉHICULE 09-117)";
 *  - a "Royal" hospital by its short name: "the Royal Glam", "at the Royal U" (not "the Royal College", "Royal Mail").
 * Each pattern is tried only where its head word stands (headScanner).
 */
import { isClinicalWord } from "../clinical";
import { englishWords } from "../dictionaries";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { headScanner, lowerSameLength } from "../util";
import { slotCollector } from "./slot-collector";

const BROUGHT_BY =
  /(?<![\p{L}])(?:brought|came|transported|conveyed|arrived|retrieved|flown|taken|collected|picked[ \t]+up)(?:[ \t]+in)?[ \t]+by[ \t]+(?:the[ \t]+)?((?:\p{Lu}[\p{L}\p{M}]*[ \t]+){0,2}(?:Ambulance|Paramedics|Retrieval|Rescue|Air[ \t]+Ambulance|Medflight|Careflight)|\p{Lu}[\p{Lu}\d]{1,5}|[\p{Ll}\d]{2,5})(?![\p{L}\d])/gu;
const scanBrought = headScanner(
  BROUGHT_BY,
  String.raw`(?:brought|came|transported|conveyed|arrived|retrieved|flown|taken|collected|picked[ \t]+up)(?:[ \t]+in)?[ \t]+by[ \t]`,
);
const FR_SENT_TO =
  /(?<![\p{L}])(?:transf[eé]r\p{L}*|transfert|adress[eé]\p{L}*|envoy[eé]\p{L}*|[eé]vacu[eé]\p{L}*|hospitalis[eé]\p{L}*|admise?|conduite?)[ \t]+(?:à|a)[ \t]+l['’][ \t]*(\p{Lu}{3,7})(?![\p{L}])/gu;
const scanSentTo = headScanner(FR_SENT_TO, String.raw`(?:transf|adress|envoy|vacu|hospitalis|admis|conduit)[a-zà-ÿ]*[ \t]+(?:à|a)[ \t]+l['’]`);
const ROYAL =
  /(?<![\p{L}])(?:the|at|to|from|The)[ \t]+(Royal[ \t]+(?!(?:College|Colleges|Society|Navy|Marines|Mail|Family|Commission|Assent|Air|Australasian|Flying|Academy|Institute|Institution|Charter|Decree|Highness|Household|Warrant|Collection|Opera|Ballet|Bank|Court|Courts|Mint|Show|Wedding|Visit|Tour|Borough)(?![\p{L}]))\p{Lu}[\p{L}\p{M}]*)(?![\p{L}]|[ \t]+\p{Lu})/gu;
const scanRoyal = headScanner(ROYAL, String.raw`(?:the|at|to|from)[ \t]+Royal[ \t]`);

/** The service named in brackets after the ambulance: "ARRIVÉE PAR AMBULANCE (DESSERCOM, VÉHICULE 09-117)". */
const AMBULANCE_NAMED =
  /(?<![\p{L}])(?:ambulance|AMBULANCE|Ambulance|paramedics|PARAMEDICS|ambulanciers|AMBULANCIERS)[ \t]*\([ \t]*(\p{Lu}[\p{L}\p{M}&'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}&'’-]+){0,3})(?=[ \t]*[,);])/gu;

/** A word that names no one: an ordinary word, a unit, a clinical term ("by ambulance", "by car", "by IV"). */
function ordinary(w: string): boolean {
  const l = lowerSameLength(w);
  return englishWords().has(l) || isClinicalShorthand(l) || isClinicalWord(w) || /^\d+$/u.test(w);
}

export function detectTransferSlots(text: string, uncasedAt: (pos: number) => boolean, original = text): Candidate[] {
  const { out, add, group } = slotCollector();
  // Read as written: the truecaser gives an unknown word in a lower-case note a capital ("qas" -> "Qas").
  if (/ by /iu.test(original)) {
    for (const m of scanBrought(original)) {
      const name = m[1];
      const [s, e] = group(m);
      if (/^[\p{Ll}\d]+$/u.test(name)) {
        // A lower-case acronym only in a line typed in lower case, and only when it is no word ("qas", not "car").
        if (!uncasedAt(s) || ordinary(name) || !/\p{L}/u.test(name)) continue;
      } else if (!/\s/u.test(name) && !/(?:Ambulance|Paramedics|Retrieval|Rescue|Medflight|Careflight)$/u.test(name) && ordinary(name)) continue;
      add(s, e, "ORGANISATION", 0.75, 82, "org-brought-in-by");
    }
  }
  if (/l['’]/u.test(text)) {
    for (const m of scanSentTo(text)) {
      if (isClinicalShorthand(lowerSameLength(m[1])) || isClinicalWord(m[1])) continue;
      add(...group(m), "FACILITY", 0.75, 82, "facility-fr-sent-to");
    }
  }
  if (/ambulan|paramedics/iu.test(original)) {
    for (const m of original.matchAll(AMBULANCE_NAMED)) {
      if (m[1].split(/[ \t]+/u).every(ordinary)) continue;
      add(...group(m), "ORGANISATION", 0.75, 82, "org-ambulance-named");
    }
  }
  if (text.includes("Royal")) for (const m of scanRoyal(text)) add(...group(m), "FACILITY", 0.75, 82, "facility-royal-short");
  return out;
}
