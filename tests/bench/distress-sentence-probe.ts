/**
 * How well each multiple-instance labelling of the sentence model ranks posts by their highest sentence, each blind
 * batch scored by a sentence model fitted without it (./distress-sentence-fit.ts): the cheap measure that chooses the
 * labelling before the nested post-model run.  npx tsx tests/bench/distress-sentence-probe.ts all,top,soft [rounds] [l2Dense]
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { pieceEmbeddingsOf } from "./distress-neighbours";
import { sentenceModelOf, type Mil } from "./distress-sentence-fit";

type Case = { id: string; text: string; lang?: string; distress: boolean };
const files = ["distress-eval.jsonl", "distress-unseen.jsonl", ...Array.from({ length: 20 }, (_, i) => `distress-blind-${i + 5}.jsonl`)];
const read = (f: string): Case[] =>
  readFileSync(fileURLToPath(new URL(`../data/${f}`, import.meta.url)), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
const perFile = files.map(read);
const posts = perFile.flat();
const fileOf = perFile.flatMap((cs, f) => cs.map(() => f));
const pieces = await pieceEmbeddingsOf(posts.map((c) => c.text));
const [mils = "all,top", rounds = "1", l2Dense = "0.3", l2 = "3", iterations = "200"] = process.argv.slice(2);
for (const mil of mils.split(",") as Mil[]) {
  const started = performance.now();
  const sm = sentenceModelOf(
    posts,
    pieces,
    fileOf,
    { mil, rounds: Number(rounds), l2: Number(l2), l2Dense: Number(l2Dense), minCount: 2, iterations: Number(iterations) },
    "probe",
  );
  const pooled: Array<[boolean, number]> = [];
  for (let f = 2; f < files.length; f++) {
    const scores = sm.scoresWithout([f]);
    posts.forEach((c, i) => {
      if (fileOf[i] === f) pooled.push([c.distress, Math.max(...sm.sentencesOfPost[i]!.map((s) => scores[s]!))]);
    });
  }
  const neg = pooled
    .filter(([y]) => !y)
    .map(([, p]) => p)
    .sort((a, b) => b - a);
  const pos = pooled.filter(([y]) => y).map(([, p]) => p);
  const cut = neg[Math.floor(0.05 * neg.length)]!;
  let auc = 0;
  for (const p of pos) for (const n of neg) auc += p > n ? 1 : p === n ? 0.5 : 0;
  console.log(
    `${mil} rounds ${rounds} l2Dense ${l2Dense} l2 ${l2} iterations ${iterations}: AUC ${(auc / pos.length / neg.length).toFixed(4)}, found at 5% ${pos.filter((p) => p > cut).length}/${pos.length}, ${Math.round((performance.now() - started) / 1000)} s`,
  );
}
