import { describe, expect, it } from "vitest";
import { lowerCaseText, textContext } from "~/deid/learned/context";
import { candidates, tokenFeatures, tokenize } from "~/deid/learned/features";
import { truecaseLines } from "~/deid/truecase";

const read = (text: string) => {
  const tokens = tokenize(text);
  const c = candidates(text, tokens);
  return tokens.filter((_, i) => c[i]).map((t) => text.slice(t.start, t.end));
};
const at = (text: string, word: string) => {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => text.slice(t.start, t.end) === word);
  expect(i, word).toBeGreaterThanOrEqual(0);
  return { tokens, i };
};
const flagsOf = (text: string, word: string) => {
  const { tokens, i } = at(text, word);
  return textContext(text, tokens).flagsOf(i);
};
const featuresOf = (text: string, word: string) => {
  const { tokens, i } = at(text, word);
  return tokenFeatures(text, truecaseLines(text).cased, tokens)[i]!;
};

describe("learned scorer: common words that are names", () => {
  it("reads a common word that is a given name or surname after a title, a kin or role word, or next to a name part", () => {
    expect(read("The ward was covered by Nurse Joy Tangaroa overnight.")).toContain("Joy");
    expect(read("Her sister, Grace Whakarongo, came in at noon.")).toContain("Grace");
    expect(read("Handed over to Dr. Faith at eight.")).toContain("Faith");
    expect(read("We spoke with Hope Manukura about the plan.")).toContain("Hope");
  });

  it("reads a capitalised given-name word in the middle of a sentence, but not the same word in lower case or alone at a sentence's start", () => {
    expect(read("On the night shift Grace stayed with the family.")).toContain("Grace");
    expect(read("We hope the family will find some grace in this.")).not.toContain("hope");
    expect(read("We hope the family will find some grace in this.")).not.toContain("grace");
    expect(read("Will you call the family tonight?")).not.toContain("Will");
    // A verb form beside a capitalised word is a verb and its object, unless a title or kin word comes first.
    expect(read("Given Protonix at noon.")).not.toContain("Given");
    expect(read("Her daughter Given Moyo rang.")).toContain("Given");
  });

  it("reads a month or weekday only next to a name part or after a title", () => {
    expect(read("The midwife, April Tuhiwai, rang the registrar.")).toContain("April");
    expect(read("The review is due in April and the family will be told.")).not.toContain("April");
    expect(read("The meeting moved to Sunday Morning at the chapel.")).not.toContain("Sunday");
    // Not by its echo: the month stays a month beside the midwife of the same name.
    expect(read("The review is due in April. Ms April Tuhiwai rang.").filter((w) => w === "April")).toHaveLength(1);
  });

  it("reads the same word again wherever it sat in a name's place elsewhere in the text", () => {
    const text = "The parents, Tane and Faith Whakarongo, came to the meeting.\n\nFaith said she had been on the ward. We kept faith with them.";
    const words = read(text);
    expect(words.filter((w) => w === "Faith")).toHaveLength(2);
    expect(words).not.toContain("faith");
    expect(flagsOf("Faith said so. The midwife, Faith Tuhoe, agreed.", "Faith")).toEqual(["echo"]);
  });

  it("reads a lower-case name word in text typed in lower case, only where a name can sit", () => {
    const text = "pt seen on the ward round this morning, plan discussed with dr brown and wife ngaire tuhoe. will call her back later today";
    expect(lowerCaseText(text, tokenize(text))).toBe(true);
    const words = read(text);
    expect(words).toContain("brown");
    // Two common words side by side are no name: "call her back".
    expect(words).not.toContain("call");
    expect(words).not.toContain("her");
    expect(words).not.toContain("will");
  });

  it("never reads a common word beside shorthand in one case, after a credential's full stop, after a number's stop or after a slash", () => {
    expect(read("foley draining sm amts dk amber urine overnight, pt comfortable and settled on the ward")).not.toContain("amber");
    expect(read("Notified MD. Given lasix with good effect.")).not.toContain("Given");
    expect(read("Remains on PSV at 40%. Lung sounds coarse.")).not.toContain("Lung");
    expect(read("Activity/Comfort: needs encouragement.")).not.toContain("Comfort");
    expect(read("Weaned to off, Given 25 mg at noon.")).not.toContain("Given");
    // A title in capitals in a mixed-case line is shorthand (mitral regurgitation), and two letters are no name part.
    expect(read("Echo showed MR. Given total 6u of blood.")).not.toContain("Given");
    expect(read("Temp up overnight. Pan Cx sent.")).not.toContain("Pan");
    // In a note dense with clinical words a capital mid-sentence alone says nothing.
    expect(read("bp 90/50 hr 110 sats 92% on 4l np. lasix 40mg iv given, cxr and abg sent, plan for Bone scan in am")).not.toContain("Bone");
    // A capital after a capital is a title-case phrase, not a name mid-sentence.
    expect(read("Pain settled, remains in unit for now. Full Code.")).not.toContain("Code");
  });

  it("reads a capitals word that is a surname after a title in a line typed in capitals", () => {
    expect(read("SEEN BY DR BROWN AT 0340. NEURO: ALERT.")).toContain("BROWN");
    expect(read("SEEN BY DR BROWN AT 0340. NEURO: ALERT.")).not.toContain("ALERT");
  });

  it("never reads a common word that no gazetteer holds as a name, nor a clinical or cue word", () => {
    const words = read("Then Dr Anand Ward reviewed the Patient Safety Report with the Manager.");
    expect(words).not.toContain("Ward");
    expect(words).not.toContain("Safety");
    expect(words).not.toContain("Report");
    expect(words).not.toContain("Manager");
  });
});

describe("learned scorer: context features carry no identifier", () => {
  it("says where a word sits: capitalised mid-sentence, next to a name part, after a title or a kin or role word", () => {
    expect(flagsOf("Her sister, Grace Whakarongo, came in.", "Grace")).toEqual(["midcap", "by-name", "after-rel"]);
    expect(flagsOf("Handed over to Dr. Faith at eight.", "Faith")).toEqual(["midcap", "after-title"]);
    expect(flagsOf("Grace came in.", "Grace")).toEqual([]);
  });

  it("marks a text typed in lower case and gives a common word its own features, with no word of the text but cue and frequent words", () => {
    const text = "wife ngaire tuhoe at bedside overnight, dr brown aware and happy with the plan for the morning";
    const f = featuresOf(text, "brown");
    expect(f).toContain("text:lower");
    expect(f).toContain("ctx:after-title");
    expect(f).toContain("common*ctx:after-title");
    expect(f).toContain("common*dict:sur");
    expect(f.join(" ")).not.toMatch(/brown|ngaire|tuhoe/);
    expect(featuresOf("Her sister Grace Whakarongo came in at noon.", "Grace")).toContain("text:cased");
  });

  it("tells a lower-case text from prose and from a note in capitals", () => {
    const check = (t: string) => lowerCaseText(t, tokenize(t));
    expect(check("Mrs Ngata was admitted on a Tuesday. Her daughter Aroha stayed with her through the night.")).toBe(false);
    expect(check("BP STABLE OVERNIGHT. SON AT BEDSIDE. PLAN FOR DISCHARGE TOMORROW IF BLOODS OK.")).toBe(false);
    expect(check("bp stable overnight, son at bedside. MRN checked. plan for discharge tomorrow if bloods ok")).toBe(true);
  });
});
