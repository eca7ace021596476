/**
 * Services, wards and public bodies known by the shape of their name rather than by a list:
 *  - emergency services with their number or town: "SAMU 33", "SMUR Bordeaux", "SDIS 69", "Ambulance
 *    Victoria", "NHS Lanarkshire", "NHS 24", "VFW Post 969", "RSL sub-branch 12";
 *  - a ward named by number and wing: "on 3 North", "4 West staff", "la porte du 2e Est" (in the writer's capitals);
 *  - a named suite with its number: "every room on Birthing Suite 2" (two capitalised words at most before it);
 *  - a named unit: "Woodlands Unit" (a place or a word no list knows before "Unit", never a kind of care),
 *    "unité Les Érables", "pavillon Lafontaine", "maternité Port-Royal";
 *  - a hospital's site after its name: "CHU UCL Namur – site Godinne", "Hôpital du Valais, site de Sion";
 *  - a French hospital with its kind between: "Hôpital régional de Rimouski", "centre hospitalier
 *    universitaire de Nantes";
 *  - Māori names of services: "Te Whare Ahuru" (a house: a facility), "Te Puna Ora" (an organisation);
 *  - a building by number ("CLC Bldg 81"), and in a note typed in one case, a hospital read back by the
 *    truecaser ("transport chu Pellegrin", "at Wishaw general");
 *  - an address typed in capitals inside a mixed-case letter: "of 2241 VILAKAZI STREET, ORLANDO WEST, SOWETO";
 *    a Québec numbered street ("1245, 3e Avenue"), a South African stand or erf and extension ("Stand 1182,
 *    Kwaguqa Ext 5"), an interstate after a preposition ("the wreck on I-285"; not I-131 or I-123).
 */
import { hasClinicalShape, isClinicalWord } from "../clinical";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";

