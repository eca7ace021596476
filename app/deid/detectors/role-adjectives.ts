/**
 * A French adjective after a role is no name (session 12): "pharmacien clinicien", "chirurgien vasculaire",
 * "l'infirmière auxiliaire", "un nourrisson fébrile". In text written with capitals, a one-word person finding in
 * lower case right after a French word for a carer or a patient, that is an ordinary French word and no given name,
 * is dropped. Notes typed in one case keep their
 * lower-case names ("ide maëlys kerjean").
 */
import { frenchWords, getNames } from "../dictionaries";
import type { Candidate } from "../types";
import { writesLowerCase } from "../util";

/** French words for a carer or a patient that an adjective follows. */
const ROLE_BEFORE =
  /(?:^|[^\p{L}])(?:pharmacien|pharmacienne|chirurgien|chirurgienne|infirmier|infirmière|médecin|interne|externe|aide-soignante?|sage-femme|kinésithérapeute|kiné|psychologue|cadre|ergothérapeute|anesthésiste|radiologue|cardiologue|pédiatre|gériatre|urgentiste|nourrisson|bébé|enfant|patiente?|résidente?|conseillère?|travailleuse|travailleur|agente?|préposée?|éducatrice|éducateur)s?[ \t]+$/iu;
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}-]+$/u;

export function isRoleAdjective(text: string, c: Candidate, uncasedAt: (pos: number) => boolean): boolean {
  if (c.type !== "PERSON") return false;
  const span = text.slice(c.start, c.end);
  if (!LOWER_WORD.test(span) || uncasedAt(c.start) || writesLowerCase(text, c.start)) return false;
  if (!ROLE_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start))) return false;
  return frenchWords().has(span) && !getNames().firstNames.has(span);
}
