/**
 * Fits the de-identifier's learned token scorer (app/deid/learned/model-weights.ts): two logistic models with
 * L2 over the features of app/deid/learned/features.ts, one for "part of a name, place or facility" and one
 * for "a person's name" (read on identifier tokens only). Trained ONLY on the project's own labelled texts
 * (tests/fixtures/deid and the blind batches in tests/fixtures/deid-blind), never on the shared corpora, so
 * PhysioNet, ASQ-PHI and Presidio stay honest tests.
 * The threshold is chosen where the scorer meets text nobody tuned anything to: each blind batch is read by a
 * scorer fitted without it, on top of the rules as they were before that batch was written (their commit is
 * read from git into .cache/). Going down from 0.95, the chosen threshold is the lowest before the first
 * whose added findings are right less than --min-added-precision of the time or at which the protected
 * clinical terms redacted pass 2%. Out-of-fold figures over today's rules (5 folds by text) are printed too.
 * The choice is never below --floor (0.93; see FLOOR).
 *   npm run fit:deid [-- --dry-run] [--min-added-precision 0.5] [--floor 0.93] [--l2 0.0005] [--epochs 12] [--show] [--show-missed] [--keep-main] [--no-blind-rules] [--no-notes]
 */
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve as resolvePath } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { protectedSpans } from "../../app/deid/clinical";
import { deidentify, type Finding } from "../../app/deid/index";
import { candidates, FEATURE_SET_VERSION, tokenFeatures, tokenize } from "../../app/deid/learned/features";
import { LEARNED_DEID_MODEL as SHIPPED } from "../../app/deid/learned/model-weights";
import { detectLearned, scoreTokens, type LearnedHead, type LearnedModel } from "../../app/deid/learned/scorer";
import { resolve } from "../../app/deid/resolve";
import { truecaseLines } from "../../app/deid/truecase";
import { blankLongRuns, lowerSameLength } from "../../app/deid/util";
import { build } from "../fixtures/deid/build";
import { trainNotesEn } from "../fixtures/deid-train/notes-en";
import { trainNotesEn2 } from "../fixtures/deid-train/notes-en-2";
import { trainNotesFr } from "../fixtures/deid-train/notes-fr";
import { covered, loadBlind, loadOwn, touchesGold, type Case, type Corpus } from "./deid-corpora";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolvePath(here, "../..");
const arg = (flag: string, fallback: number) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const L2 = arg("--l2", 0.0005);
const EPOCHS = arg("--epochs", 12);
const MIN_COUNT = arg("--min-count", 3);
const MIN_ADDED_PRECISION = arg("--min-added-precision", 0.5);
const MAX_CLINICAL = 0.02;
/**
 * The lowest threshold shipped. Our texts are case learnings and letters; below 0.9 the scorer's additions on
 * ICU shorthand and one-line queries, which the fit never reads, were seen to pass the limits kept on the
 * shared corpora (refit with batches 5-9: the blind sweep chose 0.65, where PhysioNet's precision fell to
 * 0.676, ASQ-PHI's hard negatives flagged rose to 6.8% and one protected term of the own set was redacted;
 * at 0.8: 0.740 and 5.5%). So the sweep's choice is raised to this floor (docs/deid.md). Refit on batches 5-18
 * (2026-12-01), the scorer is surer of itself: at 0.9 it read "Return to Baseline" as a place and ASQ-PHI's hard
 * negatives flagged rose from 3.2% to 4.6%; at 0.93 they are 2.7% and every batch's recall is within one span.
 */
const FLOOR = arg("--floor", 0.93);
const REF = new Date(2024, 0, 1);
const SOFT = new Set(["PERSON", "LOCATION", "FACILITY", "ORGANISATION"]);

