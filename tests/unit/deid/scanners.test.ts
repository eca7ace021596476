import { describe, expect, it } from "vitest";
import { detectAges, detectDates } from "../../../app/deid/detectors/dates";
import { LANGUAGES } from "../../../app/deid/lang/index";
import { deidentify } from "../../../app/deid/index";
import { hasLongRun, headScanner, openingScanner, scannerFor } from "../../../app/deid/util";

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

  it("openingScanner tries a pattern where its opening group stands, with the same matches", () => {
    const ageAfter = /(?<=(?<![\p{L}])(\p{L}[\p{L}'’-]+)[ \t]+)(9\d|1[01]\d)[ \t]?[fmFM](?=[ \t]*[,;])/gu;
    const role = /(?<![\p{L}/])(?:np|rn|md)[ \t]+(\p{L}+)/dgiu;
    for (const text of ["petherick 93 f, from home; x 94m; 9 95f,", "NP Wood, rn hall; RN  Ann md/x; ſmd ann", "", "😀 rn ann 93f;"]) {
      expect(shape(openingScanner(ageAfter)(text))).toEqual(shape(text.matchAll(ageAfter)));
      expect(shape(openingScanner(role)(text))).toEqual(shape(text.matchAll(role)));
    }
  });

  it("openingScanner refuses a pattern whose matches need not start with its opening group", () => {
    expect(() => openingScanner(/(?<!\w)(?:the )?ward \d/gi)).toThrow(/no group every match starts with/);
    expect(() => openingScanner(/(?:ward|bed) \d|room \d/gi)).toThrow(/no group every match starts with/);
    expect(() => openingScanner(/ward \d/gi)).toThrow(/no group every match starts with/);
    expect(() => openingScanner(/(\p{Lu}\p{L}+) said/gu)).toThrow(/needs the u flag/);
  });

  it("the IPv6 head finds every form of address", async () => {
    const { detectContacts } = await import("../../../app/deid/detectors/contact");
    const text = "hosts 2001:db8:0:0:0:0:2:1, fe80::1%eth0, ::ffff:10a:1, 2001:db8::, 2001:db8::8a2e:370 at 10:30 and ab:cd";
    const ips = detectContacts(text)
      .filter((c) => c.type === "IP")
      .map((c) => text.slice(c.start, c.end));
    expect(ips).toEqual(["2001:db8:0:0:0:0:2:1", "fe80::1", "::ffff:10a:1", "2001:db8::", "2001:db8::8a2e:370"]);
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

describe("patterns tried only in text that has their word still find their forms", () => {
  const found = (t: string) => deidentify(t).findings.map((f) => `${f.type}:${f.text}`);
  it("a South African stand and a hospital named before 'general' in a lower-case note", () => {
    expect(found("She lives at Stand 4521, Tembisa.")).toContain("LOCATION:Stand 4521, Tembisa");
    expect(found("seen at st mary general today")).toContain("FACILITY:mary general");
  });
  it("an age over 89 in brackets, after a name or a date of birth", () => {
    expect(found("Mrs Reyes (93) was seen.")).toContain("AGE:93");
    expect(found("Patient DOB 4/19/1931 (93) admitted.")).toContain("AGE:93");
  });
  it("a Welsh street", () => {
    expect(found("Her address is 12 Heol Penrhyn, and she lives alone.").some((f) => f.includes("Heol Penrhyn"))).toBe(true);
  });
});
