import { describe, expect, it } from "vitest";
import { detectAges, detectDates } from "../../../app/deid/detectors/dates";
import { LANGUAGES } from "../../../app/deid/lang/index";
import { hasLongRun, headScanner, scannerFor } from "../../../app/deid/util";

/** Index and groups of every match, to compare two ways of finding them. */
const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe("faster scans find exactly what matchAll finds", () => {
  const intro = /(?<![\p{L}])(?:spoke with|spoke|with|mother|m'appelle)[ \t]+(\p{Lu}\p{L}*)/giu;
  const scan = headScanner(intro, "spoke with|spoke|with|mother|m'appelle");
  const texts = [
    "I spoke with Mary and then with John; her mother Aroha came. Je m'appelle Lucie.",
    "SPOKE WITH Mary, Spoke With Mary, spokeswoman Mary, withMary, with  Mary",
    "overlapping heads: spoke spoke with Ann with Bob",
    // Only the u flag folds the long s and the Kelvin sign to s and k: such text is scanned whole.
    "ſpoke with Ann, mother Ann",
    // An emoji is one character with u, two without.
    "spoke with Ann 😀 mother Zoé",
    "",
  ];
  for (const text of texts) {
    it(`headScanner on ${JSON.stringify(text.slice(0, 30))}`, () => {
      expect(shape(scan(text))).toEqual(shape(text.matchAll(intro)));
    });
  }

  it("scannerFor keeps the matches of a pattern with \\b, . and a look-behind, with and without the long s", () => {
    const re = /(?<!\w)(?:last|this) (?:march|mars)\b.?/giu;
    for (const text of ["last March, this mars. LAST MARCH", "laſt march", "this march😀 and last mars", "xlast march"]) {
      expect(shape(scannerFor(re)(text))).toEqual(shape(text.matchAll(re)));
    }
  });

  it("refuses a head that would need the u flag", () => {
    expect(() => headScanner(intro, String.raw`\p{Lu}\p{L}*`)).toThrow(/needs the u flag/);
  });

  it("finds long runs of non-space characters as \\S does", () => {
    expect(hasLongRun("short words only", 5)).toBe(false);
    expect(hasLongRun("a 123456 b", 5)).toBe(true);
    expect(hasLongRun("a 12345\u00a0678 b", 5)).toBe(false);
    expect(hasLongRun("a 12345\u200b678 b", 5)).toBe(true);
  });
});

describe("dates and ages after the speed changes", () => {
  const ref = new Date(2024, 0, 1);
  const dates = (t: string, lang: "en" | "fr" = "en") => detectDates(t, LANGUAGES[lang], ref).map((c) => t.slice(c.start, c.end));

  it("reads a date on a line far from the other dated lines, and one that runs over a line end", () => {
    const filler = "She was calm and asked for her daughter, who came at 4 with two cousins.\n".repeat(20);
    const text = `Admitted on 3 March 2023.\n${filler}Seen again on\nMarch 17, 2023 by the team.\n${filler}`;
    expect(dates(text)).toEqual(expect.arrayContaining(["3 March 2023", "March 17, 2023"]));
  });

  it("reads French dates in a long note whose other lines have no date", () => {
    const filler = "La patiente était calme ce matin et a demandé sa fille, venue à 4 heures.\n".repeat(30);
    const text = `${filler}Elle est sortie le 12 avril 2022.\n${filler}`;
    expect(dates(text, "fr")).toContain("12 avril 2022");
  });

  it("finds an age over 89 in each written form, and not after a word character", () => {
    const ages = (t: string) => [...new Set(detectAges(t).map((c) => t.slice(c.start, c.end)))];
    expect(ages("a 93-year-old man, aged 101, in her late 90s, her 95th birthday, elle a 97 ans")).toEqual(["93", "101", "90", "95", "97"]);
    expect(ages("code x93-year-old")).toEqual([]);
  });
});
