/**
 * Organisations known only by a name or an acronym, found by the words around them rather than a list:
 *  - an acronym no clinical list knows where a body acts or is acted on: "before WAST could reach him",
 *    "requested through MKO", "l'avion-ambulance d'ÉVAQ", "MKO to raise escort policy", "the RFDS
 *    retrieval", "PCRMC pharmacy" (never after "with", "to", "via": there it is shorthand, "switched to SIMV");
 *  - a word no list knows as the object of words that take a body: "shared with Llais", "volunteers from",
 *    "funded by", "a letter from", "staff at", "member of" (a person's first name is the name rules' to read);
 *  - a body's head word first: "Healthwatch Birmingham", "Te Whatu Ora Hawke's Bay" (the national name
 *    alone stays), "Syndicat CGT du CHU de Rennes", "SSIAD de Mauriac", "CPAM du Cantal", "Conseil des
 *    Atikamekw de Manawan", "l'association Le Lien", "CAAP Île-de-Montréal", "Mutualité chrétienne";
 *  - a body's head word last, for Māori, Aboriginal and English primary-care bodies: "Ngāti Kahungunu
 *    Hauora", "Raukawa Whānau Ora", "Walgett AMS", "East Lindsey PCN", "Johannesburg Health District",
 *    "OR Tambo District";
 *  - an acronym before "de" and a town: "au CHRDL de Joliette" (a facility);
 *  - a body in brackets after its kind or named as someone's: "the home health agency (Amedisys)", "Her
 *    pharmacy is the Rite Aid on Harper Rd".
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand } from "../truecase";
import type { Candidate } from "../types";
import { isUnknownWord } from "./slots";

const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-(?:de-|du-|des-|la-|le-|sur-|en-|lès-)?\p{Lu}[\p{Ll}\p{M}'’]+)*`;
/** A capitalised word, also with an inner capital as services write their names ("CareFlight"). */
const CAMEL = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}'’]+)?(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*`;
const ACRO = String.raw`\p{Lu}[\p{Lu}]{2,5}`;
const NAME_PART = String.raw`(?:${ACRO}|${CAP})`;
const OF = String.raw`(?:(?:du|de la|des|de|d['’]|of|of the)[ \t]*)`;

const ACRO_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:before|requested through|funded by|run by|flown by|retrieved by|transported by|contracted|notified|contacted|asked|complained to|reported to|referred to|member of|staff at|letter from|auprès de|l['’]avion-ambulance d['’]|les paramédics d['’]|membre d['’]|membre de)[ \t]*(?:the[ \t]+)?(${ACRO})(?![\p{L}\p{N}'’-]|[ \t]*\d)`,
  "gu",
);
const ACRO_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(${ACRO})[ \t]+(?:declined|refused|retrieval|crew|crews|ambulance|paramedics|pharmacy|volunteers|outreach|helpline|van|branch|board|rep|representative|liaison|to[ \t]+(?:raise|review|contact|arrange|follow|audit|send|provide|share|meet|fund|investigate))(?![\p{L}])`,
  "gu",
);
const WORD_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:and|also|met|meeting|partnership|working|liaise|liaising|agreement|contract|arranged)[ \t]+with|(?:requested|arranged|booked|organised|organized)[ \t]+(?:through|via|from)|shared with|raised with|funded by|run by|a letter from|letter from|staff at|staff from|volunteers from|team from|outreach from|member of|members of|complaint to|complained to|referred to|gone to|went to|contacted|notified|avec l['’]aide de|financé par|membre de|bénévoles de|paramédics de|ambulanciers de)[ \t]+(?:the[ \t]+|l['’]|la[ \t]+|le[ \t]+)?(${CAMEL}(?:[ \t]+${CAP}){0,2})(?![\p{L}\p{M}'’-])`,
  "gu",
);
const HEAD_FIRST = new RegExp(
  String.raw`(?<![\p{L}])(?:Healthwatch|Te Whatu Ora|Te Aka Whai Ora|Syndicat|SSIAD|SAAD|SPASAD|CPAM|CCAS|CSAPA|MDPH|CLIC|CAAP|Conseil)(?:[ \t]+${OF}?${NAME_PART}(?:[ \t]+${OF}?${NAME_PART}){0,4})`,
  "gu",
);
const ASSOCIATION = new RegExp(
  String.raw`(?<![\p{L}])(?:l['’])?[Aa]ssociation[ \t]+(?:${OF})?((?:(?:Le|La|Les|L['’])[ \t]*)?${CAP}(?:[ \t]+${CAP}){0,3})`,
  "gu",
);
const MUTUALITY =
  /(?<![\p{L}])Mutualit[ée][ \t]+(?:chrétienne|socialiste|libérale|neutre|Solidaris|Partenamut)|(?<![\p{L}])MC[ \t]+\p{Lu}[\p{Ll}]+(?:[ \t]+\p{Lu}[\p{Ll}]+)?/gu;
