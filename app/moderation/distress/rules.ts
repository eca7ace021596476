import { readRevealedSelf } from "./reveal";
import { isAboutOthers, isNegated, isResolvedPast, maskReportedQuotes, readsAsResolved, type ClauseView } from "./context";
import { ENGLISH } from "./en";
import { maskFiguresOfSpeech } from "./features";
import { FRENCH } from "./fr";
import { languagesOf, splitClauses, splitSentences } from "./normalise";
import { SIGNAL_FAMILIES, type DistressLanguage, type SignalFamily } from "./types";

/** Every maintained language. Posts are read in all of them: people mix languages. */
export const DISTRESS_LANGUAGES: DistressLanguage[] = [ENGLISH, FRENCH];

export type DistressResult = {
  distress: boolean;
  /** The signal families that counted, strongest first ("ideation", "not_coping"…); never the words. */
  signals: SignalFamily[];
  /** Languages whose signals counted (for audit metadata). */
  languages: string[];
  /** The combined weight of the signals; 1 or more is distress. */
  score: number;
  /** Each family's weight (capped at 1), also below the line: the fitted scorer weighs half-signals too. */
  families: Map<SignalFamily, number>;
};

type Hit = { family: SignalFamily; weight: number; rule: number; language: string; matched: string };

/** The written rules alone (signal families over normalised clauses, see ./en.ts and ./fr.ts). */
export function detectByRules(text: string, options: { lang?: string } = {}): DistressResult {
  const sentences = readRevealedSelf(splitSentences(text).map(maskReportedQuotes));
  const hint = options.lang?.toLowerCase().slice(0, 2);
  const hits: Hit[] = [];
  for (const lang of DISTRESS_LANGUAGES) {
    // Each sentence is read in its own language (people switch mid-post); the whole post gives the context.
    const mine = sentences.map((s) => (languagesOf(s, hint).includes(lang.language) ? s : ""));
    hits.push(...hitsIn(mine, sentences, lang));
  }
  const byFamily = new Map<SignalFamily, { score: number; rules: Set<string> }>();
  for (const hit of hits) {
    const entry = byFamily.get(hit.family) ?? { score: 0, rules: new Set<string>() };
    const key = `${hit.language}:${hit.rule}:${hit.matched}`;
    if (!entry.rules.has(key)) {
      entry.rules.add(key);
      entry.score = Math.min(1, entry.score + hit.weight);
    }
    byFamily.set(hit.family, entry);
  }
  const score = [...byFamily.values()].reduce((sum, f) => sum + f.score, 0);
  const signals = [...byFamily.entries()]
    .sort(([a, x], [b, y]) => y.score - x.score || SIGNAL_FAMILIES.indexOf(a) - SIGNAL_FAMILIES.indexOf(b))
    .map(([family]) => family);
  const distress = score >= 1;
  const families = new Map([...byFamily.entries()].map(([family, f]) => [family, f.score]));
  return { distress, signals, languages: distress ? [...new Set(hits.map((h) => h.language))] : [], score: Math.round(score * 100) / 100, families };
}

/** Signals in the sentences written in this language; the whole post (`all`) says whether a past is resolved. */
function hitsIn(sentences: string[], all: string[], lang: DistressLanguage): Hit[] {
  const ctx = lang.context;
  const read = (c: string) => maskFiguresOfSpeech(lang.language, lang.normalise(c));
  const normalised = sentences.map((s) => splitClauses(s).map(read));
  const readSentences = all.map((s) => splitClauses(s).map(read).join(" , "));
  const post = readSentences.join(" . ");
  const resolved = readsAsResolved(readSentences, ctx);
  const hits: Hit[] = [];
  for (const clauses of normalised) {
    const sentence = clauses.join(" , ");
    clauses.forEach((clause, index) => {
      if (!clause) return;
      const view: ClauseView = { tokens: clause.split(" "), before: clauses.slice(0, index).map((c) => c.split(" ")) };
      const hypothetical = ctx.hypothetical.test(clause);
      lang.rules.forEach((rule, ruleIndex) => {
        rule.pattern.lastIndex = 0;
        for (const m of clause.matchAll(rule.pattern)) {
          const start = m.index!;
          const end = start + m[0].length;
          if (rule.unless?.test(clause.slice(end))) continue;
          if (rule.cancelledBy?.test(post)) continue;
          const at = start === 0 ? 0 : clause.slice(0, start).trimEnd().split(" ").length;
          if (rule.negatable !== false && isNegated(view, at, ctx)) continue;
          // A signal that opens with "I" or "je" is the writer's, whatever else the clause mentions.
          if (!rule.self && !/^(?:i|je)$/.test(view.tokens[at] ?? "") && isAboutOthers(view, at, ctx)) continue;
          if (hypothetical && rule.family !== "burden") continue;
          if (isResolvedPast(sentence, clause.slice(0, end), clause, resolved, ctx)) continue;
          hits.push({ family: rule.family, weight: rule.weight, rule: ruleIndex, language: lang.language, matched: m[0] });
        }
      });
    });
  }
  return hits;
}
