import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectDistressByWords, type SignalFamily } from "../../../app/moderation/distress/index";

// Each family in several voices: plain, lower case and typed fast, indirect, French. The point is the
// idea, not the phrase: none of these sentences is a pattern in the detector.
const FIRES: Array<[string, SignalFamily]> = [
  ["I can't keep going.", "not_coping"],
  ["i cant keep goin like this", "not_coping"],
  ["I don't know how much longer I can hold on.", "not_coping"],
  ["I honestly can't do this anymore", "not_coping"],
  ["I want it all to stop.", "passive_ideation"],
  ["I don't want to wake up.", "passive_ideation"],
  ["i just want to sleep and never wake up", "passive_ideation"],
  ["Every night I pray I don't wake up.", "passive_ideation"],
  ["Some days it would be a relief not to be here anymore.", "passive_ideation"],
  ["Honestly I don't know why I'm still here.", "passive_ideation"],
  ["thinking of ending things", "ideation"],
  ["I keep thinking about killing myself.", "ideation"],
  ["im so sucidal rn", "ideation"],
  ["Part of me wants to just end it all tonight.", "ideation"],
  ["I've been cutting again.", "self_harm"],
  ["The urge to self harm is so strong tonight.", "self_harm"],
  ["I'm scared of what I might do to myself.", "self_harm"],
  ["I've been saving up my sleeping pills.", "plan"],
  ["I know exactly how I'd do it.", "plan"],
  ["By the time anyone reads this it won't matter.", "goodbye"],
  ["Please don't be sad when I'm not around anymore.", "goodbye"],
  ["Everyone would be better off without me.", "burden"],
  ["evryone would be beter off without me", "burden"],
  ["I'm nothing but a burden to my family.", "burden"],
  ["Nobody would even notice if I disappeared.", "burden"],
  ["Je n'en peux plus.", "not_coping"],
  ["Je ne sais pas combien de temps je vais tenir.", "not_coping"],
  ["Je veux que tout s'arrête.", "passive_ideation"],
  ["Je n'ai plus envie de vivre.", "passive_ideation"],
  ["jveux mourir", "ideation"],
  ["J'ai des idées suicidaires depuis l'enquête.", "ideation"],
  ["Je me suis encore fait du mal hier soir.", "self_harm"],
  ["J'ai mis de côté des comprimés.", "plan"],
  ["Quand vous lirez ceci je ne serai plus là.", "goodbye"],
  ["Tout le monde serait mieux sans moi.", "burden"],
];

const QUIET: Array<[string, string]> = [
  ["The patient expressed suicidal ideation on admission.", "clinical talk about a patient"],
  ["We assessed her overdose risk before discharge.", "clinical talk about a patient"],
  ["After the overdose she was transferred to ICU.", "clinical talk about a patient"],
  ["I documented that she had thoughts of self harm and made a safety plan with her.", "clinical documentation"],
  ["Suicide prevention training is on Thursday for all ward staff.", "teaching"],
  ["Le patient a exprimé des idées suicidaires.", "clinical talk in French"],
  ["This rota is killing me.", "idiom"],
  ["I could murder a coffee.", "idiom"],
  ["I'd rather die than sit through another two-hour meeting.", "idiom"],
  ["If the inspection goes badly I'm going to die of embarrassment.", "idiom"],
  ["I'm thinking of ending things with my partner.", "a relationship"],
  ["I can't cope with the new rota system.", "a complaint about work"],
  ["I just want to disappear under my duvet for the weekend.", "idiom"],
  ["I hurt myself lifting a patient.", "an accident"],
  ["Ce planning me tue.", "French idiom"],
  ["Je n'en peux plus de ce logiciel.", "French complaint"],
  ["I would never kill myself, I just need to vent.", "negated"],
  ["I'm not suicidal, just really sad.", "negated"],
  ["People keep asking if I'm suicidal. I'm not. I'm grieving.", "negated, asked by others"],
  ["Je ne veux pas mourir, je veux être entendue.", "negated in French"],
  ["Years ago I wanted to die, but therapy helped and I'm in a much better place now.", "a past that is resolved"],
  ["Five years ago I took an overdose. I'm still here and I'm grateful.", "a past that is resolved"],
  ["My colleague told me she can't go on. How do I support her?", "supporting someone else"],
  ["If you ever feel like you can't go on, please reach out.", "supporting someone else"],
  ["The mother told me she didn't want to live without her baby.", "someone else's words"],
  ['We discussed a case where a patient said "I want to end it all".', "quoted words of a patient"],
  ["Goodbye everyone, I'm moving to a new trust next month.", "an ordinary goodbye"],
  ["Thank you for everything, circle. See you in January.", "an ordinary goodbye"],
];

describe("distress detection generalises across wording", () => {
  it.each(FIRES)("“%s” → %s", (text, family) => {
    const result = detectDistressByWords(text);
    expect(result.distress).toBe(true);
    expect(result.signals).toContain(family);
  });

  it.each(QUIET)("“%s” stays quiet (%s)", (text) => {
    expect(detectDistressByWords(text).distress).toBe(false);
  });

  it("returns family names, never the words that matched", () => {
    const result = detectDistressByWords("I'm a burden. I can't go on. I've been cutting myself.");
    expect(result.signals).toEqual(expect.arrayContaining(["burden", "not_coping", "self_harm"]));
    expect(JSON.stringify(result)).not.toMatch(/burden to|cutting|go on/);
  });

  it("needs two weak signals, not one", () => {
    expect(detectDistressByWords("I feel hopeless.").distress).toBe(false);
    expect(detectDistressByWords("I feel hopeless and completely alone.").distress).toBe(true);
  });

  it("reads a mixed-language post sentence by sentence", () => {
    expect(detectDistressByWords("Long shift today. Je n'en peux plus.").distress).toBe(true);
    expect(detectDistressByWords("Adieu l'ancien logiciel! Bonjour le nouveau.").distress).toBe(false);
  });
});

describe("the team's evaluation set (a regression guard, not proof of generalisation)", () => {
  it("keeps recall ≥ 0.95 and false alarms ≤ 5% on tests/data/distress-eval.jsonl", () => {
    const path = fileURLToPath(new URL("../../data/distress-eval.jsonl", import.meta.url));
    const cases = readFileSync(path, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; lang: string; distress: boolean });
    const positives = cases.filter((c) => c.distress);
    const negatives = cases.filter((c) => !c.distress);
    expect(positives.length).toBeGreaterThan(100);
    expect(negatives.length).toBeGreaterThan(100);
    const recall = positives.filter((c) => detectDistressByWords(c.text, { lang: c.lang }).distress).length / positives.length;
    const falseAlarms = negatives.filter((c) => detectDistressByWords(c.text, { lang: c.lang }).distress).length / negatives.length;
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falseAlarms).toBeLessThanOrEqual(0.05);
    // A thousand posts through the rules and the fitted scorer: a few seconds on a busy machine.
  }, 60_000);
});