const HEAD_LAST_WORD = /Hauora|Whānau Ora|Whanau Ora|AMS|ACCHO|PCN|ICB|CCG|PHO|District|Health Service/;
const HEAD_LAST = new RegExp(
  String.raw`(?<![\p{L}])((?:(?:\p{Lu}{2,6}|${CAP})[ \t]+){1,3})(?:Hauora|Whānau Ora|Whanau Ora|AMS|ACCHO|PCN|ICB|CCG|PHO|Health District|District|District Council|Health Service)(?![\p{L}])`,
  "gu",
);
/** An acronym before "de" and a town, as French and Québec bodies are named: "au CHRDL de Joliette", "le CRDI de Laval". */
const ACRO_OF_TOWN = new RegExp(String.raw`(?<![\p{L}])(${ACRO})[ \t]+(?:de la|du|des|de|d['’])[ \t]*(${CAP})(?![\p{L}\p{M}'’-])`, "gu");
/** A body in brackets after its kind, or named as someone's: "the home health agency (Amedisys)", "Her pharmacy is the Rite Aid". */
const KIND_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:agency|pharmacy|chemist|company|provider|insurer|carrier|charity|union|employer|agence|pharmacie|mutuelle|entreprise|société|employeur)(?:[ \t]*\([ \t]*|[ \t]+(?:is|was|est|était)[ \t]+(?:the[ \t]+|la[ \t]+|le[ \t]+|l['’])?)(${NAME_PART}(?:[ \t]+${NAME_PART}){0,2})`,
  "gu",
);
/** Words that no body's name is made of alone: "the East District", "Our District". */
const GENERIC =
  /^(?:The|Our|Local|Your|Their|This|That|Every|Each|All|Any|New|North|South|East|West|Central|Health|Service|Services|Community|Rural|Urban|School|Police|Fire|Court|Business|Central)$/u;
/** National bodies (no identifier) and service words that are written as acronyms. */
const NOT_BODY = new Set([
  "NHS",
  "HSE",
  "HDC",
  "HIQA",
  "CQC",
  "ACC",
  "NDIS",
  "TGA",
  "FDA",
  "CDC",
  "WHO",
  "CMS",
  "PALS",
  "ICU",
  "ED",
  "GP",
  "SMS",
  "PDF",
  "ECG",
  "EKG",
  "NIHB",
  "ISC",
  "HAS",
  "ARS",
  "ANSM",
  "INSPQ",
  "RAMQ",
  "NOK",
  "POA",
  "DNR",
  "ASAP",
  "ETA",
  "USA",
  "UK",
  "NZ",
  "AUS",
  "RSA",
  "GMF",
  "CLSC",
  "CHSLD",
  "CISSS",
  "CIUSSS",
  "CHU",
  "CHR",
  "CHRU",
  "EHPAD",
  "USLD",
  "SSR",
  "HAD",
  "GSM",
  "VRI",
  "HELLP",
  "IVA",
  "OPEL",
  "RACF",
  "SIRS",
  "IMIST",
  "NEXUS",
  "VHIMS",
  "DATIX",
  "ACNM",
  "NUM",
  "CNM",
  "SBAR",
  "ISBAR",
  "SOAP",
  "NEWS",
  "PEWS",
  "MEWS",
  "FEI",
  "CREX",
  "RMM",
  "EPP",
  "SAMU",
  "SMUR",
  "SOS",
  "EMS",
  "OSH",
  "TDM",
  "IRM",
  "EEG",
  "EMG",
  "TEP",
  "RCP",
  "AVC",
  "IDM",
  "BPCO",
  "PMI",
  "PDF",
  "URL",
]);

export function detectOrgSlots(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const { firstNames, commonWords } = getNames();
  const { places } = getGazetteer();
  const add = (s: number, e: number, confidence: number, priority: number, source: string, type: Candidate["type"] = "ORGANISATION") =>
    out.push({ start: s, end: e, type, confidence, priority, source });
  const group = (m: RegExpMatchArray, k = 1) => {
    const s = m.index! + m[0].lastIndexOf(m[k]);
    return [s, s + m[k].length] as const;
  };
  const bodyAcronym = (a: string) => {
    const l = a.toLowerCase();
    // An acronym in capitals is rarely a word ("WAST" is an old verb), so only frequent words are set aside.
    return !NOT_BODY.has(a) && !isClinicalShorthand(l) && !isClinicalWord(a) && !commonWords.has(l);
  };

  for (const re of [ACRO_AFTER, ACRO_BEFORE]) {
    for (const m of text.matchAll(re)) {
      // In a line typed in capitals every word is an acronym: only the writer's capitals count.
      if (uncasedAt(m.index!) || !bodyAcronym(m[1])) continue;
      const [s, e] = group(m);
      add(s, e, 0.6, 64, "org-acronym-slot");
    }
  }
  for (const m of text.matchAll(ACRO_OF_TOWN)) {
    if (uncasedAt(m.index!) || !bodyAcronym(m[1]) || !(places.has(m[2]) || isUnknownWord(m[2]))) continue;
    add(m.index!, m.index! + m[0].length, 0.7, 70, "org-acronym-town", "FACILITY");
  }
  for (const m of text.matchAll(WORD_AFTER)) {
    const ws = m[1].split(/[ \t]+/);
    if (uncasedAt(m.index!) || !ws.some((w) => isUnknownWord(w) && !firstNames.has(w.toLowerCase()))) continue;
    if (ws.some((w) => isClinicalWord(w) || isClinicalShorthand(w.toLowerCase()))) continue;
    const [s, e] = group(m);
    add(s, e, 0.6, 62, "org-word-slot");
  }
  for (const m of text.matchAll(HEAD_FIRST)) {
    // The pattern needs a capitalised name after the head: "Te Whatu Ora" alone (the national body) and
    // "Conseil d'administration" stay.
    add(m.index!, m.index! + m[0].trimEnd().length, 0.75, 74, "org-head-first");
  }
  for (const m of text.matchAll(ASSOCIATION)) {
    const [s, e] = group(m);
    add(s, e, 0.7, 70, "org-association");
  }
  for (const m of text.matchAll(KIND_NAMED)) {
    const ws = m[1].split(/[ \t]+/);
    if (uncasedAt(m.index!) || ws.every((w) => GENERIC.test(w) || isClinicalWord(w)) || ws.some((w) => isClinicalShorthand(w.toLowerCase()))) continue;
    const [s, e] = group(m);
    add(s, e, 0.65, 66, "org-kind-named");
  }
  for (const m of text.matchAll(MUTUALITY)) add(m.index!, m.index! + m[0].length, 0.8, 75, "org-mutuality");
  // The head word is looked for first: reading a capitalised run at every capital is costly.
  for (const m of HEAD_LAST_WORD.test(text) ? text.matchAll(HEAD_LAST) : []) {
    const ws = m[1].trim().split(/[ \t]+/);
    if (
      ws.every((w) => GENERIC.test(w)) ||
      (/District$/u.test(m[0]) && !/Health District$/u.test(m[0]) && !ws.some((w) => /^\p{Lu}{2,6}$/u.test(w) || places.has(w) || isUnknownWord(w)))
    )
      continue;
    add(m.index!, m.index! + m[0].length, 0.75, 74, "org-head-last");
  }
  return out;
}
