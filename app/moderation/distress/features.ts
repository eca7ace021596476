import { readRevealedSelf } from "./reveal";
import { readArrangements } from "./arrangements";
import { readContrast } from "./contrast";
import { isAboutOthers, isNegated, isResolvedPast, maskReportedQuotes, readsAsResolved, type ClauseView } from "./context";
import { ENGLISH } from "./en";
import { FRENCH } from "./fr";
import { ENGLISH_LEXICON } from "./lexicon-en";
import { FRENCH_LEXICON } from "./lexicon-fr";
import { CONCEPTS, FRAMES, type Concept, type ConceptLexicon, type Frame } from "./concepts";
import { languagesOf, splitClauses, splitSentences } from "./normalise";
import type { DistressLanguage, SignalFamily } from "./types";

/**
 * Compositional features for the fitted distress scorer (./model.ts). A post is read as concepts (dying,
 * not existing, escape, burden, worth, hopelessness, exhaustion, final acts, means, preparation, self-harm,
 * wishing, dwelling on, living, a near date) and frames (whose experience it is, denied, imagined, a past
 * the writer says is resolved, a film, teaching, asking how to support someone, joking). Features are the
 * concepts the writer owns, the pairs of owned concepts close together, concepts that belong to someone
 * else, the frames, and the post's word stems (idioms masked), which carry tone the lexicons do not name. What they weigh is learnt from labelled posts, not written by hand.
 */

/** Concepts that speak of an end by themselves; the others (wishing, dwelling, living, a near date) colour them. */
export const CORE = new Set<Concept>(["death", "nonexist", "escape", "burden", "worth", "hopeless", "exhaust", "finality", "means", "plan", "selfharm"]);
/** Concepts that a named, ordinary object turns into something else ("ending things with my partner"). */
const OBJECTABLE = new Set<Concept>(["death", "nonexist", "escape", "exhaust", "hopeless", "burden", "worth"]);
/** The signal family a concept speaks for, when the scorer names why it fired. */
export const CONCEPT_FAMILY: Partial<Record<Concept, SignalFamily>> = {
  death: "ideation",
  nonexist: "passive_ideation",
  escape: "passive_ideation",
  burden: "burden",
  worth: "hopelessness",
  hopeless: "hopelessness",
  exhaust: "not_coping",
  finality: "goodbye",
  means: "plan",
  plan: "plan",
  selfharm: "self_harm",
};

const bounded = (source: string, flags = "gu") => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);

type Compiled = {
  language: DistressLanguage;
  concepts: Array<[Concept, RegExp]>;
  frames: Array<[Frame, RegExp]>;
  idioms: RegExp;
  topics: RegExp;
  objects: RegExp;
};
const COMPILED: Compiled[] = [
  [ENGLISH, ENGLISH_LEXICON],
  [FRENCH, FRENCH_LEXICON],
].map(([language, lexicon]) => {
  const lex = lexicon as ConceptLexicon;
  return {
    language: language as DistressLanguage,
    concepts: CONCEPTS.map((c) => [c, bounded(lex.concepts[c])] as [Concept, RegExp]),
    frames: FRAMES.map((f) => [f, bounded(lex.frames[f], "u")] as [Frame, RegExp]),
    idioms: bounded(lex.idioms),
    topics: bounded(lex.topics),
    objects: new RegExp(lex.objects, "u"),
  };
});

const blank = (m: string) => m.replace(/[^ ]+/g, "x");

/** Blanks idioms ("this rota is killing me") and subjects of work ("suicide prevention") in a normalised clause. */
function maskFigures(compiled: Compiled, clause: string, seen?: (kind: "idiom" | "topic") => void): string {
  return clause
    .replace(compiled.idioms, (m) => {
      seen?.("idiom");
      return blank(m);
    })
    .replace(compiled.topics, (m) => {
      seen?.("topic");
      return blank(m);
    });
}

