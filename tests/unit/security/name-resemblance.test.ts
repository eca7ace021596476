import { describe, expect, it } from "vitest";
import { nameSkeleton, namesResemble } from "../../../app/circles/name-resemblance";

describe("names that would be taken for one another", () => {
  it("match across case, accents, spacing and punctuation", () => {
    expect(namesResemble("Aroha Kereama", "aroha  kereama")).toBe(true);
    expect(namesResemble("Aroha Kereama", "Ároha Keréama")).toBe(true);
    expect(namesResemble("Aroha Kereama", "Aroha.Kereama")).toBe(true);
    expect(namesResemble("Pōhutukawa", "Pohutukawa")).toBe(true);
    expect(namesResemble("Anne-Marie", "Anne Marie")).toBe(true);
  });

  it("match look-alike letters and digits", () => {
    expect(namesResemble("Aroha Kereama", "Аrоhа Кеrеаmа")).toBe(true); // Cyrillic А, о, а, К, е
    expect(namesResemble("Aroha", "Ar0ha")).toBe(true);
    expect(namesResemble("Emma", "Ernma")).toBe(true);
    expect(namesResemble("Ellie", "E11ie")).toBe(true);
    expect(namesResemble("Ｅｍｍａ", "Emma")).toBe(true); // full-width
  });

  it("keep different names apart", () => {
    expect(namesResemble("Aroha Kereama", "Aroha K")).toBe(false);
    expect(namesResemble("Kōwhai", "Rātā")).toBe(false);
    expect(namesResemble("Sam", "Pam")).toBe(false);
    expect(nameSkeleton("...")).toBe("");
    expect(namesResemble("...", "---")).toBe(false);
  });
});
