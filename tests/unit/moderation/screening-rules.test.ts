import { describe, expect, it } from "vitest";
import { detectDistress } from "../../../app/moderation/distress/index";
import { checkForIdentifiers } from "../../../app/moderation/identifier-guard";
import { foldForMatching, patternMatches, patternProblem } from "../../../app/moderation/patterns";
import { formatWatchedWordsCsv, parseWatchedWordsCsv } from "../../../app/moderation/watched-words-csv";

describe("watched-word patterns", () => {
  it.each([
    ["ass", "a class on safety", false],
    ["ass", "what an ass.", true],
    ["harass*", "I felt Harassed", true],
    ["*ment", "harassment", true],
    ["kill * self", "kill my self", true],
    ["end it all", "end it... all", true],
    ["imbecile", "IMBÉCILE", true],
    ["l'hopital", "L’Hôpital", true],
    ["night shift", "nightshift", false],
  ])("%s in “%s” → %s", (pattern, text, expected) => {
    expect(patternMatches(pattern, text)).toBe(expected);
  });

  it("keeps offsets stable when folding", () => {
    const text = "Éléonore İnce ﬁne";
    expect(foldForMatching(text)).toHaveLength(text.length);
  });

  it("refuses patterns that would match almost everything", () => {
    expect(patternProblem("*")).toBeTruthy();
    expect(patternProblem("a*")).toBeTruthy();
    expect(patternProblem("  ")).toBeTruthy();
    expect(patternProblem("ab*")).toBeNull();
  });
});

describe("distress phrases (English and French, negation-aware)", () => {
  it.each([
    ["Some days I want to die.", true],
    ["Everyone would be better off without me", true],
    ["There is no reason to live anymore", true],
    ["I keep thinking I should just end it all", true],
    ["I don't want to live like this", true],
    ["Je veux mourir.", true],
    ["J'ai parfois envie d'en finir", true],
    ["Je n'ai plus envie de vivre", true],
    ["I would never kill myself, but I am so tired.", false],
    ["I'm not going to hurt myself, I promise.", false],
    ["Je ne vais pas me suicider", false],
    ["The patient wanted to die at home, and we honoured that.", false],
    ["Il faut en finir avec les protocoles inutiles", false],
  ])("“%s” → %s", async (text, expected) => {
    expect((await detectDistress(text)).distress).toBe(expected);
  });
});

describe("identifier guard", () => {
  it.each([
    ["The NHS number 943 476 5919 was on the wristband.", true],
    ["Ring me on 07700 900123 if you want to talk.", true],
    ["Write to me at sam.w@example.org", true],
    ["Mrs Aroha Ngata was admitted on 3 March 2023.", true],
    ["My colleague Priya sat with me afterwards.", false],
    ["On 3 March 2023 I made a mistake that still keeps me awake.", false],
    ["I have been a midwife for 12 years.", false],
  ])("“%s” held → %s", (text, expected) => {
    expect(checkForIdentifiers(text).hold).toBe(expected);
  });
});

describe("watched words CSV", () => {
  it("reports bad rows by their spreadsheet row number", () => {
    const { entries, problems } = parseWatchedWordsCsv("pattern,action,note\nfine,hold,\nbad,nope,\n*,block,\nfine,flag,\n");
    expect(entries.map((e) => e.pattern)).toEqual(["fine"]);
    expect(problems.map((p) => p.row)).toEqual([3, 4, 5]);
  });

  it("round-trips quotes, commas and formula-like notes", () => {
    const list = [
      { pattern: "kick, out", action: "hold", note: 'a "quoted" note' },
      { pattern: "rude", action: "block", note: "=SUM(A1)" },
    ];
    const { entries, problems } = parseWatchedWordsCsv(formatWatchedWordsCsv(list));
    expect(problems).toEqual([]);
    expect(entries).toEqual(list);
  });
});
