import type { Candidate, EntityType } from "../types";

/**
 * What a slot rule module collects: `add` a candidate, and `group`, where a regex group stands in the text (the
 * last occurrence of its text inside the match, as the group ends the match or stands alone in it).
 */
export function slotCollector() {
  const out: Candidate[] = [];
  const add = (s: number, e: number, type: EntityType, confidence: number, priority: number, source: string) =>
    out.push({ start: s, end: e, type, confidence, priority, source });
  const group = (m: RegExpMatchArray, k = 1) => {
    const s = m.index! + m[0].lastIndexOf(m[k]);
    return [s, s + m[k].length] as const;
  };
  return { out, add, group };
}