/** The same masking for the written rules (./index.ts), so both readers know the same figures of speech. */
export function maskFiguresOfSpeech(language: string, clause: string): string {
  const compiled = COMPILED.find((c) => c.language.language === language);
  return compiled ? maskFigures(compiled, clause) : clause;
}

/** Small words carry how a set of posts was written more than what a post says: left out of the word features. */
const FUNCTION_WORDS = new Set(
  `the and for but not nor yet you your she her his him they them their its our was were are been being have has had
  having would could should will shall can may might must does did doing this that these those which who whom whose what when where why how
  than then there here with from into onto over under about after before again very just also too only some any all each every
  les des une est pas que qui mais ses son sur par pour avec dans ces cet cette leur nous vous ils elles elle lui suis ete etait avait
  sont ont fait plus tres aussi comme`.split(/\s+/),
);

/** A crude stem shared by English and French forms ("pills" → "pill", "pensais" → "pens"). */
const stem = (t: string) => t.replace(/(?:ing|ed|es|s|e|ais|ait|er|ez)$/, "");

/** Laughing or eye-rolling emoji: normalisation drops them, but they say the words are a joke. */
const LAUGHING = /[\u{1F602}\u{1F923}\u{1F605}\u{1F606}\u{1F604}\u{1F643}\u{1F644}]|(?<![\p{L}\p{N}])(?::D|xD)(?![\p{L}\p{N}])/u;

/** Sentences this close (in sentences) count as one thought for pairs: "I've worked out which bridge. I haven't decided when." */
const PAIR_WINDOW = 2;

/** Ideas that colour an end when they share its clause: wished for, dwelt on, set against living, near in time, restful. */
const COLOURING: Concept[] = ["wish", "think", "life", "soon", "rest"];

/**
 * What one clause composes, beyond the post's bag of concepts: an end the writer speaks of with "I", "me" or
 * "my" in the same clause ("self:"), an end coloured by a wish, a thought, living or a near date in that
 * clause ("clause:core+wish"), and two ends in one clause. Broad on purpose: a handful of features that any
 * wording of "I + a wish not to exist" lands on, whatever its words.
 */
function composeClause(owned: Set<Concept>, self: boolean, set: (name: string) => void): void {
  const core = [...owned].filter((c) => CORE.has(c));
  if (!core.length) return;
  if (self) {
    set("self:core");
    for (const c of core) set(`self:${c}`);
  }
  for (const c of COLOURING) if (owned.has(c)) set(`clause:core+${c}`);
  if (core.length >= 2) set("clause:core+core");
}

export type PostFeatures = {
  /** Feature name → value (0/1 mostly). */
  values: Map<string, number>;
  /** Concepts the writer owns, for naming the signal families. */
  owned: Set<Concept>;
};

