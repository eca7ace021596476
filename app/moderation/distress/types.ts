/**
 * A maintained list of phrases that express suicidal thoughts or intent to self-harm, for one language.
 * To add a language: write `<code>.ts` exporting a DistressPhraseList and add it to ./index.ts.
 *
 * Phrases use the watched-word syntax (see ../patterns.ts): case- and accent-insensitive, word-boundary
 * aware, `*` inside a word for any letters, a lone `*` for any one word.
 */
export type DistressPhrase = {
  pattern: string;
  /**
   * When true (the default), a negator just before the phrase ("I would never kill myself") means it
   * does not count. Set false for phrases whose meaning already includes a negation
   * ("n'ai plus envie de vivre", "don't want to live").
   */
  negatable?: boolean;
};

export type DistressPhraseList = {
  language: string;
  phrases: DistressPhrase[];
  /** Words that, within the few words before a phrase, turn it around ("not", "never", "pas"). */
  negators: string[];
  /** How many words before a phrase to look for a negator. */
  negationWindow: number;
};
