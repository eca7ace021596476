import { describe, expect, it } from "vitest";
import { extractFeatures } from "../../../app/moderation/distress/features";

const contrast = (text: string, lang = "en") => [...extractFeatures(text, lang).values.keys()].filter((k) => k.startsWith("contrast:"));

describe("the writer sets the ordinary reading aside", () => {
  it.each([
    ["I want out. Not out of the ward. Out of all of it.", "en"],
    ["Tired of everything, and not just the rota. Of being alive.", "en"],
    ["Je veux que ça s'arrête, pas le travail, la vie.", "fr"],
    ["J'en peux plus. Pas du service. De moi.", "fr"],
  ])("points at life or the self: %s", (text, lang) => {
    expect(contrast(text, lang)).toEqual(["contrast:life"]);
  });

  it.each([
    ["I'd like to vanish, and not in a travel sense.", "en"],
    ["Ready to give up, and I don't mean medicine.", "en"],
    ["J'ai envie de partir, et pas pour les vacances.", "fr"],
  ])("sets the ordinary reading aside without naming life: %s", (text, lang) => {
    expect(contrast(text, lang)).toEqual(["contrast:ordinary"]);
  });

  it.each([
    ["It's not the job I mind, it's the commute.", "en"],
    ["The ward is fine, the car park is the problem.", "en"],
    ["C'est pas le boulot qui me fatigue, c'est le trajet.", "fr"],
    ["I'm tired of everything about this rota.", "en"],
  ])("does not fire on an ordinary comparison: %s", (text, lang) => {
    expect(contrast(text, lang)).not.toContain("contrast:life");
  });
});
