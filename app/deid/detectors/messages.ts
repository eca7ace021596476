/**
 * People and bodies named by the shape of a message, a chat export or a letter's header and signature,
 * whatever the words are:
 *  - the speaker of a chat or text-message line, after its time stamp: "[12/10/24 18:41] Jaz W: heads up",
 *    "12/10/2024, 18:41 - Dean: ok", "sam. 9 nov. 20:14 – Lucas : bonsoir";
 *  - a signature line of an initial and a surname, with a role or credential after it: "E. GRANT CN",
 *    "- m. tuhiwai rn", "Th. Carlier, conseiller" (a surname that is also a word only in a text's last lines);
 *  - a person's kin named through them: "this is Lakshmi's daughter", "Tevita's mum rang";
 *  - the body after a department in an e-mail's To/Cc line: "Cc: Quality Assurance, Johannesburg Health
 *    District", "To: Patient Experience, Te Whatu Ora Hawke's Bay";
 *  - the body after a role in a signature: "Consumer Liaison Officer | Tablelands Sector";
 *  - a person set before their role in brackets, in any case: "home visit w jo (key worker)";
 *  - a name with an inner capital: "MaDlamini", "DeShawn", "LaToya".
 */
import { isClinicalWord } from "../clinical";
import { getNames } from "../dictionaries";
import { getGazetteer } from "../gazetteer";
import { isClinicalShorthand, knownWords } from "../truecase";
import type { Candidate } from "../types";
import { isUnknownWord } from "./slots";

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?`;
const TIME = String.raw`\d{1,2}[:h.]\d{2}(?:[ \t]?(?:[ap]\.?m\.?|AM|PM))?`;
/** A line opening with a stamp that holds a clock time, then "Name:" ("Name Initial:", "Name Surname:"). */
const CHAT_SPEAKER = new RegExp(
  String.raw`^[ \t]*(?:\[[^\]\n]{0,40}?${TIME}[^\]\n]{0,12}\]|[^\n\[\]]{0,32}?${TIME}(?::\d\d)?[ \t]*[–—-])[ \t]*(${NAME_WORD}(?:[ \t]+(?:${NAME_WORD}|\p{Lu}\.?))?)[ \t]*:`,
  "gmu",
);
const INITIAL_LINE = /^[ \t]*(?:[-–—][ \t]*)?((?:\p{L}{1,2}\.[ \t]?){1,2}[ \t]*\p{L}[\p{L}\p{M}'’-]{2,})(?:[ \t]*,?[ \t]+([\p{L}.\- ]{1,30}))?[ \t]*$/gmu;
const KIN_AFTER =
  "daughter|son|wife|husband|partner|mother|mum|mom|mam|father|dad|brother|sister|niece|nephew|grandson|granddaughter|grandmother|grandfather|aunt|aunty|uncle|cousin|carer|caregiver|whānau|whanau|kids|children|boyfriend|girlfriend";
const POSSESSIVE_KIN = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${NAME_WORD})['’]s[ \t]+(?:${KIN_AFTER})(?![\p{L}])`, "gu");
// Line anchors use the "m" flag: a lookbehind for a line start is tried at every position, "^" is not.
const HEADER_BODY = /^[ \t]*(?:To|Cc|CC|À|Cci)[ \t]*:[ \t]*[^,\n<@]{3,60},[ \t]*([^,\n<@]{2,60}?)[ \t]*$/gmu;
const ROLE_PIPE =
  /(?:Officer|Manager|Coordinator|Co-ordinator|Director|Lead|Adviser|Advisor|Navigator|Liaison|Kaiārahi|Kaiarahi|Secretary|Nurse|Midwife|Worker|Chair|Coordonnatrice|Coordonnateur|Directrice|Directeur|Conseillère|Conseiller)[ \t]*\|[ \t]*([^|\n]{2,50}?)[ \t]*(?=\||\n|$)/gu;

