import { describe, expect, it } from "vitest";
import { ENCODER_DIMENSIONS } from "../../../app/moderation/distress/encoder";
import { scoreSentences, sentenceFeatures, sentencesOf, summariseSentences, type SentenceModel } from "../../../app/moderation/distress/sentences";
import { milRows, nestedExclusion, sentenceModel, type SentenceInput } from "../../bench/distress-sentence-fit";

const zeros = () => new Float32Array(ENCODER_DIMENSIONS);

describe("the post features a post's sentence scores give", () => {
  it("are the highest, the second highest, the highest when framed, and the highest by where it sits", () => {
    expect(summariseSentences([0.1, 0.9, 0.3], false)).toEqual([0.9, 0.3, 0, 0.45]);
    expect(summariseSentences([0.1, 0.3, 0.9], true)).toEqual([0.9, 0.3, 0.9, 0.9]);
  });
  it("give no second sentence and no position to a post of one sentence", () => {
    expect(summariseSentences([0.8], false)).toEqual([0.8, 0, 0, 0]);
    expect(summariseSentences([], true)).toEqual([0, 0, 0, 0]);
  });
  it("read the sentences after the whole post, or the whole post when it is one piece", () => {
    expect(sentencesOf(["whole", "a", "b"])).toEqual(["a", "b"]);
    expect(sentencesOf(["whole"])).toEqual(["whole"]);
  });
  it("read a sentence's concepts without its word stems", () => {
    const f = sentenceFeatures("I want to die tonight.", "en");
    expect(f.get("s:own:death")).toBe(1);
    expect([...f.keys()].some((k) => k.startsWith("s:w:"))).toBe(false);
  });
});

describe("labelling sentences from their posts (multiple instances)", () => {
  // Posts 0 (in distress: sentences 0, 1, 2) and 1 (calm: sentences 3, 4).
  const rows = [0, 0, 0, 1, 1].map((post) => ({ post, x: [] as Array<[number, number]>, d: null, y: 0 }));
  const label = (p: number) => p === 0;
  const scores = [0.2, 0.8, 0.4, 0.9, 0.1];

  it("all: every sentence of a post in distress is in distress, every sentence of a calm post calm", () => {
    expect(milRows(rows, label, "all", null).map((r) => r.y)).toEqual([1, 1, 1, 0, 0]);
  });
  it("top: only the highest-scored sentence of a post in distress is kept, as in distress", () => {
    const tagged = rows.map((r, i) => ({ ...r, x: [[i, 1]] as Array<[number, number]> }));
    const out = milRows(tagged, label, "top", scores);
    // Sentence 1 (0.8) alone for the post in distress; the calm post's sentences stay calm however high they score.
    expect(out.map((r) => [r.x[0]![0], r.y])).toEqual([
      [1, 1],
      [3, 0],
      [4, 0],
    ]);
  });
  it("soft: each sentence of a post in distress weighs its score over the post's highest", () => {
    const out = milRows(rows, label, "soft", scores);
    expect(out.filter((r) => r.y === 1).map((r) => r.weight)).toEqual([0.25, 1, 0.5]);
  });
});

describe("nested fitting of the sentence model", () => {
  it("leaves out the post's own file and every file the post model leaves out", () => {
    expect([...nestedExclusion([5], 3)].sort()).toEqual([3, 5]);
    expect([...nestedExclusion([5], 5)]).toEqual([5]);
    expect([...nestedExclusion([], 2)]).toEqual([2]);
  });

  // Three files; in file 2 every sentence carries a word only file 2 has, and every post there is in distress. A fit
  // that saw file 2 learns that word; a fit without it cannot have, so file 2's sentences score as a bare sentence does.
  const posts = [0, 0, 1, 1, 2, 2].map((file, i) => ({ file, label: file === 2 || i % 2 === 0 }));
  const sentences: SentenceInput[] = posts.flatMap((p, post) => [
    { post, features: new Map(p.file === 2 ? [["s:only-in-file-2", 1]] : [["s:common", 1]]), embedding: zeros() },
    { post, features: new Map([["s:common", 1]]), embedding: zeros() },
  ]);
  const model = sentenceModel(sentences, posts, { mil: "top", l2: 0.1, l2Dense: 1, minCount: 1, rounds: 1, iterations: 100 }, null);
  const inFile2 = sentences.map((s, i) => [s, i] as const).filter(([s]) => posts[s.post]!.file === 2 && s.features.has("s:only-in-file-2"));

  it("scores a left-out batch's sentences by a fit that never saw that batch", () => {
    const seen = model.scoresWithout([]);
    const unseen = model.scoresWithout(nestedExclusion([2], 2));
    for (const [, i] of inFile2) {
      expect(seen[i]!).toBeGreaterThan(0.8);
      // Without file 2 the word has no weight: the sentence scores as one with no features (the bias alone).
      expect(unseen[i]!).toBeLessThan(0.6);
    }
  });
  it("gives the post model's training posts scores from fits without their own file too", () => {
    // A post of file 0 in a post model without file 2: its sentences come from a fit without files 0 and 2.
    const scores = model.scoresWithout(nestedExclusion([2], 0));
    for (const [, i] of inFile2) expect(scores[i]!).toBeLessThan(0.6);
  });
});

describe("the shipped sentence scorer", () => {
  it("adds the sentence's own features to its embedding's reading, sentence by sentence", () => {
    const model: SentenceModel = { bias: -2, encoder: Buffer.from(zeros().buffer).toString("base64"), weights: { "s:own:death": 4 } };
    const texts = ["I want to die tonight. The car park is busy.", "I want to die tonight.", "The car park is busy."];
    const scores = scoreSentences(model, texts, [zeros(), zeros(), zeros()], "en");
    expect(scores).toHaveLength(2);
    expect(scores[0]).toBeCloseTo(1 / (1 + Math.exp(-2)));
    expect(scores[1]).toBeCloseTo(1 / (1 + Math.exp(2)));
  });
});
