import { describe, expect, it } from "vitest";
import { detectUnknownWords, NOTE_DENSITY, shorthandDensity } from "~/deid/detectors/unknown-words";
import { fires, run, silent, texts } from "./helpers";

describe("a capitalised word no word list knows, in prose (Philter's rule)", () => {
  it("finds first names, surnames and places that no list holds, wherever they stand in a sentence", () => {
    fires(
      [
        ["The night staff were kind, especially Tsholofelo who sat with her until dawn.", "Tsholofelo"],
        ["Rangiwahia was the one who noticed the drip had stopped.", "Rangiwahia"],
        ["His cousin came down from Kilbrackenagh on the first bus.", "Kilbrackenagh"],
        ["On a remercié Fanomezantsoa pour son calme pendant la nuit.", "Fanomezantsoa"],
        ["Thank you all for listening. Ofakilevuka", "Ofakilevuka"],
        ["The registrar (Dr Okonkwo-Brathwaite) apologised at the meeting.", "Okonkwo-Brathwaite"],
      ],
      undefined,
    );
  });

  it("leaves alone medicines, words of French or English, contractions and medical words behind a prefix", () => {
    silent(
      [
        "She was given Zentravex 20 mg before the scan and refused Tolvexin later.",
        "He was started on Quinorvel after the stroke.",
        "Hypoglycémie à 2,8 mmol/L constatée à 6 h, puis resucrage.",
        "Réadaptation prévue dès que possible.",
        "Anticoagulation was held. Reperfusion took longer than it should have.",
        "We weren't told. Qu'il soit écouté, c'est tout ce qu'on demandait.",
        "Tenecteplase was given within the hour; Empagliflozin was stopped.",
        "The Vexilon pump alarmed twice before anyone came.",
        "On a refait l'échelle Zelbrac ce matin avec sa fille.",
        "It was swapped for a Tormax by the porter on the way up.",
      ],
      "PERSON",
    );
  });

  it("is silent in lines typed in capitals or lower case, and in notes dense with shorthand", () => {
    const note =
      "Pt afebrile, HR 88 SR, BP 110/60. Resp: sats 95% on 2L NC, sxn for thick secretions. Neuro: alert. " +
      "GI: Nepravex TF at 20cc/hr, abd soft. GU: foley draining. Plan: wean vent, cont abx, f/u cxr.";
    expect(shorthandDensity(note)).toBeGreaterThanOrEqual(NOTE_DENSITY);
    expect(detectUnknownWords(note, () => false)).toEqual([]);
    const prose = "Tsholofelo sat with her all night and the family wrote to thank her.";
    expect(shorthandDensity(prose)).toBeLessThan(NOTE_DENSITY);
    expect(detectUnknownWords(prose, () => true)).toEqual([]);
    expect(detectUnknownWords(prose, () => false).length).toBe(1);
  });

  it("does not look for a guess again elsewhere in the text", () => {
    const text = "Kilbrackenagh is where she grew up. KILBRACKENAGH RD was closed.";
    expect(texts(run(text).findings).filter((t) => t === "KILBRACKENAGH")).toEqual([]);
  });
});
