/**
 * Distress detection is a set of signal families, each written as patterns over a canonical form of the
 * text (see ./normalise.ts), plus language knowledge about who a clause is about, negation and tense
 * (see ./context.ts). A language is one file exporting a DistressLanguage; add it to ./index.ts.
 */

export const SIGNAL_FAMILIES = [
  "ideation", // wanting to die, to kill oneself, suicidal thoughts
  "passive_ideation", // not wanting to wake up, wanting it all to stop, no reason to live
  "plan", // a method, means or preparations
  "self_harm", // hurting oneself on purpose
  "not_coping", // cannot keep going, cannot go on, cannot take any more
  "goodbye", // farewells that sound final
  "burden", // others would be better off without me
  "hopelessness", // hopeless, worthless, trapped: never enough alone
] as const;
export type SignalFamily = (typeof SIGNAL_FAMILIES)[number];

export type DistressRule = {
  family: SignalFamily;
  /** 1: enough on its own. Less: needs another signal (the weights of a post add up, to 1 per family). */
  weight: number;
  /** Runs over one normalised clause (lower case, single spaces, contractions expanded). */
  pattern: RegExp;
  /** The words already say the writer means themself ("kill myself", "without me"). */
  self?: boolean;
  /** False when the pattern carries its own negation ("don't want to wake up"), so a "not" before it is not a denial. */
  negatable?: boolean;
  /** Words right after the match that make it something else ("ending things with him", "mourir de rire"). */
  unless?: RegExp;
  /** Anywhere in the post, words that make a weak signal ordinary ("see you in January" after "thank you for everything"). */
  cancelledBy?: RegExp;
};

export type LanguageContext = {
  /** The writer as subject: "i", "je". */
  firstPerson: Set<string>;
  /** Someone else as subject: "she", "the patient", "they", "you". */
  others: Set<string>;
  /** Verbs of reporting or clinical work: "said", "assessed", "documented". */
  reporting: Set<string>;
  /** Words of clinical or teaching talk: "ideation", "risk", "protocol". */
  clinical: Set<string>;
  negators: Set<string>;
  /** Words that may stand between a negator and what it negates ("not going to really hurt myself"). */
  light: Set<string>;
  /** Talk about a distant past ("years ago", "when I was a student"). */
  distantPast: RegExp;
  /** A simple past verb before the signal ("wanted", "felt", "tried"). */
  pastVerb: RegExp;
  /** Now or recently ("last night", "again", "still"): not resolved. */
  recent: RegExp;
  /** The writer says it is behind them ("I'm in a better place now", "therapy helped"). */
  resolved: RegExp;
  /**
   * Said now, after a past marked by its time: "doing well", "a year into therapy", "haven't for eight years", "it can
   * turn", « je vais vraiment mieux », « j'ai repris le vélo », « plus rien depuis dix ans ».
   */
  recovery: RegExp;
  /** The writer says it is not over after all: "but I'm not", "I told them I was better", « ça revient », « je fais semblant ». */
  relapse: RegExp;
  /** A clause that imagines rather than reports ("if I ever felt…"). */
  hypothetical: RegExp;
};

export type DistressLanguage = {
  language: "en" | "fr";
  normalise: (clause: string) => string;
  rules: DistressRule[];
  context: LanguageContext;
};

/** Builds a rule: `source` is a regular expression body matched on word boundaries. */
export function rule(family: SignalFamily, weight: number, source: string, options: Omit<DistressRule, "family" | "weight" | "pattern"> = {}): DistressRule {
  return { family, weight, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "gu"), ...options };
}

/**
 * Two ideas near each other in either order, with at most `gap` words between them and none of the
 * `blockers` (words that hand the second idea to someone else, or deny it): "I pray I just don't wake up",
 * "if I got hit by a bus I wouldn't mind".
 */
export function near(a: string, b: string, gap: number, blockers: string): string {
  const between = `(?: (?!(?:${blockers})(?![\\p{L}\\p{N}]))[^ ]+){0,${gap}} `;
  return `(?:${a})${between}(?:${b})|(?:${b})${between}(?:${a})`;
}

export const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));
