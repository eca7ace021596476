import { describe, expect, it } from "vitest";
import { deidentify } from "~/deid";
import { caseShape, FEATURE_FAMILIES, FEATURE_SET_VERSION, isCandidate, tokenFeatures, tokenize } from "~/deid/learned/features";
import { LEARNED_DEID_MODEL } from "~/deid/learned/model-weights";
import { detectLearned, scoreTokens } from "~/deid/learned/scorer";
import { truecaseLines } from "~/deid/truecase";

const REF = new Date(2024, 0, 1);
const featuresOf = (text: string, word: string) => {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => text.slice(t.start, t.end) === word);
  expect(i, word).toBeGreaterThanOrEqual(0);
  return tokenFeatures(text, truecaseLines(text).cased, tokens)[i]!;
};
const probability = (text: string, word: string) => {
  const { tokens, scores } = scoreTokens(text, truecaseLines(text).cased);
  const i = tokens.findIndex((t) => text.slice(t.start, t.end) === word);
  return scores[i]?.p ?? 0;
};
const learnedFindings = (text: string) => detectLearned(text, truecaseLines(text).cased, []).map((c) => `${c.type}:${text.slice(c.start, c.end)}`);

describe("learned scorer: features", () => {
  it("tokenizes words with inner apostrophes and hyphens, and reads their case pattern", () => {
    const text = "Mrs O'Brien-Ngata, 2nd floor";
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(["Mrs", "O'Brien-Ngata", "nd", "floor"]);
    expect(["Aroha", "NGATA", "ngata", "K", "McKay"].map(caseShape)).toEqual(["Xx", "XX", "x", "X", "xX"]);
  });

  it("carries no rare word: the token and its rare neighbours are described by shape and class only", () => {
    const f = featuresOf("Seen by Dr Wharekura with Taufahema today.", "Wharekura");
    expect(f.join(" ")).not.toMatch(/wharekura|taufahema/i);
    // A common or cue word next to it is named: the title before it, "with" after.
    expect(f).toContain("p1:w=dr");
    expect(f).toContain("n1:w=with");
    expect(f).toContain("n2:c=Xx.unk");
  });

  it("reads the case style of the line and the truecaser's capital in a note typed in capitals or lower case", () => {
    expect(featuresOf("SON TEVITA CALLED FROM MANGERE", "TEVITA")).toContain("line:upper");
    const lower = featuresOf("pt's wife ngaire at bedside, dr tuiasosopo aware", "tuiasosopo");
    expect(lower).toContain("line:lower");
    expect(lower).toContain("tc:capital");
  });

  it("never reads cue words, clinical words or common words", () => {
    const text = "the Hospital gave lasix and Comfort care to Wharekura";
    const read = tokenize(text).filter((t) => isCandidate(text, t));
    expect(read.map((t) => text.slice(t.start, t.end))).toEqual(["Wharekura"]);
  });

  it("never reads a unit after a slash, an acronym after the words it stands for, or a common word with two letters swapped", () => {
    const read = (text: string) =>
      tokenize(text)
        .filter((t) => isCandidate(text, t))
        .map((t) => text.slice(t.start, t.end));
    expect(read("creatinine 2.5 mg/dL, lactate 4 mmol/L")).not.toContain("dL");
    expect(read("heart failure with reduced ejection fraction (HFrEF) noted")).not.toContain("HFrEF");
    expect(read("no drainage from owund today")).not.toContain("owund");
    // A name in brackets, or letters that spell no definition, are still read.
    expect(read("met Kowhairangi (KWR) today")).toContain("KWR");
    expect(read("the other team member (Tom Rongo)")).toContain("Rongo");
  });
});

