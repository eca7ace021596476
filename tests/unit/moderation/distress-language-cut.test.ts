import { describe, expect, it } from "vitest";
import { cutFor, scoreDistress, type FittedModel } from "../../../app/moderation/distress/model";
import { ENCODER_MODEL } from "../../../app/moderation/distress/model-weights-encoder";

// A model whose only weight is its bias: every post scores the same probability, 1 / (1 + e^-0) = 0.5.
const flat = (byLanguage?: FittedModel["byLanguage"]): FittedModel => ({ bias: 0, threshold: 0.6, veto: 0.1, byLanguage, weights: {} });

describe("a threshold and a veto for each language", () => {
  it("reads the post's language (the hint, else its words) and falls back to the model's own cut", () => {
    const model = flat({ fr: { threshold: 0.4, veto: 0 } });
    expect(cutFor(model, "Je suis fatiguée ce soir.", "fr")).toEqual({ threshold: 0.4, veto: 0 });
    expect(cutFor(model, "je suis tellement fatiguée de tout ce qui se passe au travail")).toEqual({ threshold: 0.4, veto: 0 });
    expect(cutFor(model, "I'm so tired tonight.", "en")).toMatchObject({ threshold: 0.6, veto: 0.1 });
    expect(cutFor(flat(), "Je suis fatiguée.", "fr")).toMatchObject({ threshold: 0.6, veto: 0.1 });
  });

  it("decides each post by its own language's threshold", () => {
    const model = flat({ en: { threshold: 0.6, veto: 0.1 }, fr: { threshold: 0.4, veto: 0 } });
    expect(scoreDistress("Une journée comme une autre.", "fr", undefined, { model }).distress).toBe(true);
    expect(scoreDistress("A day like any other.", "en", undefined, { model }).distress).toBe(false);
  });

  it("the shipped model carries a cut between 0 and 1 for English and French", () => {
    for (const lang of ["en", "fr"] as const) {
      const cut = ENCODER_MODEL.byLanguage?.[lang];
      expect(cut?.threshold).toBeGreaterThan(0);
      expect(cut?.threshold).toBeLessThan(1);
      expect(cut?.veto).toBeGreaterThanOrEqual(0);
      // A veto at the threshold leaves the language to the scorer alone; above it, the screener (which applies the veto
      // first) would set aside rule alarms the scorer itself puts over the threshold.
      for (const pair of [cut!, cut!.framed ?? cut!]) expect(pair.veto).toBeLessThanOrEqual(pair.threshold);
    }
  });
});
