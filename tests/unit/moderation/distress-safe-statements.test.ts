import { describe, expect, it } from "vitest";
import { extractFeatures } from "../../../app/moderation/distress/features";

// Blind batch 19 (decision 012, tenth round): burnout posts that say outright the writer is not at risk, and French
// pasts said to be over in words the context did not know. Each beside the same kind of words that still count.
const frames = (text: string, lang: string) => [...extractFeatures(text, lang).values.keys()].filter((k) => k.startsWith("frame:"));

describe("the writer says they are not at risk", () => {
  it.each([
    ["I think it's burnout. No dark thoughts, just empty. Booked a GP appointment.", "en"],
    ["Running on fumes and crying in the sluice. I'm not in any danger, I just can't see myself in this job much longer.", "en"],
    ["Can't sleep, snapping at the kids. Not suicidal, before anyone worries.", "en"],
    ["Je pense que c'est un burn-out. Pas d'idées noires, juste vide.", "fr"],
    ["Je redoute chaque garde. Je ne suis pas en danger, mais je ne sais pas combien de temps je vais tenir ce métier.", "fr"],
  ])("“%s” is read as a safety statement", (text, lang) => {
    expect(frames(text, lang)).toContain("frame:safe");
  });

  it.each([
    ["I don't feel safe tonight and the dark thoughts are back.", "en"],
    ["I'm in danger of doing something stupid tonight.", "en"],
    ["J'ai des idées noires tous les soirs depuis l'audience.", "fr"],
    ["Je me sens en danger avec moi-même ce soir.", "fr"],
  ])("“%s” is not", (text, lang) => {
    expect(frames(text, lang)).not.toContain("frame:safe");
  });
});

describe("a French past said to be over", () => {
  it.each([
    ["Pendant mon internat j'ai eu une période où je ne voulais plus vivre. C'est loin derrière moi."],
    ["L'hiver passé j'avais écrit une lettre d'adieu. Un an plus tard je suis encore là et contente de l'être."],
    ["J'ai voulu mourir après la première expertise. C'est bien derrière moi aujourd'hui."],
  ])("“%s” is read as resolved", (text) => {
    expect(frames(text, "fr")).toContain("frame:resolved");
  });

  it("the same past, still here, is not", () => {
    expect(
      frames("Je ne voulais plus vivre pendant mon internat, et ça revient depuis l'audience. Je suis encore là mais pour combien de temps.", "fr"),
    ).not.toContain("frame:resolved");
  });
});
