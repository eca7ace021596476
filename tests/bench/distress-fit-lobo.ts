/**
 * What `fit:distress --lobo` prints (./distress-fit.ts): each blind batch read by a fit without it, at the cut chosen
 * for it; the totals by language; what was lost by kind (--verbose: each post); and how well the left-out scores
 * rank posts with one cut chosen after the fact.
 */
import { alarm, describeCut, type Cut, type CutRow } from "./distress-cut";

export type LoboRow = CutRow & { c: { id: string; text: string; lang?: string; kind?: string } };

export type LoboRun<R extends LoboRow> = {
  blindFiles: string[];
  rows: R[];
  /** Each row's blind batch (its index in blindFiles), -1 for the team's own sets. */
  batchOf: number[];
  /** Every row's score by the fit without this blind batch. */
  scoresWithout: (b: number) => Float64Array;
  /** The cut a left-out batch is read at. */
  loboCut: (b: number) => Cut;
  chooseCut: (held: Array<[R, number]>, maxFalseAlarms: number) => Cut;
  verbose: boolean;
};

export function reportLeaveOneBatchOut<R extends LoboRow>({ blindFiles, rows, batchOf, scoresWithout, loboCut, chooseCut, verbose }: LoboRun<R>): void {
  const total = { en: { tp: 0, p: 0, fp: 0, n: 0 }, fr: { tp: 0, p: 0, fp: 0, n: 0 } };
  blindFiles.forEach((file, b) => {
    const cut = loboCut(b);
    const scores = scoresWithout(b);
    const line: string[] = [];
    for (const lang of ["en", "fr"] as const) {
      const sel = rows.map((r, i) => [r, scores[i]!] as const).filter(([r], i) => batchOf[i] === b && r.c.lang === lang);
      const hit = ([r, p]: readonly [LoboRow, number]) => alarm(r, p, cut);
      const t = total[lang];
      const tp = sel.filter((s) => s[0].y && hit(s)).length,
        p = sel.filter(([r]) => r.y).length;
      const fp = sel.filter((s) => !s[0].y && hit(s)).length,
        n = sel.filter(([r]) => !r.y).length;
      t.tp += tp;
      t.p += p;
      t.fp += fp;
      t.n += n;
      line.push(`${lang} ${tp}/${p} recall, ${fp}/${n} false alarms`);
    }
    console.log(`  left out ${file.split("/").pop()!.padEnd(24)} ${line.join("   ")}   (threshold ${describeCut(cut)})`);
  });
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  const all = { tp: total.en.tp + total.fr.tp, p: total.en.p + total.fr.p, fp: total.en.fp + total.fr.fp, n: total.en.n + total.fr.n };
  for (const [name, t] of [
    ["all", all],
    ["en", total.en],
    ["fr", total.fr],
  ] as const)
    console.log(`  leave-one-batch-out ${name.padEnd(3)} recall ${pct(t.tp, t.p)} (${t.tp}/${t.p}), false alarms ${pct(t.fp, t.n)} (${t.fp}/${t.n})`);
  // What the left-out batches lost, by kind (--verbose: each post): where to look next.
  const byKind = new Map<string, { wrong: number; of: number }>();
  blindFiles.forEach((_, b) => {
    const cut = loboCut(b);
    const scores = scoresWithout(b);
    rows.forEach((r, i) => {
      if (batchOf[i] !== b) return;
      const key = `${r.y ? "+" : "-"}${r.c.kind ?? "?"} ${r.c.lang ?? "?"}`;
      const k = byKind.get(key) ?? { wrong: 0, of: 0 };
      k.of++;
      if (alarm(r, scores[i]!, cut) !== !!r.y) {
        k.wrong++;
        if (verbose) console.error(`    ${r.y ? "MISSED" : "FALSE ALARM"} ${r.c.id} p=${scores[i]!.toFixed(2)} rules=${r.rules} ${r.c.text.slice(0, 160)}`);
      }
      byKind.set(key, k);
    });
  });
  const kinds = [...byKind.entries()].filter(([, k]) => k.wrong).sort(([, a], [, b]) => b.wrong - a.wrong);
  console.log(`  ${kinds.map(([name, k]) => `${name} ${k.wrong}/${k.of}`).join(", ")} (missed or false alarm, by kind)`);
  // How well the scores rank posts, whatever threshold is chosen: one cut for all the left-out batches, chosen after the fact.
  const pooled = rows.map((r, i) => [r, batchOf[i]! >= 0 ? scoresWithout(batchOf[i]!)[i]! : NaN] as [R, number]).filter(([, p]) => !Number.isNaN(p));
  const ranking = [0.05, 0.068].map((fa) => {
    const c = chooseCut(pooled, fa);
    const found = pooled.filter(([r, p]) => r.y && alarm(r, p, c)).length;
    const wrong = pooled.filter(([r, p]) => !r.y && alarm(r, p, c)).length;
    return `${found}/${all.p} at ${wrong} false alarms (≤ ${(fa * 100).toFixed(1)}%)`;
  });
  console.log(`  ranking, one cut chosen after the fact: ${ranking.join(", ")}`);
}