/** Words that label a chat line or own nothing personal: "Service :", "Patient's son". */
const LINE_LABELS =
  /^(?:Service|Note|Notes|Update|Reception|Admin|System|Me|You|Moi|Vous|Team|Équipe|Ward|Unit|Unité|Reply|Réponse|Message|Staff|Nurse|Nurses|Doctor|Family|Famille|Patient|Client|Bot|Auto|Subject|Objet|Re|Fwd|Date|Time|Heure|From|To|De|À|Sent|Envoyé)$/u;
const NOT_OWNER =
  /^(?:Patient|Client|Resident|Mother|Father|Baby|Child|Everyone|Everybody|Nobody|Somebody|Someone|Anyone|Anybody|God|Today|Tomorrow|Yesterday|Nurse|Doctor|Man|Woman|Lady|Gentleman|Family|Neighbour|Neighbor|Friend|Other|Another|Each|Every|One|His|Her|Their|Our|My|Your|The|This|That|Whose|Who|Person|People|Grandma|Grandpa|Mum|Mom|Dad|Sister|Brother|Son|Daughter|Wife|Husband|Partner|Parent|Parents|Caller|User|Member|Victim|Deceased|Husband|Veteran|Client|Consumer|Owner|Writer|Author)$/u;
const ROLE_IN_BRACKETS =
  "key worker|keyworker|nurse in charge|shift lead|team leader|case manager|social worker|support worker|support person|navigator|interpreter|NUM|CNM|ACNM|charge nurse|reception|receptionist|kaiāwhina|kaiārahi|PSW|HCA|AIN|EN|RN|GP|OT|physio|registrar|house officer|pharmacist|mum|dad|mom|son|daughter|husband|wife|sister|brother|niece|nephew|grandson|granddaughter|partner|carer|caregiver|infirmière|infirmier|aide-soignante|aide-soignant|fille|fils|épouse|mari|conjoint|conjointe";
/** The role in brackets is looked for first (it opens with a literal bracket), then the word before it. */
const ROLE_BRACKET = new RegExp(String.raw`\((?:${ROLE_IN_BRACKETS})\)`, "gu");
const WORD_BEFORE = /(?<![\p{L}\p{M}'’-])(\p{L}[\p{L}\p{M}'’-]{1,20})[ \t]+$/u;
/** Names built with an inner capital: "MaDlamini" (a clan name as address), "DeShawn", "LaToya", "McKenzie". */
const CAMEL_NAME = /(?<![\p{L}\p{M}'’-])(?:Ma|Mam|Mc|Mac|De|Da|Di|La|Le|Du)\p{Lu}\p{Ll}{2,}(?![\p{L}\p{M}'’-])/gu;

const CLOSING_ROLE =
  /^(?:rn|cn|en|np|md|gp|hca|emt(?:-[pb])?|rm|cns|dn|sw|ot|pt|inf\.?|conseill[eè]re?|infirmi[eè]re?|sage-femme|aide-soignante?|cadre|pharmacien(?:ne)?|m[ée]decin|nurse|midwife|paramedic|charge nurse|district nurse|kaiārahi)$/iu;

