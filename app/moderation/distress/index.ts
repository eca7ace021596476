import { scoreDistress } from "./model";
import { DISTRESS_MODEL } from "./model-weights";
import { DISTRESS_LANGUAGES, detectByRules, type DistressResult } from "./rules";

export { type SignalFamily } from "./types";
export { detectByRules, type DistressResult } from "./rules";

/**
 * Does this text express suicidal thoughts, self-harm, or not being able to go on? Not a violation: it
 * calls for care. Generalises across wording through normalisation (./normalise.ts), signal families
 * written over that form (./en.ts, ./fr.ts) and context (./context.ts): who the clause is about,
 * negation, and a past the writer says is resolved. The weights of the families that fire add up;
 * weak signals (hopelessness, a soft goodbye) need a second one.
 */
export function detectDistress(text: string, options: { lang?: string } = {}): DistressResult {
  const rules = detectByRules(text, options);
  const model = scoreDistress(text, options.lang, rules);
  // The scorer has read what the rules cannot (a laughing emoji, a resolved past, a holiday): far below its
  // line, it sets a written rule's alarm aside. The veto is fitted with the threshold (decision 012).
  if (rules.distress && model.probability < DISTRESS_MODEL.veto) return { ...rules, distress: false, languages: [] };
  if (rules.distress || !model.distress) return rules;
  const signals = [...new Set([...model.families, ...rules.signals])];
  const languages = DISTRESS_LANGUAGES.map((l) => l.language).filter((l) => options.lang?.toLowerCase().startsWith(l) ?? true);
  return {
    distress: true,
    signals: signals.length ? signals : ["hopelessness"],
    languages: languages.length ? languages : ["en"],
    score: Math.max(1, rules.score),
    families: rules.families,
  };
}