/** Notes written for the scorer in the styles the other sets lack (tests/fixtures/deid-train), built from their markers. */
function loadTrainingNotes(): Corpus {
  const cases = [...trainNotesEn, ...trainNotesEn2, ...trainNotesFr].map(build).map((d) => ({
    id: d.id,
    text: d.text,
    spans: d.spans.map((g) => ({ start: g.start, end: g.end, label: g.type })),
    hardNegative: false,
    mustSurvive: d.mustSurvive,
  }));
  return { name: `training notes (${cases.length})`, cases, precision: true };
}
const corpora = [loadOwn(repo), ...loadBlind(repo), ...(process.argv.includes("--no-notes") ? [] : [loadTrainingNotes()])].filter(
  (c): c is Corpus => c !== null,
);
type Text = { c: Case; corpus: string; cased: string; rules: Finding[]; fold: number };
type Row = { x: number[]; y: number; person: number; text: number };
// Folds by text, by a hash of the id (stable when texts are added).
const foldOf = (id: string) => [...id].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7) % 5;
const texts: Text[] = corpora.flatMap((corpus) =>
  corpus.cases.map((c) => ({
    c,
    corpus: corpus.name.split(" (")[0],
    cased: blankLongRuns(truecaseLines(c.text).cased),
    rules: deidentify(c.text, { referenceDate: REF, learned: false }).findings,
    fold: foldOf(c.id),
  })),
);

// Rows: every token the scorer reads; tokens inside a date, number or other non-name identifier are left out.
// The rare words (the main head) and the common words read where a name can sit (the common head) are two sets.
const raw: { f: string[]; y: number; person: number; text: number; common: boolean }[] = [];
texts.forEach((t, ti) => {
  const tokens = tokenize(t.c.text);
  const kinds = candidates(t.c.text, tokens);
  const feats = tokenFeatures(
    t.c.text,
    t.cased,
    tokens,
    kinds.map((k) => k !== null),
  );
  tokens.forEach((tok, i) => {
    const f = feats[i];
    if (!f) return;
    const gold = t.c.spans.filter((g) => g.start < tok.end && tok.start < g.end);
    if (gold.some((g) => !SOFT.has(g.label))) return;
    const y = gold.length ? 1 : 0;
    raw.push({ f, y, person: gold.some((g) => g.label === "PERSON") ? 1 : 0, text: ti, common: kinds[i] === "common" });
  });
});
/** A head's rows, over the features seen at least MIN_COUNT times among them. */
function rowSet(sel: typeof raw): { names: string[]; rows: Row[] } {
  const counts = new Map<string, number>();
  for (const r of sel) for (const k of r.f) counts.set(k, (counts.get(k) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [k, n] of [...counts].sort(([a], [b]) => a.localeCompare(b))) if (n >= MIN_COUNT) vocab.set(k, vocab.size);
  return {
    names: [...vocab.keys()],
    rows: sel.map((r) => ({ x: r.f.filter((k) => vocab.has(k)).map((k) => vocab.get(k)!), y: r.y, person: r.person, text: r.text })),
  };
}
const rare = rowSet(raw.filter((r) => !r.common));
const common = rowSet(raw.filter((r) => r.common));

/** Logistic regression by AdaGrad over shuffled rows (deterministic order), L2 on the touched weights. */
function fitLogistic(data: Row[], size: number, label: (r: Row) => number): { w: Float64Array; b: number } {
  const w = new Float64Array(size);
  const g2 = new Float64Array(size + 1).fill(1e-6);
  let b = 0;
  const order = data.map((_, i) => i);
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const r = data[k]!;
      let z = b;
      for (const j of r.x) z += w[j]!;
      const err = 1 / (1 + Math.exp(-z)) - label(r);
      for (const j of r.x) {
        const g = err + L2 * w[j]!;
        g2[j]! += g * g;
        w[j]! -= (0.1 * g) / Math.sqrt(g2[j]!);
      }
      g2[size]! += err * err;
      b -= (0.1 * err) / Math.sqrt(g2[size]!);
    }
  }
  return { w, b };
}