const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-(?:de-|du-|des-|la-|le-|lès-)?\p{Lu}[\p{Ll}\p{M}'’]+)*`;
const CAP_NAME = String.raw`(?:(?:Les|Le|La|L['’])[ \t]*)?${CAP}(?:[ \t]+(?:(?:de|du|des|de la|d['’])[ \t]*)?${CAP}){0,2}`;
const EMERGENCY = /(?<![\p{L}])(?:SAMU|SMUR|SDIS|[Ss]amu|[Ss]mur|[Ss]dis)[ \t]+(\d{2,3}(?![\d\p{L}])|\p{Lu}[\p{L}\p{M}'’-]+)/gu;
const AMBULANCE = /(?<![\p{L}])Ambulance[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?)/gu;
const NHS_BODY = /(?<![\p{L}])(?:NHS|[Nn]hs)[ \t]+(\d{2,3}(?![\d\p{L}]|[ \t]*\d)|\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?)/gu;
/** NHS + these is a kind of thing, not a board: "NHS Trust", "NHS number", "NHS England" stays (a national body is no identifier). */
const NHS_NOT = /^(?:Trust|Foundation|Number|No|England|Direct|App|Choices|Digital|Login|Pension|Pensions|Constitution|Staff|Jobs|Wales|Scotland)$/;
const POST = /(?<![\p{L}])(?:VFW|American Legion|Legion|RSL|Royal British Legion)[ \t]+(?:Post|Branch|[Ss]ub-[Bb]ranch)[ \t]+\d{1,5}(?![\d\p{L}])/gu;
const NUMBERED_SUITE = /(?<![\p{L}])(?:\p{Lu}\p{Ll}+[ \t]){1,2}Suite[ \t]\d{1,2}[A-Z]?(?![\p{L}\d])/gu;
const WING_WARD = /(?<![\p{L}\d.,/])\d{1,2}(?:e|ème|nd|rd|th|st)?[A-Z]?[ \t](?:North|South|East|West|Nord|Sud|Est|Ouest)(?![\p{L}]|[ \t]+of)/gu;
// UNIT_EN, UNCASED_GENERAL and ZA_STAND need a word written as it stands ("Unit", "general", "Stand", "Erf",
// "Ext"): they are tried only in text that has it (each is a whole-text scan that finds nothing in most texts).
const UNIT_EN = new RegExp(String.raw`(?<![\p{L}])(${CAP}(?:[ \t]+${CAP})?)[ \t]+Unit(?![\p{L}])`, "gu");
const UNIT_FR = new RegExp(String.raw`(?<![\p{L}])(?:[Uu]nité|[Pp]avillon|[Mm]aternité|[Aa]ile)[ \t]+(${CAP_NAME})`, "gu");
const SITE = new RegExp(String.raw`(?:[–—,(]|[ \t]-)[ \t]*(?:[Ss]ite|[Cc]ampus)(?:[ \t]+(?:de la|du|des|de|d['’]))?[ \t]*(${CAP_NAME})`, "gu");
const FR_HOSPITAL_KIND = new RegExp(
  String.raw`(?<![\p{L}])(?:[Hh]ôpital|[Hh]opital|[Cc]entre hospitalier|[Cc]linique)[ \t]+(?:régional|general|général|universitaire|psychiatrique|pédiatrique|départemental|intercommunal|local|privé|militaire|spécialisé|gériatrique|mère-enfant)(?:[ \t]+(?:régional|universitaire))?[ \t]+(?:de la|du|des|de|d['’])[ \t]*(${CAP_NAME})`,
  "gu",
);
const TE_NAME = new RegExp(
  String.raw`(?<![\p{L}])Te[ \t]+(Whare|Puna|Rūnanga|Runanga|Rōpū|Ropu|Kōhanga|Kohanga|Kura|Pou|Oranga|Hau|Roopu|Whānau|Whanau|Kāhui|Kahui)[ \t]+(${CAP}(?:[ \t]+${CAP})?)`,
  "gu",
);

const BUILDING = /(?<![\p{L}])(?:[A-Z]{2,5}[ \t]+)?(?:Bldg\.?|Building)[ \t]+\d{1,4}[A-Z]?(?![\d\p{L}])/gu;
/** After the truecaser: "chu Pellegrin", "Chd Vendée" (acronyms come back in lower case, names capitalised). */
const UNCASED_HOSPITAL = new RegExp(String.raw`(?<![\p{L}])(?:[Cc]hu|[Cc]hd|[Cc]hr|[Cc]hru|[Cc]hsld|[Hh]ôpital|[Cc]linique)[ \t]+(${CAP})`, "gu");
const UNCASED_GENERAL = new RegExp(
  String.raw`(?<![\p{L}])(${CAP}(?:[ \t]+${CAP})?)[ \t]+general(?:[ \t]+hospital)?(?![\p{L}]|[ \t]+(?:practice|practitioner|surgery|surgeon|medicine|ward|wards|population|public|manager|health|anaesthe|anesthe))`,
  "gu",
);
const STREET_CAPS = "STREET|ST|ROAD|RD|AVENUE|AVE|DRIVE|DR|LANE|CRESCENT|CRES|PLACE|WAY|CLOSE|TERRACE|STRAAT|WEG|LAAN|RYLAAN";
const CAPS_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\d])\d{1,5}[A-Z]?[ \t]+(?:\p{Lu}{2,}[ \t]+){1,3}(?:${STREET_CAPS})(?![\p{L}])(?:,[ \t]*\p{Lu}{3,}(?:[ \t]+\p{Lu}{2,}){0,2}(?![\p{L}])){0,3}`,
  "gu",
);

const QC_NUMBERED_STREET = /(?<![\p{L}\d])\d{1,5},?[ \t]+\d{1,3}(?:e|re|er|ième)[ \t]+(?:[Aa]venue|[Rr]ue|[Rr]ang|[Bb]oulevard)(?![\p{L}])/gu;
const ZA_STAND = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:Stand|Erf)(?:[ \t]+No\.?)?[ \t]+\d{3,6}(?:,[ \t]*${CAP}(?:[ \t]+(?!Ext(?![\p{L}]))${CAP})?(?:[ \t]+Ext\.?[ \t]*\d{1,3})?)?|${CAP}[ \t]+Ext\.?[ \t]*\d{1,3}(?![\d\p{L}]))`,
  "gu",
);
const INTERSTATE = /(?<![\p{L}])(?:on|off|along|via|took|the|near)[ \t]+(I-(?!12[35](?!\d)|131(?!\d))\d{2,3})(?![\d\p{L}-])/gu;

