import { describe, expect, it } from "vitest";
import { covers, run, texts } from "./helpers";

describe("rules that read what was already found", () => {
  it("finds an age over 89 written right after a found name in shorthand", () => {
    for (const [text, age] of [
      ["bay 2: mr colin petrie 93 #NOF awaiting theatre", "93"],
      ["S: Agnes McBride, CHI 0308712404, 96, NEWS2 of 5.", "96"],
      ["ch. 12 Mme Lucienne Barre (101 a) - cible : chute.", "101"],
    ]) {
      expect(covers(text, run(text).findings, age, "AGE"), text).toBe(true);
    }
    for (const text of ["Mrs Jones 92 kg on admission.", "Dr Imogen Blake 95% confident of the diagnosis.", "Mr Smith, 45, was seen."]) {
      expect(texts(run(text).findings, "AGE"), text).toEqual([]);
    }
  });

  it("finds the initials of a person named in the same minutes", () => {
    const text = "Present: Gareth Walsh (ward manager), Leilani Moana-Hart (educator). GW noted the delay. LMH to write to the family.";
    const found = texts(run(text).findings, "PERSON");
    expect(found).toContain("GW");
    expect(found).toContain("LMH");
    // Without the person named, initials are left; and clinical shorthand that happens to match stays.
    expect(texts(run("GW noted the delay and will call.").findings, "PERSON")).toEqual([]);
    expect(texts(run("Anne Fox reviewed her. AF to be anticoagulated.").findings, "PERSON")).toEqual(["Anne Fox"]);
  });

  it("finds bed and room numbers that open a handover's lines, or stand before a name", () => {
    const list = "bed 4 - frail, for OT r/v\nbed 5 - new adm, ?sepsis\nbed 7 empty";
    expect(texts(run(list).findings, "ID")).toEqual(["4", "5", "7"]);
    const one = "Seen in room 31 Mrs Ilse Gruber, settled.";
    expect(covers(one, run(one).findings, "31", "ID")).toBe(true);
    expect(texts(run("The ward has bed 4 closed for cleaning.").findings, "ID")).toEqual([]);
  });

  it("keeps a weekday with the date it opens", () => {
    for (const [text, date] of [
      ["Réunion du mardi 12/3 avec la famille.", "mardi 12/3"],
      ["Opname Woensdag 4 Junie.", "Woensdag 4 Junie"],
    ]) {
      expect(covers(text, run(text).findings, date, "DATE"), text).toBe(true);
    }
    expect(texts(run("See you on Tuesday for the review.").findings, "DATE")).toEqual([]);
  });

  it("keeps a phone's extension with the number, and a number never runs across a line", () => {
    const ext = "Appelez le 450 555-0143, poste 3312, en après-midi.";
    expect(covers(ext, run(ext).findings, "450 555-0143, poste 3312")).toBe(true);
    const lines = "Fax (07) 3345 8812\n\n14/05/2024\n\nDear Dr Ng,";
    const found = run(lines).findings;
    expect(texts(found, "PHONE")).toEqual(["(07) 3345 8812"]);
    expect(covers(lines, found, "14/05/2024", "DATE")).toBe(true);
  });

  it("finds the street and the town written before a postcode", () => {
    const text = "Patient: Rhys Evans, 17 Heol Hir, Llanishen, CF14 5AB. Tel 029 2075 1122.";
    const found = run(text).findings;
    expect(covers(text, found, "17 Heol Hir")).toBe(true);
    expect(covers(text, found, "Llanishen")).toBe(true);
  });
});