/** Both models of a head (identifier; person, fitted on the identifier rows only) on the rows `keep` selects. */
function fitHead(set: { names: string[]; rows: Row[] }, keep: (r: Row) => boolean, threshold: number): LearnedHead {
  const data = set.rows.filter(keep);
  const id = fitLogistic(data, set.names.length, (r) => r.y);
  const person = fitLogistic(
    data.filter((r) => r.y),
    set.names.length,
    (r) => r.person,
  );
  const weights: Record<string, number> = {};
  const personWeights: Record<string, number> = {};
  set.names.forEach((k, j) => {
    if (Math.abs(id.w[j]!) >= 0.01) weights[k] = Math.round(id.w[j]! * 1000) / 1000;
    if (Math.abs(person.w[j]!) >= 0.01) personWeights[k] = Math.round(person.w[j]! * 1000) / 1000;
  });
  return { threshold, bias: Math.round(id.b * 1000) / 1000, weights, personBias: Math.round(person.b * 1000) / 1000, person: personWeights };
}
/** The model fitted on the rows `keep` selects; the common head is off (threshold 2) until its threshold is chosen. */
const fitBoth = (keep: (r: Row) => boolean, threshold: number, commonThreshold = 2): LearnedModel => ({
  featureSet: FEATURE_SET_VERSION,
  ...fitHead(rare, keep, threshold),
  common: fitHead(common, keep, commonThreshold),
});

/** The whole detector on one text: the rules' findings plus the scorer's, through the same resolution. */
function combined(t: Text, model: LearnedModel): { all: Finding[]; added: Finding[] } {
  const rules = t.rules.map((f) => ({ ...f, priority: 100 }));
  const prot = protectedSpans(t.cased, lowerSameLength(t.c.text));
  const learned = detectLearned(t.c.text, t.cased, [...t.rules, ...prot], model);
  const chosen = resolve(t.cased, [...rules, ...learned], prot);
  const added = chosen.filter((c) => c.source === "learned").map((c) => ({ ...c, text: t.c.text.slice(c.start, c.end), placeholder: "" }));
  return { all: [...t.rules, ...added], added };
}

/** `--show-missed`: each name or place still missed, with the scorer's probability on its words (the read ones). */
const SHOW_MISSED = process.argv.includes("--show-missed");
function showMissed(t: Text, model: LearnedModel, found: Finding[]) {
  const { tokens, scores } = scoreTokens(t.c.text, t.cased, [], model);
  for (const g of t.c.spans) {
    if (!SOFT.has(g.label) || covered(t.c.text, g, found)) continue;
    const words = tokens.flatMap((tok, i) =>
      tok.start < g.end && g.start < tok.end ? [`${t.c.text.slice(tok.start, tok.end)}=${scores[i]?.p.toFixed(2) ?? "-"}`] : [],
    );
    console.log(`    missed ${g.label} ${words.join(" ")} in ${t.c.id}`);
  }
}

type Tally = { caught: number; total: number; findings: number; onGold: number; added: number; addedOnGold: number; clin: number; clinChecks: number };
function tally(model: (t: Text) => LearnedModel, sel: Text[], show = false): { before: Tally; after: Tally } {
  const zero = (): Tally => ({ caught: 0, total: 0, findings: 0, onGold: 0, added: 0, addedOnGold: 0, clin: 0, clinChecks: 0 });
  const before = zero();
  const after = zero();
  for (const t of sel) {
    const { all, added } = combined(t, model(t));
    for (const [s, fs] of [
      [before, t.rules],
      [after, all],
    ] as const) {
      for (const g of t.c.spans) {
        s.total++;
        if (covered(t.c.text, g, fs)) s.caught++;
      }
      s.findings += fs.length;
      s.onGold += fs.filter((f) => touchesGold(f, t.c.spans)).length;
      for (const term of t.c.mustSurvive ?? [])
        for (let at = t.c.text.indexOf(term); at >= 0; at = t.c.text.indexOf(term, at + term.length)) {
          s.clinChecks++;
          if (fs.some((f) => f.start < at + term.length && at < f.end)) s.clin++;
        }
    }
    after.added += added.length;
    after.addedOnGold += added.filter((f) => touchesGold(f, t.c.spans)).length;
    if (show && SHOW_MISSED) showMissed(t, model(t), all);
    if (process.argv.includes("--show"))
      for (const a of added)
        if (!touchesGold(a, t.c.spans)) console.log(`    oof false ${a.type} p=${a.confidence} ${JSON.stringify(t.c.text.slice(a.start, a.end))} in ${t.c.id}`);
  }
  return { before, after };
}

