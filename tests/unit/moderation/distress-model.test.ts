import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CONCEPTS } from "../../../app/moderation/distress/concepts";
import { extractFeatures } from "../../../app/moderation/distress/features";
import { detectByRules, detectDistressByWords } from "../../../app/moderation/distress/index";
import { DISTRESS_MODEL } from "../../../app/moderation/distress/model-weights";

const features = (text: string, lang?: string) => [...extractFeatures(text, lang).values.keys()];

describe("compositional features: concepts read in their frame", () => {
  it("a concept the writer owns is theirs; a named ordinary object makes it something else", () => {
    expect(features("I'm thinking of ending things.")).toContain("own:death");
    const partner = features("I'm thinking of ending things with my partner.");
    expect(partner).toContain("object:death");
    expect(partner).not.toContain("own:death");
    expect(features("Je veux en finir avec ce conflit au travail.", "fr")).toContain("object:death");
    expect(features("J'ai envie d'en finir.", "fr")).toContain("own:death");
  });

  it("someone else's experience, a film or a lesson, and an idiom are not the writer's", () => {
    expect(features("The patient has been stockpiling his tablets.")).toContain("others:means");
    const film = features("Watched a documentary about suicide last night.");
    expect(film).toContain("framed:death");
    expect(film).not.toContain("own:death");
    expect(features("This rota is killing me.")).not.toContain("own:death");
    expect(features("I'm not going to kill myself.")).toContain("denied:death");
  });

  it("pairs owned concepts across neighbouring sentences", () => {
    expect(features("I've worked out which bridge. I haven't decided when.")).toContain("pair:means+plan");
  });
});

describe("the fitted scorer meets veiled posts the written rules miss", () => {
  it.each([
    ["I keep thinking the kindest thing I could do for everyone is leave. Not the job.", "passive_ideation"],
    ["I've worked out which bridge. I haven't decided when.", "plan"],
    ["Honestly I feel like a ghost already. Might as well make it official.", "passive_ideation"],
    ["J'ai une boîte de somnifères dans la boîte à gants, je sais pourquoi je la garde.", "plan"],
    ["Je me demande qui me trouverait.", "burden"],
  ])("“%s” → %s", (text, family) => {
    expect(detectByRules(text).distress).toBe(false);
    const result = detectDistressByWords(text);
    expect(result.distress).toBe(true);
    expect(result.signals).toContain(family);
    // Families, never the words.
    expect(JSON.stringify(result.signals)).not.toMatch(/kindest|bridge|ghost|somniferes|trouverait/);
  });

  it.each([
    "I'm thinking of ending things with my partner, we want different things.",
    "I want to disappear into a good book this weekend.",
    "Watched a documentary about doctor suicide last night; it made me want to set up a peer group on our unit.",
    "Je veux en finir avec ce conflit au travail.",
    "I'd rather die than sit through another two-hour meeting.",
    "The coroner asked me where the spare keys to the drug cupboard were kept.",
    // Posts the journeys and the demo seed use: ordinary circle talk after harm, no alarm.
    "I gave the wrong dose and I can't stop replaying it",
    "I am a midwife and would value a quiet place to listen.",
    "My manager listened, which I did not expect, and we have a plan for the coming weeks",
  ])("“%s” stays quiet", (text) => {
    expect(detectDistressByWords(text).distress).toBe(false);
  });
});

describe("the fitted weights", () => {
  it("name only features the extractor can produce, and a threshold between 0 and 1", () => {
    const concept = `(?:${CONCEPTS.join("|")})`;
    const known = new RegExp(
      `^(?:(?:own|others|denied|imagined|past|object|framed):${concept}|own:[234]\\+|pair:${concept}\\+${concept}|core:[12]\\+|core\\+${concept}|self:(?:core|${concept})|clause:core\\+(?:core|${concept})|frame:[a-z_]+|rule:[a-z_]+|lang:fr|w:.+|arrange:[a-z]+(?:\\+occasion)?|arrange:2\\+|contrast:(?:life|ordinary)|noneed:(?:bare|occasion)|farewell:(?:thanks|closing|bare)(?:\\+occasion)?|past:arrange)$`,
    );
    const names = Object.keys(DISTRESS_MODEL.weights);
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((n) => !known.test(n))).toEqual([]);
    expect(DISTRESS_MODEL.threshold).toBeGreaterThan(0);
    expect(DISTRESS_MODEL.threshold).toBeLessThan(1);
  });
});

/** The whole detector's recall and false alarms over the labelled posts of these blind batches. */
function measureBlindBatches(batches: number[]): { posts: number; recall: number; falseAlarms: number } {
  const cases = batches.flatMap((n) =>
    readFileSync(fileURLToPath(new URL(`../../data/distress-blind-${n}.jsonl`, import.meta.url)), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; lang: string; distress: boolean }),
  );
  const flagged = (c: { text: string; lang: string }) => detectDistressByWords(c.text, { lang: c.lang }).distress;
  const positives = cases.filter((c) => c.distress);
  const negatives = cases.filter((c) => !c.distress);
  return { posts: cases.length, recall: positives.filter(flagged).length / positives.length, falseAlarms: negatives.filter(flagged).length / negatives.length };
}

describe("blind batches 5-10 (fitted on since: a floor against regressions, not evidence)", () => {
  it("keeps recall ≥ 0.72 and false alarms ≤ 5% over the six batches", () => {
    // Measured before each change (decision 012), the detector found 68.9%, 30.0%, 50.0%, 37.8%, 57.9% and 63.2%;
    // after fitting on all of them, 74.1% with 3.4% false alarms.
    const { posts, recall, falseAlarms } = measureBlindBatches([5, 6, 7, 8, 9, 10]);
    expect(posts).toBeGreaterThanOrEqual(540);
    expect(recall).toBeGreaterThanOrEqual(0.72);
    expect(falseAlarms).toBeLessThanOrEqual(0.05);
  }, 60_000);
});

describe("blind batches 11-12 (fitted on since: a floor against regressions, not evidence)", () => {
  it("keeps recall ≥ 0.85 and false alarms ≤ 5% over the two batches", () => {
    // Measured blind on the detector of a342821: 73.6% / 12.7% (batch 11) and 68.6% / 8.6% (batch 12); batch 12
    // on the refit through batch 11: 72.5% / 5.7% (decision 012). After fitting on both: 88.5% / 1.8%.
    const { posts, recall, falseAlarms } = measureBlindBatches([11, 12]);
    expect(posts).toBeGreaterThanOrEqual(270);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(falseAlarms).toBeLessThanOrEqual(0.05);
  }, 60_000);
});

describe("blind batches 13-14 (fitted on since: a floor against regressions, not evidence)", () => {
  it("keeps recall ≥ 0.8 and false alarms ≤ 5% over the two batches", () => {
    // Measured blind on main: 84.0% / 10.7% (batch 13) and 61.7% / 7.9% (batch 14) (decision 012).
    const { posts, recall, falseAlarms } = measureBlindBatches([13, 14]);
    expect(posts).toBeGreaterThanOrEqual(430);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(falseAlarms).toBeLessThanOrEqual(0.05);
  }, 60_000);
});
