import type { LanguageContext } from "./types";

/**
 * Language knowledge that decides whether a matched signal is the writer speaking about themself, now:
 * who the clause is about, whether the signal is denied, and whether it is a past that is resolved.
 */

export type ClauseView = {
  /** The clause's words, normalised. */
  tokens: string[];
  /** Earlier clauses of the same sentence, normalised, nearest last. */
  before: string[][];
};

const PRONOUNS = new Set(["he", "she", "they", "we", "il", "elle", "ils", "elles", "nous"]);

/** Whose experience is this? The nearest subject before the signal decides; reporting verbs are noted on the way. */
export function subjectBefore(view: ClauseView, at: number, ctx: LanguageContext): { subject: "first" | "other" | null; reporting: boolean } {
  let reporting = false;
  const runs = [view.tokens.slice(0, at), ...[...view.before].reverse()];
  for (const run of runs) {
    for (let i = run.length - 1; i >= 0; i--) {
      const t = run[i]!;
      if (ctx.firstPerson.has(t)) return { subject: "first", reporting };
      if (ctx.others.has(t)) return { subject: "other", reporting };
      if (ctx.reporting.has(t)) reporting = true;
    }
  }
  return { subject: null, reporting };
}

/**
 * Is the signal about someone else, or clinical or teaching talk? "The patient expressed suicidal
 * ideation", "we assessed her overdose risk", "my friend says she can't go on".
 */
export function isAboutOthers(view: ClauseView, at: number, ctx: LanguageContext): boolean {
  const { subject, reporting } = subjectBefore(view, at, ctx);
  if (subject === "other") return true;
  // "After the overdose she was transferred": with no subject before, a pronoun just after decides.
  if (
    subject === null &&
    view.tokens
      .slice(at)
      .some(
        (t, i, rest) =>
          i > 0 &&
          i <= 6 &&
          ctx.others.has(t) &&
          PRONOUNS.has(t) &&
          !ctx.firstPerson.has(rest[i - 1]!) &&
          !/^(?:my|mon|ma|mes|without|with|for|to|sans|avec|pour)$/.test(rest[i - 1]!),
      )
  )
    return true;
  // Clinical or teaching words anywhere in the sentence ("Risk factors include…, and feeling a burden").
  const clinical = [view.tokens, ...view.before].some((run) => run.some((t) => ctx.clinical.has(t)));
  if (subject === null) return clinical;
  return reporting && (clinical || view.tokens.some((t) => ctx.others.has(t)));
}

/**
 * Is the signal denied? A negator counts when only light words ("going to", "ever", "really") stand
 * between it and the signal: "I would never kill myself" is denied, "I can't stop thinking about killing
 * myself" is not. A clause that opens with light words continues the negation of the one before
 * ("I would never, ever hurt myself").
 */
export function isNegated(view: ClauseView, at: number, ctx: LanguageContext): boolean {
  const negatedFrom = (run: string[]): boolean => {
    for (let i = run.length - 1, gap = 0; i >= 0 && gap <= 4; i--, gap++) {
      if (ctx.negators.has(run[i]!)) return true;
      if (!ctx.light.has(run[i]!)) return false;
    }
    return false;
  };
  const lead = view.tokens.slice(0, at);
  if (negatedFrom(lead)) return true;
  const previous = view.before.at(-1);
  return !!previous && lead.every((t) => ctx.light.has(t)) && negatedFrom(previous.slice(-2));
}

/**
 * Is this a past the writer has said is behind them? Only when the clause is in the past (a distant-past
 * marker in the sentence, or a past verb before the signal), nothing in it says "now" or "still", and the
 * post says it is resolved.
 */
export function isResolvedPast(sentence: string, clausePrefix: string, clause: string, resolved: boolean, ctx: LanguageContext): boolean {
  if (!resolved || ctx.recent.test(clause)) return false;
  return ctx.distantPast.test(sentence) || ctx.pastVerb.test(clausePrefix);
}

/**
 * Does the post say its past is behind the writer? Either in so many words (`resolved`: "I'm in a better place now"),
 * or as a past bracketed by its time ("Last year I wrote a goodbye letter", « pendant mes études ») followed, in a
 * later sentence, by a present statement of recovery ("I'm a year into therapy now and honestly doing well",
 * « Plus rien depuis dix ans »). Never where the writer says it is not over ("I said I was better but I'm not").
 * `sentences` are the post's normalised sentences, in order.
 */
export function readsAsResolved(sentences: string[], ctx: LanguageContext): boolean {
  const post = sentences.join(" . ");
  if (ctx.relapse.test(post)) return false;
  if (ctx.resolved.test(post)) return true;
  const bracketed = sentences.findIndex((s) => ctx.distantPast.test(s));
  return bracketed >= 0 && sentences.slice(bracketed + 1).some((s) => ctx.recovery.test(s));
}

const REPORTED =
  /\b(?:said|says|told|tells|asked|asks|wrote|writes|texted|texts|messaged|messages|posted|emailed|typed|shouted|screamed|whispered|kept saying|dit|disait|a dit|demande|ecrit|envoy\w*|texto|criait|repete|repetait|repetaient|racontait|murmurait|hurlait|described|describes|such as|for example|e g|saying|dire|sing|sings|sang|singing|song|songs|radio|album|novel|book|titled|chante|chantent|chantait|chanson|roman|livre|intitul\w*|lyrics|paroles|script|scenario|scénario)\b[^"]*$/;

/**
 * Someone else reports the quote just before it ends the sentence: "'I'm a burden,' an old man said to me", « … », m'a dit
 * une dame. Not when the writer is the one who said it ("'I'm fine,' I told her"): no "I" or "je" before the verb.
 */
const REPORTED_AFTER =
  /^[\s,.!?…-]*(?:(?!(?<![\p{L}])(?:i|je|j)(?![\p{L}]))[\p{L}\p{N}' -]){0,40}?(?<![\p{L}])(?:said|says|told me|tells me|asked me|asks me|wrote|texted|whispered|shouted|m ?'?a (?:dit|ecrit|confie|lache|glisse|repete)|me (?:dit|disait|repete)|a dit|disait|dit-(?:il|elle))(?![\p{L}])/u;

/** Words quoted from someone else ("the patient said "I want to die"", a song sung, a script's line) are theirs, not the writer's. */
export function maskReportedQuotes(sentence: string): string {
  const reported = (offset: number, length: number) =>
    REPORTED.test(sentence.slice(Math.max(0, offset - 80), offset).replace(/"/g, " ")) ||
    REPORTED_AFTER.test(sentence.slice(offset + length, offset + length + 60));
  const mask = (whole: string, inner: string, offset: number) => (reported(offset, whole.length) ? ` ${" ".repeat(inner.length)} ` : whole);
  // Single quotes too ('I just want to sleep'), but not apostrophes inside words ("don't").
  // French guillemets and curly double quotes are quotes too ("m'a dit « je ne peux pas vivre sans elle »").
  return sentence
    .replace(/"([^"]*)"/g, mask)
    .replace(/«([^»]*)»/g, mask)
    .replace(/“([^”]*)”/g, mask)
    .replace(/(?<![\p{L}\p{N}])['‘’]([^'‘’]*(?:[\p{L}\p{N}]['‘’][\p{L}\p{N}][^'‘’]*)*)['‘’](?![\p{L}\p{N}])/gu, mask);
}