/** The rules as they were before each blind batch was written (the commit that added the batch, from git). */
const RULES_BEFORE: Record<string, string> = {
  "blind batch 5": "578eb72",
  "blind batch 6": "e568837",
  "blind batch 7": "09cf612",
  "blind batch 8": "a998e9b",
  "blind batch 9": "c1fae87",
  "blind batch 10": "dec4348",
  "blind batch 11": "97b1906",
  "blind batch 12": "bb85db8",
  "blind batch 13": "645ad40",
  // Batches 14-16 were recovered in one commit: the rules before it had read none of them.
  "blind batch 14": "0ab1734",
  "blind batch 15": "0ab1734",
  "blind batch 16": "0ab1734",
  "blind batch 17": "faca14b",
  "blind batch 18": "624516e",
  // Batches 19 and 20 were written in one sitting at the start of session 11, before any rule was written for either.
  "blind batch 19": "8ef5d52",
  "blind batch 20": "8ef5d52",
};
async function blindRulesTexts(): Promise<Text[]> {
  if (process.argv.includes("--no-blind-rules")) return [];
  const out: Text[] = [];
  for (const [name, commit] of Object.entries(RULES_BEFORE)) {
    const dir = resolvePath(repo, `.cache/deid-rules-${commit}`);
    try {
      if (!existsSync(dir)) {
        mkdirSync(dir, { recursive: true });
        execSync(`git archive ${commit} app/deid | tar -x -C ${JSON.stringify(dir)}`, { cwd: repo, stdio: "pipe" });
      }
    } catch {
      console.log(`(the rules of ${commit} cannot be read from git: ${name} is left out of the blind measurement)`);
      continue;
    }
    const old = (await import(pathToFileURL(resolvePath(dir, "app/deid/index.ts")).href)) as { deidentify: typeof deidentify };
    // The rules alone: from batch 9 on, the commit before a batch also holds a learned scorer.
    for (const t of texts.filter((x) => x.corpus === name))
      out.push({ ...t, rules: old.deidentify(t.c.text, { referenceDate: REF, learned: false }).findings });
  }
  return out;
}

// Out of fold: each text is scored by a model fitted without its fold.
const foldModels = [0, 1, 2, 3, 4].map((k) => fitBoth((r) => texts[r.text]!.fold !== k, 0.5));
const atThreshold = (threshold: number) => (t: Text) => ({ ...foldModels[t.fold]!, threshold });
const f3 = (a: number, b: number) => (b ? (a / b).toFixed(3) : "n/a");
for (const [label, set] of [
  ["rare words", rare],
  ["common words where a name can sit", common],
] as const)
  console.log(
    `${label}: features ${set.names.length} (seen ≥ ${MIN_COUNT} times), rows ${set.rows.length} (${set.rows.filter((r) => r.y).length} name/place tokens), L2 ${L2}, epochs ${EPOCHS}`,
  );
/**
 * Sweeps thresholds from the top: the chosen one is the lowest before the first whose added findings are
 * right less than MIN_ADDED_PRECISION of the time or that redacts more than 2% of the protected terms (a
 * noisy dip further down does not count: the added findings are few).
 */
