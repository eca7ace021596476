// What the post model reads of the sentence model's scores; apart from sentences.ts, which reads model.ts,
// so that model.ts can import it without an import cycle.

/** The post-level features the sentence scores give, in this order (see `summariseSentences`). */
export const SENTENCE_FEATURES = ["sent:max", "sent:second", "sent:max:framed", "sent:max:late"] as const;

/**
 * What the post model reads of its sentences' scores: the highest, the second highest (0 for a post of one
 * sentence), the highest again when the post is framed (its words not the writer's now, so the fit can discount
 * it there), and the highest weighted by where it sits (0 first, 1 last: a goodbye closing a post).
 */
export function summariseSentences(scores: number[], framed: boolean): number[] {
  if (!scores.length) return SENTENCE_FEATURES.map(() => 0);
  let at = 0;
  scores.forEach((s, i) => {
    if (s > scores[at]!) at = i;
  });
  const max = scores[at]!;
  const second = scores.length > 1 ? Math.max(...scores.filter((_, i) => i !== at)) : 0;
  const position = scores.length > 1 ? at / (scores.length - 1) : 0;
  return [max, second, framed ? max : 0, max * position];
}
