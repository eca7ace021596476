/**
 * Where the distress detector alarms, and how the fit chooses it (./distress-fit.ts). The scorer alone alarms from
 * `threshold`; the written rules alarm unless the scorer is below `veto`. With `framed`, a post whose words the
 * context reads as not the writer's now (someone else's, a past that is over, a note, a film, an idiom: see
 * `isFramedPost` in app/moderation/distress/model.ts) has a cut of its own, chosen on the same held-out scores.
 */
import type { LanguageCut } from "../../app/moderation/distress/model";

export type Cut = LanguageCut & { byLanguage?: Partial<Record<"en" | "fr", LanguageCut>> };

export type CutRow = { y: number; rules: boolean; lang: "en" | "fr"; framed: boolean };
export type CutOptions = { perLanguage: boolean; framed: boolean; vetoes: number[] };

const THRESHOLDS = Array.from({ length: 37 }, (_, i) => 0.95 - i * 0.025);

/** The cut that applies to this post: its language's, then its frame's. */
export function cutOf(r: CutRow, cut: Cut): { threshold: number; veto: number } {
  const c: LanguageCut = cut.byLanguage?.[r.lang] ?? cut;
  return (r.framed && c.framed) || c;
}

export function alarm(r: CutRow, p: number, cut: Cut): boolean {
  const { threshold, veto } = cutOf(r, cut);
  return (r.rules && p >= veto) || p >= threshold;
}

type Candidate = { threshold: number; veto: number; tp: number; fp: number };

/** Every threshold and veto on these posts, with what each finds and raises. */
function candidates(held: Array<[CutRow, number]>, vetoes: number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const veto of vetoes)
    for (const threshold of THRESHOLDS) {
      let tp = 0;
      let fp = 0;
      for (const [r, p] of held)
        if ((r.rules && p >= veto) || p >= threshold) {
          if (r.y) tp++;
          else fp++;
        }
      out.push({ threshold, veto, tp, fp });
    }
  return out;
}

/**
 * A veto above the threshold alarms exactly as one at the threshold here (a post the scorer puts over the threshold
 * alarms anyway), but the screener applies the veto first and would set such a post's rule alarm aside: held at the threshold.
 */
const pair = (c: Candidate) => ({ threshold: c.threshold, veto: Math.min(c.veto, c.threshold) });

/** The most recall whose false alarms stay within the bound; on a tie, fewer false alarms, then the earlier candidate (higher threshold, smaller veto). */
function chooseOne(held: Array<[CutRow, number]>, maxFalseAlarms: number, options: CutOptions): LanguageCut {
  const negatives = held.filter(([r]) => !r.y).length;
  const allowed = Math.floor(maxFalseAlarms * negatives + 1e-9);
  if (!options.framed) {
    let best: Candidate = { threshold: 0.99, veto: 0, tp: -1, fp: 0 };
    for (const c of candidates(held, options.vetoes)) if (c.fp <= allowed && c.tp > best.tp) best = c;
    return pair(best);
  }
  // Two groups, one bound: for each count of false alarms, the best cut of each group, then the best pair.
  const frontier = (rows: Array<[CutRow, number]>) => {
    const byFp = new Map<number, Candidate>();
    for (const c of candidates(rows, options.vetoes)) if (c.fp <= allowed && c.tp > (byFp.get(c.fp)?.tp ?? -1)) byFp.set(c.fp, c);
    return [...byFp.values()];
  };
  const plain = frontier(held.filter(([r]) => !r.framed));
  const framed = frontier(held.filter(([r]) => r.framed));
  let best: [Candidate, Candidate] | null = null;
  for (const a of plain)
    for (const b of framed) {
      if (a.fp + b.fp > allowed) continue;
      const tp = a.tp + b.tp;
      const bestTp = best ? best[0].tp + best[1].tp : -1;
      if (tp > bestTp || (tp === bestTp && a.fp + b.fp < best![0].fp + best![1].fp)) best = [a, b];
    }
  if (!best) return { threshold: 0.99, veto: 0 };
  const [a, b] = best;
  return { ...pair(a), framed: pair(b) };
}

/** The cut chosen on held-out scores: one for all posts, and one for each language with `perLanguage`. */
export function chooseCut(held: Array<[CutRow, number]>, maxFalseAlarms: number, options: CutOptions): Cut {
  const cut: Cut = chooseOne(held, maxFalseAlarms, options);
  if (!options.perLanguage) return cut;
  const byLanguage = Object.fromEntries(
    (["en", "fr"] as const).map((l) => [
      l,
      chooseOne(
        held.filter(([r]) => r.lang === l),
        maxFalseAlarms,
        options,
      ),
    ]),
  );
  return { ...cut, byLanguage };
}

/** A cut as one line: "en 0.675/0.1 (framed 0.8/0.5), fr …". */
export function describeCut(cut: Cut): string {
  const one = (c: LanguageCut) => `${c.threshold.toFixed(3)}/${c.veto}${c.framed ? ` (framed ${c.framed.threshold.toFixed(3)}/${c.framed.veto})` : ""}`;
  return cut.byLanguage
    ? Object.entries(cut.byLanguage)
        .map(([l, c]) => `${l} ${one(c)}`)
        .join(", ")
    : one(cut);
}