export function detectBodies(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const add = (s: number, e: number, type: Candidate["type"], confidence: number, priority: number, source: string) =>
    out.push({ start: s, end: e, type, confidence, priority, source });
  const { places, regions } = getGazetteer();
  const words = knownWords();
  const clinical = (w: string) => isClinicalWord(w) || isClinicalShorthand(w.toLowerCase()) || hasClinicalShape(w);
  const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  const isPlace = (w: string) => places.has(w) || regions.has(w) || places.has(capitalised(w)) || regions.has(capitalised(w));

  for (const m of text.matchAll(EMERGENCY)) {
    if (/^\d/.test(m[1]) || isPlace(m[1])) add(m.index!, m.index! + m[0].length, "ORGANISATION", 0.8, 75, "service-emergency");
  }
  for (const m of text.matchAll(AMBULANCE)) {
    const name = m[1].split(/[ \t]+/);
    const k = isPlace(m[1]) ? 2 : isPlace(name[0]) ? 1 : 0;
    if (k === 0) continue;
    add(m.index!, m.index! + m[0].length - (k === 1 && name.length > 1 ? m[1].length - name[0].length : 0), "ORGANISATION", 0.8, 75, "service-ambulance");
  }
  for (const m of text.matchAll(NHS_BODY)) {
    if (NHS_NOT.test(m[1].split(/[ \t]/)[0]) || (!/^\d/.test(m[1]) && clinical(m[1]))) continue;
    add(m.index!, m.index! + m[0].length, "ORGANISATION", 0.8, 75, "service-nhs-board");
  }
  for (const m of text.matchAll(POST)) add(m.index!, m.index! + m[0].length, "ORGANISATION", 0.85, 75, "org-post");
  for (const m of text.matchAll(WING_WARD)) {
    if (uncasedAt(m.index!)) continue;
    add(m.index!, m.index! + m[0].length, "FACILITY", 0.7, 70, "ward-wing");
  }
  for (const m of text.includes("Suite") ? text.matchAll(NUMBERED_SUITE) : []) {
    if (uncasedAt(m.index!)) continue;
    add(m.index!, m.index! + m[0].length, "FACILITY", 0.7, 70, "ward-suite");
  }
  for (const m of text.includes("Unit") ? text.matchAll(UNIT_EN) : []) {
    if (uncasedAt(m.index!)) continue;
    const name = m[1].split(/[ \t]+/);
    // "Woodlands Unit", "Kowhai Unit": a place or a word no list knows; "Stroke Unit", "Burns Unit" are kinds of care.
    if (name.some(clinical) || !name.every((w) => isPlace(w) || !words.has(w.toLowerCase()))) continue;
    add(m.index!, m.index! + m[0].length, "FACILITY", 0.75, 72, "facility-named-unit");
  }
  for (const re of [UNIT_FR, SITE]) {
    for (const m of text.matchAll(re)) {
      const core = m[1].replace(/^(?:Les|Le|La|L['’])[ \t]*/u, "");
      if (uncasedAt(m.index!) || clinical(core) || (words.has(core.toLowerCase()) && !isPlace(core))) continue;
      // A site keeps only its name ("site [FACILITY 2]"); a unit keeps its kind ("unité Les Érables").
      const s = re === SITE ? m.index! + m[0].length - m[1].length : m.index!;
      add(s, m.index! + m[0].length, "FACILITY", 0.75, 72, "facility-unit-site");
    }
  }
  for (const m of text.matchAll(FR_HOSPITAL_KIND)) add(m.index!, m.index! + m[0].length, "FACILITY", 0.85, 78, "facility-kind-fr");
  for (const m of text.matchAll(TE_NAME)) {
    const type = m[1] === "Whare" ? "FACILITY" : "ORGANISATION";
    add(m.index!, m.index! + m[0].length, type, 0.75, 72, "te-name");
  }
  for (const m of text.matchAll(BUILDING)) add(m.index!, m.index! + m[0].length, "FACILITY", 0.75, 72, "facility-building");
  for (const m of text.matchAll(UNCASED_HOSPITAL)) {
    if (!uncasedAt(m.index!) || clinical(m[1]) || (words.has(m[1].toLowerCase()) && !isPlace(m[1]))) continue;
    add(m.index!, m.index! + m[0].length, "FACILITY", 0.75, 72, "facility-uncased-kind");
  }
  for (const m of text.includes("general") ? text.matchAll(UNCASED_GENERAL) : []) {
    if (uncasedAt(m.index!) && isPlace(m[1])) add(m.index!, m.index! + m[0].length, "FACILITY", 0.75, 72, "facility-uncased-general");
  }
  for (const m of text.matchAll(CAPS_ADDRESS)) {
    if (!uncasedAt(m.index!)) add(m.index!, m.index! + m[0].length, "LOCATION", 0.8, 77, "address-capitals");
  }
  for (const re of [QC_NUMBERED_STREET, ...(/Stand|Erf|Ext/.test(text) ? [ZA_STAND] : [])])
    for (const m of text.matchAll(re)) add(m.index!, m.index! + m[0].length, "LOCATION", 0.8, 77, "address-local-form");
  for (const m of text.matchAll(INTERSTATE)) add(m.index! + m[0].length - m[1].length, m.index! + m[0].length, "LOCATION", 0.75, 72, "road-interstate");
  return out;
}
