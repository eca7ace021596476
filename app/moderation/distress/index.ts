import { compilePattern, findMatches, foldForMatching } from "../patterns";
import { ENGLISH_DISTRESS } from "./en";
import { FRENCH_DISTRESS } from "./fr";
import type { DistressPhraseList } from "./types";

export type { DistressPhrase, DistressPhraseList } from "./types";

/** Every maintained language list. Posts are checked against all of them: people mix languages. */
export const DISTRESS_LISTS: DistressPhraseList[] = [ENGLISH_DISTRESS, FRENCH_DISTRESS];

type CompiledList = {
  language: string;
  phrases: { regex: RegExp; negatable: boolean }[];
  negators: Set<string>;
  window: number;
};

let compiled: CompiledList[] | undefined;
function compiledLists(): CompiledList[] {
  compiled ??= DISTRESS_LISTS.map((list) => ({
    language: list.language,
    phrases: list.phrases.map((p) => ({ regex: compilePattern(p.pattern), negatable: p.negatable ?? true })),
    negators: new Set(list.negators.map((n) => foldForMatching(n))),
    window: list.negationWindow,
  }));
  return compiled;
}

export type DistressResult = {
  distress: boolean;
  /** Languages whose lists matched (for audit metadata; never the matched words). */
  languages: string[];
};

/** Does this text express suicidal thoughts or intent to self-harm? Not a violation: it calls for care. */
export function detectDistress(text: string): DistressResult {
  const folded = foldForMatching(text);
  const languages = new Set<string>();
  for (const list of compiledLists()) {
    for (const phrase of list.phrases) {
      for (const match of findMatches(folded, phrase.regex)) {
        if (phrase.negatable && isNegated(folded, match.start, list)) continue;
        languages.add(list.language);
        break;
      }
      if (languages.has(list.language)) break;
    }
  }
  return { distress: languages.size > 0, languages: [...languages] };
}

function isNegated(folded: string, start: number, list: CompiledList): boolean {
  const sentence = folded.slice(0, start).split(/[.!?;\n]/).pop() ?? "";
  const words = (sentence.match(/[\p{L}\p{N}']+/gu) ?? []).slice(-list.window);
  return words.some((w) => list.negators.has(w) || w.split("'").some((part) => list.negators.has(part)));
}