describe("learned scorer: the fitted weights", () => {
  it("match the feature set they were fitted on", () => {
    expect(LEARNED_DEID_MODEL.featureSet).toBe(FEATURE_SET_VERSION);
    const families = new Set<string>(FEATURE_FAMILIES);
    const common = LEARNED_DEID_MODEL.common;
    const keys = [
      ...Object.keys(LEARNED_DEID_MODEL.weights),
      ...Object.keys(LEARNED_DEID_MODEL.person),
      ...Object.keys(common?.weights ?? {}),
      ...Object.keys(common?.person ?? {}),
    ];
    expect(keys.length).toBeGreaterThan(100);
    for (const k of keys) expect(families.has(k.slice(0, k.indexOf(":"))), k).toBe(true);
    expect(LEARNED_DEID_MODEL.threshold).toBeGreaterThan(0.3);
    expect(LEARNED_DEID_MODEL.threshold).toBeLessThan(1);
    // The common head ships only when it holds the bounds (docs/deid.md, session 12); without it common words are not read.
    if (common) expect(common.threshold).toBeGreaterThanOrEqual(0.93);
  });
});

describe("learned scorer: must fire", () => {
  it("names and places no list knows, in the slots where they sit", () => {
    const t = LEARNED_DEID_MODEL.threshold;
    expect(probability("Seen by Dr Wharekura on the ward round.", "Wharekura")).toBeGreaterThanOrEqual(t);
    expect(probability("SON TEVITA FIFITA CALLED, UPDATED BY DR HALAHINGANO.", "HALAHINGANO")).toBeGreaterThanOrEqual(t);
    expect(probability("pt's wife ngaire at bedside, dr tuiasosopo aware.", "tuiasosopo")).toBeGreaterThanOrEqual(t);
  });

  it("merges adjacent words into one finding and types it by its own head", () => {
    const found = learnedFindings("Her daughter Losaline Taufahema rang from Ōtorohanga last night.");
    expect(found).toContain("PERSON:Losaline Taufahema");
    expect(found).toContain("LOCATION:Ōtorohanga");
  });
});

describe("learned scorer: must not fire", () => {
  it("on drug and device names, headings in capitals or clinical scores", () => {
    expect(learnedFindings("Given Protonix and Maalox for reflux; Percocet for pain. Tolerating Jevity at goal.")).toEqual([]);
    expect(learnedFindings("NEURO: ALERT. GI: TOLERATING CUSTARD. GU: FOLEY PATENT. SKIN: MEPILEX INTACT.")).toEqual([]);
    expect(learnedFindings("The Waterlow score was 18 and the Braden scale 13; the Glasgow Coma Scale was 15.")).toEqual([]);
  });

  it("on generic drug names by their INN stem", () => {
    expect(deidentify("Effectiveness of Dapagliflozin vs. Semaglutide; Apixaban held, Amlodipine and Furosemide given.").findings).toEqual([]);
  });

  it("on a brand name in a medication frame: after a verb that starts or changes a treatment, or before a dose or route", () => {
    expect(learnedFindings("Her antibiotic was switched to Tazocin after the culture.")).toEqual([]);
    expect(learnedFindings("She was commenced on Fragmin and her pain settled.")).toEqual([]);
    expect(learnedFindings("Keflex 500 mg was charted twice.")).toEqual([]);
    expect(learnedFindings("Relais par Tazocilline le lendemain.")).toEqual([]);
  });
});

describe("learned scorer in deidentify", () => {
  const texts = [
    "Mrs Aroha Ngata, 93, was admitted to Kowhai Ward at Waikato Hospital on 3 March 2023; her moko Tuiasosopo stayed.",
    "pt's wife ngaire at bedside, dr tuiasosopo aware. lasix 40 iv given.",
  ];
  it("only adds findings: every finding of the rules alone is still there", () => {
    for (const text of texts) {
      const rules = deidentify(text, { referenceDate: REF, learned: false }).findings;
      const both = deidentify(text, { referenceDate: REF }).findings;
      for (const f of rules) expect(both.some((g) => g.start === f.start && g.end === f.end && g.type === f.type)).toBe(true);
      expect(rules.some((f) => f.source === "learned")).toBe(false);
      for (const g of both.filter((f) => f.source === "learned")) expect(g.confidence).toBeGreaterThanOrEqual(LEARNED_DEID_MODEL.threshold);
    }
  });
});