function sweep(label: string, sel: Text[], modelAt: (threshold: number) => (t: Text) => LearnedModel): number {
  let best = 0.99;
  let stopped = false;
  for (const threshold of [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3]) {
    const { before, after } = tally(modelAt(threshold), sel);
    const addedPrecision = after.added ? after.addedOnGold / after.added : 1;
    const ok = addedPrecision >= MIN_ADDED_PRECISION && after.clin / Math.max(1, after.clinChecks) <= MAX_CLINICAL;
    if (ok && !stopped) best = threshold;
    else stopped = true;
    console.log(
      `  ${label} at ${threshold.toFixed(2)}: recall ${f3(before.caught, before.total)} -> ${f3(after.caught, after.total)}, precision ${f3(before.onGold, before.findings)} -> ${f3(after.onGold, after.findings)}, ` +
        `added ${after.added} (${f3(after.addedOnGold, after.added)} right), clinical terms redacted ${after.clin}/${after.clinChecks}${ok ? "" : "  (over the limits)"}`,
    );
  }
  return best;
}
/** The common head's threshold set, the main head's kept. */
const withCommon = (m: LearnedModel, threshold: number): LearnedModel => ({ ...m, common: { ...m.common!, threshold } });

/** Each blind batch's figures at the chosen thresholds, and their total. */
function printBatches(label: string, blind: Text[], modelFor: (t: Text) => LearnedModel) {
  console.log(`leave one batch out, ${label}:`);
  const sum = { caught: [0, 0], total: 0, added: 0, addedOnGold: 0, clin: [0, 0], clinChecks: 0 };
  for (const name of new Set(blind.map((t) => t.corpus))) {
    const { before, after } = tally(
      modelFor,
      blind.filter((t) => t.corpus === name),
      true,
    );
    sum.caught[0]! += before.caught;
    sum.caught[1]! += after.caught;
    sum.total += after.total;
    sum.added += after.added;
    sum.addedOnGold += after.addedOnGold;
    sum.clin[0]! += before.clin;
    sum.clin[1]! += after.clin;
    sum.clinChecks += after.clinChecks;
    console.log(
      `  ${name.padEnd(14)} blind rules recall ${f3(before.caught, before.total)} -> ${f3(after.caught, after.total)}, precision ${f3(before.onGold, before.findings)} -> ${f3(after.onGold, after.findings)}, ` +
        `added ${after.added} (${after.addedOnGold} right), clinical terms redacted ${before.clin} -> ${after.clin} of ${after.clinChecks}`,
    );
  }
  console.log(
    `  all batches    blind rules recall ${f3(sum.caught[0]!, sum.total)} -> ${f3(sum.caught[1]!, sum.total)} (${sum.caught[0]} -> ${sum.caught[1]} of ${sum.total}), ` +
      `added ${sum.added} (${sum.addedOnGold} right), clinical terms redacted ${sum.clin[0]} -> ${sum.clin[1]} of ${sum.clinChecks}`,
  );
}