/** Reads a post into named features. Pure and fast: a few regular expressions per clause. */
export function extractFeatures(text: string, hint?: string): PostFeatures {
  const sentences = readRevealedSelf(splitSentences(text).map(maskReportedQuotes));
  const langHint = hint?.toLowerCase().slice(0, 2);
  const values = new Map<string, number>();
  const owned = new Set<Concept>();
  const set = (name: string, v = 1) => values.set(name, Math.max(values.get(name) ?? 0, v));
  const ownedBySentence: Array<Set<Concept>> = sentences.map(() => new Set());
  let firstPerson = false;
  const langs = new Set<string>();

  for (const compiled of COMPILED) {
    const { language: lang } = compiled;
    const ctx = lang.context;
    const normalised = sentences.map((s) => (languagesOf(s, langHint).includes(lang.language) ? splitClauses(s).map((c) => lang.normalise(c)) : []));
    if (normalised.every((n) => n.length === 0)) continue;
    langs.add(lang.language);
    const post = normalised.map((clauses) => clauses.join(" , ")).join(" . ");
    const resolved = readsAsResolved(
      normalised.map((clauses) => clauses.join(" , ")),
      ctx,
    );
    for (const [frame, re] of compiled.frames) if (re.test(post)) set(`frame:${frame}`);
    if (resolved) set("frame:resolved");
    if (LAUGHING.test(text)) set("frame:humour");
    readArrangements(lang.language, normalised, resolved, set);
    readContrast(lang.language, normalised, set);

    normalised.forEach((clauses, si) => {
      const sentence = clauses.join(" , ");
      if (/\?\s*$/.test(sentences[si]!)) set("frame:question");
      clauses.forEach((raw, index) => {
        const clause = maskFigures(compiled, raw, (kind) => set(`frame:${kind}`));
        const tokens = clause.split(" ");
        for (const t of tokens) if (t.length > 2 && t !== "x" && !FUNCTION_WORDS.has(t) && stem(t)) set(`w:${stem(t)}`);
        if (tokens.some((t) => ctx.firstPerson.has(t) || /^(?:my|mine|mon|ma|mes|moi)$/.test(t))) firstPerson = true;
        // "my life" is the writer's; "my sister" is someone else.
        const selfClause = tokens.some((t, i) => ctx.firstPerson.has(t) || (/^(?:my|mon|ma|mes)$/.test(t) && !ctx.others.has(tokens[i + 1] ?? "")));
        const clauseOwned = new Set<Concept>();
        const view: ClauseView = { tokens, before: clauses.slice(0, index).map((c) => c.split(" ")) };
        const hypothetical = ctx.hypothetical.test(clause);
        // A film or a lesson in any language frames the sentence (a post may be read in both).
        const framedClause = COMPILED.some((any) => any.frames.some(([f, re]) => (f === "media" || f === "lesson") && re.test(sentence)));
        for (const [concept, re] of compiled.concepts) {
          re.lastIndex = 0;
          for (const m of clause.matchAll(re)) {
            const at = m.index === 0 ? 0 : clause.slice(0, m.index).trimEnd().split(" ").length;
            const selfWords = /(?:^|\s)(?:i|me|my|myself|je|me|moi|mon|ma|mes)(?:\s|$)/.test(m[0]);
            if (isNegated(view, at, ctx)) {
              set(`denied:${concept}`);
              continue;
            }
            // Inside a sentence about a film or a lesson, the words belong to the story or the subject taught.
            if (framedClause) {
              set(`framed:${concept}`);
              continue;
            }
            if (!selfWords && !/^(?:i|je)$/.test(tokens[at] ?? "") && isAboutOthers(view, at, ctx)) {
              set(`others:${concept}`);
              continue;
            }
            if (hypothetical) {
              set(`imagined:${concept}`);
              continue;
            }
            if (isResolvedPast(sentence, clause.slice(0, m.index! + m[0].length), clause, resolved, ctx)) {
              set(`past:${concept}`);
              continue;
            }
            if (OBJECTABLE.has(concept) && compiled.objects.test(clause.slice(m.index! + m[0].length))) {
              set(`object:${concept}`);
              continue;
            }
            ownedBySentence[si]!.add(concept);
            owned.add(concept);
            clauseOwned.add(concept);
          }
        }
        composeClause(clauseOwned, selfClause, set);
      });
    });
  }

  for (const c of owned) set(`own:${c}`);
  // Dense summaries generalise where a rare pair has too few examples to be weighed.
  const core = [...owned].filter((c) => CORE.has(c)).length;
  if (core >= 1) set("core:1+");
  if (core >= 2) set("core:2+");
  for (const c of owned) if (!CORE.has(c) && core) set(`core+${c}`);
  const distinct = owned.size;
  if (distinct >= 2) set("own:2+");
  if (distinct >= 3) set("own:3+");
  if (distinct >= 4) set("own:4+");
  ownedBySentence.forEach((_, i) => {
    const near = new Set<Concept>();
    for (let j = i; j < Math.min(ownedBySentence.length, i + PAIR_WINDOW); j++) for (const c of ownedBySentence[j]!) near.add(c);
    const list = CONCEPTS.filter((c) => near.has(c));
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) set(`pair:${list[a]}+${list[b]}`);
  });
  if (firstPerson) set("frame:first_person");
  if (langs.size === 1 && langs.has("fr")) set("lang:fr");
  return { values, owned };
}