export function detectMessageShapes(text: string): Candidate[] {
  const out: Candidate[] = [];
  const words = knownWords();
  const { firstNames, surnames, commonWords } = getNames();
  const group = (m: RegExpMatchArray, k = 1) => {
    const s = m.index! + m[0].lastIndexOf(m[k]);
    return [s, s + m[k].length] as const;
  };

  for (const m of text.matchAll(CHAT_SPEAKER)) {
    const first = m[1].split(/[ \t]+/)[0];
    // "Service :", "Note :", "Update:" are a line's label, not its speaker.
    if (LINE_LABELS.test(first) || isClinicalWord(first) || isClinicalShorthand(first.toLowerCase())) continue;
    const [s, e] = group(m);
    out.push({ start: s, end: e, type: "PERSON", confidence: 0.75, priority: 72, source: "chat-speaker" });
  }

  const tail = Math.max(0, text.length - 160);
  for (const m of text.matchAll(INITIAL_LINE)) {
    const run = m[1];
    const surname = run.replace(/^(?:\p{L}{1,2}\.[ \t]?){1,2}[ \t]*/u, "");
    const l = surname.toLowerCase();
    if (isClinicalWord(surname) || isClinicalWord(l) || isClinicalShorthand(l) || /^(?:e\.g|i\.e|n\.b|p\.s|a\.m|p\.m)\./iu.test(run)) continue;
    if (m[2] && !CLOSING_ROLE.test(m[2].trim()) && !/^[A-Z]{2,6}(?:-[A-Z])?$/.test(m[2].trim())) continue;
    const rare = isUnknownWord(surname) || ((surnames.has(l) || firstNames.has(l)) && !commonWords.has(l));
    // A word such as "Grant" is a surname here only where letters are signed, with a role after it: "E. GRANT CN".
    if (!rare && (m.index! < tail || !m[2])) continue;
    const [s, e] = group(m);
    out.push({ start: s, end: e, type: "PERSON", confidence: 0.7, priority: 71, source: "signature-initial" });
  }

  for (const m of /['’]s[ \t]/u.test(text) ? text.matchAll(POSSESSIVE_KIN) : []) {
    if (NOT_OWNER.test(m[1]) || isClinicalWord(m[1]) || isClinicalShorthand(m[1].toLowerCase())) continue;
    const [s, e] = group(m);
    out.push({ start: s, end: e, type: "PERSON", confidence: 0.7, priority: 70, source: "person-possessive-kin" });
  }

  const { places } = getGazetteer();
  // A body's name holds a word no list knows, a place or an acronym; "Head of Nursing" does not.
  const bodyish = (name: string) =>
    name.split(/[ \t]+/).some((w) => /^\p{Lu}{2,6}$/u.test(w) || isUnknownWord(w.replace(/['’]s$/u, "")) || places.has(w.replace(/['’]s$/u, "")));
  const addBody = (m: RegExpMatchArray, source: string) => {
    const name = m[1];
    if (!/^\p{Lu}/u.test(name) || !bodyish(name)) return;
    const [s, e] = group(m);
    out.push({ start: s, end: e, type: "ORGANISATION", confidence: 0.65, priority: 66, source });
  };
  for (const m of text.matchAll(HEADER_BODY)) addBody(m, "org-header");
  for (const m of text.matchAll(ROLE_PIPE)) {
    // After a role in a signature the slot is sure: any capitalised name is the body ("| Tablelands Sector").
    if (!/^\p{Lu}/u.test(m[1]) || /^(?:P|M|T|F|E|Ph|Tel|Mob|Email)\b/u.test(m[1])) continue;
    const [s, e] = group(m);
    out.push({ start: s, end: e, type: "ORGANISATION", confidence: 0.65, priority: 66, source: "org-signature" });
  }
  for (const r of text.matchAll(ROLE_BRACKET)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, r.index! - 24), r.index!));
    if (!before) continue;
    const w = before[1];
    const l = w.toLowerCase();
    if (!(firstNames.has(l) || isUnknownWord(w) || (/^\p{Lu}/u.test(w) && !LINE_LABELS.test(w))) || isClinicalWord(w)) continue;
    if (!firstNames.has(l) && words.has(l) && commonWords.has(l) && !/^\p{Lu}/u.test(w)) continue;
    const s = r.index! - before[0].length;
    out.push({ start: s, end: s + w.length, type: "PERSON", confidence: 0.7, priority: 70, source: "person-role-bracket" });
  }
  for (const m of text.matchAll(CAMEL_NAME)) {
    if (isClinicalWord(m[0])) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "PERSON", confidence: 0.6, priority: 62, source: "person-camel" });
  }
  return out;
}