console.log("out of fold, over the rules as they are now (which were written from these texts):");
let chosen = sweep("out-of-fold", texts, atThreshold);
let chosenCommon = Math.max(
  FLOOR,
  sweep("out-of-fold, common head", texts, (th) => (t) => withCommon(atThreshold(chosen)(t), th)),
);
const blind = await blindRulesTexts();
if (blind.length) {
  // Leave one batch out: each blind batch is read by a scorer fitted without it, over the rules as they were
  // before that batch was written. This is the scorer's work on text neither it nor the rules had seen, so
  // the thresholds are chosen here: the main head's first (the common head off), then the common head's.
  const batchModels = new Map<string, LearnedModel>();
  for (const name of new Set(blind.map((t) => t.corpus)))
    batchModels.set(
      name,
      fitBoth((r) => texts[r.text]!.corpus !== name, 0.5),
    );
  console.log("leave one batch out, over the rules as they were before each blind batch:");
  chosen = sweep("blind", blind, (threshold) => (t) => ({ ...batchModels.get(t.corpus)!, threshold }));
  if (chosen < FLOOR) console.log(`the blind sweep chose ${chosen}; raised to the floor ${FLOOR}`);
  chosen = Math.max(chosen, FLOOR);
  const atChosen = (t: Text) => ({ ...batchModels.get(t.corpus)!, threshold: chosen });
  chosenCommon = sweep("blind, common head", blind, (th) => (t) => withCommon(atChosen(t), th));
  if (chosenCommon < FLOOR) console.log(`the common head's blind sweep chose ${chosenCommon}; raised to the floor ${FLOOR}`);
  chosenCommon = Math.max(chosenCommon, FLOOR);
  printBatches(`main head at ${chosen}, common words not read`, blind, atChosen);
  printBatches(`main head at ${chosen}, common head at ${chosenCommon}`, blind, (t) => withCommon(atChosen(t), chosenCommon));
}
console.log(
  `thresholds ${chosen}, common head ${chosenCommon} (added findings right ≥ ${MIN_ADDED_PRECISION}, clinical terms redacted ≤ ${MAX_CLINICAL * 100}%)`,
);
for (const name of [...new Set(texts.map((t) => t.corpus))]) {
  const { before, after } = tally(
    (t) => withCommon(atThreshold(chosen)(t), chosenCommon),
    texts.filter((t) => t.corpus === name),
  );
  console.log(
    `  ${name.padEnd(14)} out-of-fold recall ${f3(before.caught, before.total)} -> ${f3(after.caught, after.total)} (${after.caught}/${after.total}), precision ${f3(before.onGold, before.findings)} -> ${f3(after.onGold, after.findings)}, ` +
      `clinical terms redacted ${before.clin} -> ${after.clin} of ${after.clinChecks}`,
  );
}

if (!process.argv.includes("--dry-run")) {
  // --keep-main: only the common head is refitted; the main head keeps the weights and threshold it shipped with.
  const fitted = fitBoth(() => true, chosen, chosenCommon);
  const model = process.argv.includes("--keep-main") ? { ...SHIPPED, featureSet: FEATURE_SET_VERSION, common: fitted.common } : fitted;
  const out = resolvePath(repo, "app/deid/learned/model-weights.ts");
  // One weight a line, as Prettier writes it, so a refit diffs weight by weight.
  const block = (w: Record<string, number>, indent: string) =>
    Object.entries(w)
      .map(([k, v]) => `${indent}${JSON.stringify(k)}: ${v},`)
      .join("\n");
  const c = model.common!;
  const source =
    `// Generated by \`npm run fit:deid\` (tests/bench/deid-fit.ts) from tests/fixtures/deid, deid-blind and deid-train: do not edit by hand.\n` +
    `// ${Object.keys(model.weights).length} + ${Object.keys(model.person).length} weights, common head ${Object.keys(c.weights).length} + ${Object.keys(c.person).length}; ` +
    `thresholds ${model.threshold} and ${chosenCommon} chosen ${blind.length ? "leaving each blind batch out, over the rules before it" : "on out-of-fold scores (5 folds by text)"}, never below ${FLOOR}.\n` +
    `import type { LearnedModel } from "./scorer";\n\n` +
    `export const LEARNED_DEID_MODEL: LearnedModel = {\n  featureSet: ${model.featureSet},\n  threshold: ${model.threshold},\n  bias: ${model.bias},\n` +
    `  weights: {\n${block(model.weights, "    ")}\n  },\n  personBias: ${model.personBias},\n  person: {\n${block(model.person, "    ")}\n  },\n` +
    `  common: {\n    threshold: ${c.threshold},\n    bias: ${c.bias},\n    weights: {\n${block(c.weights, "      ")}\n    },\n` +
    `    personBias: ${c.personBias},\n    person: {\n${block(c.person, "      ")}\n    },\n  },\n};\n`;
  writeFileSync(out, source);
  console.log(`wrote ${out} (${(Buffer.byteLength(source) / 1024).toFixed(1)} KB)`);
}
