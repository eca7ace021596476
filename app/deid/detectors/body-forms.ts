/**
 * Bodies, call signs and incident references known by the words around them (blind batch 19):
 *  - a body named by its kind-word after capitalised words: "Fraser Health Authority", "Island Health Care" (not
 *    "Primary Health Care", "Mental Health Services");
 *  - a French network, mutual or collective by its capitalised kind and name: "le Réseau Santé Wallon", "la
 *    Mutualité Chrétienne";
 *  - a care provider after the care it gives and "from" or "by": "home care from Blue Haven", "CARERS BY HOMECARE
 *    PLUS 2X DAILY" (not "care from her daughter", "help from the team");
 *  - a regional hospital trust's acronym after a hospital and a comma: "Hôpital Sud, AP-HL", "Clinique du Parc, GHPS";
 *  - an employer after "les bureaux de" or "les locaux de": "nettoyait les bureaux de la SNCM";
 *  - an organisation in brackets after a service that acts: "brought back by the night patrol (Wunan)", "found by
 *    outreach (Streetlink)";
 *  - a vehicle's or crew's call sign: "car ALPHA 12", "unit RESCUE 7" (not "unit ICU 4");
 *  - an incident system's reference after a word of logging: "LOGGED DATIX DW 20931", "reported on Riskman RM 55120".
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { isUnknownWord } from "./slots";
import { slotCollector } from "./slot-collector";

const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
const HEALTH_KIND = new RegExp(
  String.raw`(?<![\p{L}])((?:${CAP}[ \t]+){1,3}(?:Health[ \t]?[Cc]are|Health Services|Health Authority|Health System|Health Network|Health Partners))(?![\p{L}])`,
  "gu",
);
const GENERIC_HEALTH =
  /^(?:Primary|Mental|Home|Community|Public|Private|Oral|Allied|Aged|Acute|Social|Maternal|Child|Children's|Women's|Men's|Integrated|National|Global|Universal|Palliative|Personal|Residential|Specialist|Secondary|Tertiary|Emergency|Urgent|Dental|Occupational|Sexual|Reproductive|Rural|Remote|Indigenous|Aboriginal|Veterans|Veterans'|The|Our|Your|Their|This|That|In|For|Of|And|Quality|Patient|Family|Youth|Senior|Behavioral|Behavioural|Physical|Preventive|Digital|Student|Employee|Prison|Correctional|Forensic|Inpatient|Outpatient|Ambulatory|Hospital|General|Total|Better|Safe|Safer|Good|Global|Environmental)$/u;
const FR_NETWORK = new RegExp(
  String.raw`(?<![\p{L}])(?:Réseau|Reseau|Mutualité|Mutuelle|Collectif|Groupement)[ \t]+(?:(?:de la|du|des|de|d['’])[ \t]*)?${CAP}(?:[ \t]+${CAP}){0,3}`,
  "gu",
);
const CARE_FROM =
  /(?<![\p{L}])(?:home[ \t]+care|home[ \t]+help|carers?|nursing|district[ \t]+nurses?|community[ \t]+nurses?|support[ \t]+workers?|meals|domestic[ \t]+help|personal[ \t]+care|home[ \t]+support)[ \t]+(?:from|by|via|through)[ \t]+((?:[\p{L}][\p{L}'’&-]+[ \t]+){0,2}[\p{L}][\p{L}'’&-]+)(?=[ \t]*(?:\d|[,.;:(]|$)|[ \t]+(?:daily|weekly|twice|once|three|every|on|each|at|since|for|who|and)(?![\p{L}]))/gimu;
const NOT_A_PROVIDER =
  /^(?:the|a|an|her|his|their|my|our|your|family|daughter|son|wife|husband|partner|mother|father|mum|mom|dad|friends?|neighbours?|neighbors?|team|staff|ward|hospital|home|us|them|him|me|council|agency|gp|nurses?|carers?|volunteers?|church|relatives?|sister|brother|niece|nephew)$/iu;
const TRUST_ACRONYM =
  /(?<![\p{L}])(?:Hôpital|Hopital|Hospital|Clinique|CHU|Centre hospitalier|Groupe hospitalier|Infirmary)[^,\n]{1,40},[ \t]+(\p{Lu}{2,}(?:-\p{Lu}{1,})+|\p{Lu}{3,6})(?![\p{L}\d-]|[ \t]*[:#]|[ \t]+\p{Lu}*\d)/gu;
const RECORD_LABEL = /^(?:MRN|NHI|NHS|URN|UR|DOB|PHN|CHI|NIR|IPP|NAM|RAMQ|HRN|IHI|SSN|MRC|ID)$/u;
const EMPLOYER_PREMISES = new RegExp(
  String.raw`(?<![\p{L}])(?:les|des|ses|aux)[ \t]+(?:bureaux|locaux|entrepôts|ateliers|magasins)[ \t]+(?:de la|du|des|de|d['’])[ \t]*(\p{Lu}[\p{Lu}\p{Ll}\p{M}&'’-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{Ll}\p{M}&'’-]*){0,3})`,
  "gu",
);
const SERVICE_BRACKET =
  /(?<![\p{L}])(?:night[ \t]+patrol|patrol|outreach|outreach[ \t]+team|street[ \t]+team|shelter|refuge|community[ \t]+transport|transport|mission|youth[ \t]+service|liaison[ \t]+service)[ \t]*\([ \t]*([\p{L}][\p{L}'’&-]+(?:[ \t]+[\p{L}][\p{L}'’&-]+){0,2})[ \t]*\)/giu;
const CALL_SIGN =
  /(?<![\p{L}])(?:car|Car|CAR|vehicle|Vehicle|VEHICLE|rig|RIG|call[ \t-]?sign|callsign|CALLSIGN|CALL SIGN|unit|Unit|UNIT|appliance)[ \t]+([A-Z]{3,8}[ \t-]?\d{1,4})(?![\p{L}\d])/gu;
const INCIDENT_REF =
  /(?<![\p{L}])(?:[Ll]ogged|LOGGED|[Rr]eported|REPORTED|[Ee]ntered|ENTERED|[Ff]iled|FILED|[Ll]odged|LODGED|[Rr]ecorded|RECORDED|[Ss]ubmitted|SUBMITTED)[ \t]+(?:(?:on|in|to|into|via|as|an?|the|ON|IN|TO|INTO|VIA|AS|AN?|THE)[ \t]+){0,2}(?:[\p{L}]+[ \t]+)?(?:(?:incident|report|event|ref\.?|no\.?|number|INCIDENT|REPORT|EVENT|REF\.?|NO\.?|#)[ \t]*)?(\p{Lu}{1,4}[ \t-]?\d{5,8})(?![\d\p{L}])/gu;

export function detectBodyForms(text: string, uncasedAt: (pos: number) => boolean, original = text): Candidate[] {
  const { out, add, group } = slotCollector();
  const org = (s: number, e: number, source: string, c = 0.7) => add(s, e, "ORGANISATION", c, 72, source);
  const shorthand = (w: string) => isClinicalShorthand(w.toLowerCase()) || isClinicalWord(w);
  const { wordRank } = getNames();
  if (text.includes("Health"))
    for (const m of text.matchAll(HEALTH_KIND)) {
      const words = m[1].split(/[ \t]+/u);
      const head = words.findIndex((w) => w === "Health");
      if (words.slice(0, head).some((w) => GENERIC_HEALTH.test(w) || shorthand(w))) continue;
      org(...group(m), "org-health-kind");
    }
  for (const m of text.matchAll(FR_NETWORK)) org(m.index!, m.index! + m[0].length, "org-fr-network");
  for (const m of original.matchAll(CARE_FROM)) {
    const [s, e] = group(m);
    const words = m[1].split(/[ \t]+/u);
    if (words.some((w) => NOT_A_PROVIDER.test(w) || shorthand(w))) continue;
    const cased = !uncasedAt(s) && !/^[\p{Lu}\d\s'’&-]+$/u.test(m[0]);
    // As written, a provider's name is capitalised; in a note typed in one case it is no frequent word.
    const named = cased
      ? words.every((w) => /^\p{Lu}/u.test(w))
      : words.some((w) => (wordRank.get(w.toLowerCase()) ?? Infinity) > 1500 || isUnknownWord(w.toLowerCase()));
    if (named) org(s, e, "org-care-provider", 0.65);
  }
  // A record's label after the hospital is no trust: "…Hospital, MRN: 987…", "…, NHI HUB2590".
  if (/,/u.test(text)) for (const m of text.matchAll(TRUST_ACRONYM)) if (!shorthand(m[1]) && !RECORD_LABEL.test(m[1])) org(...group(m), "org-trust-acronym");
  for (const m of text.matchAll(EMPLOYER_PREMISES)) org(...group(m), "org-employer-premises");
  if (text.includes("(")) {
    for (const m of original.matchAll(SERVICE_BRACKET)) {
      const words = m[1].split(/[ \t]+/u);
      if (words.some((w) => shorthand(w) || (wordRank.get(w.toLowerCase()) ?? Infinity) < 2000)) continue;
      org(...group(m), "org-service-bracket");
    }
  }
  for (const m of original.matchAll(CALL_SIGN)) {
    const letters = m[1].replace(/[ \t-]?\d+$/u, "");
    // A call sign is no frequent word, and "1 UNIT WITH 1" is a dose.
    if (isClinicalShorthand(letters.toLowerCase()) || isClinicalWord(letters) || (wordRank.get(letters.toLowerCase()) ?? Infinity) < 1000) continue;
    if (/\d[ \t]*$/u.test(original.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    add(...group(m), "ID", 0.7, 75, "id-call-sign");
  }
  for (const m of original.matchAll(INCIDENT_REF)) add(...group(m), "ID", 0.75, 78, "id-incident-ref");
  return out;
}
