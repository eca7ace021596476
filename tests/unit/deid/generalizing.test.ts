import { describe, expect, it } from "vitest";
import { covers, run, texts } from "./helpers";

describe("short dates in notes", () => {
  it("reads a date after a word that merely ends in x ('lasix 4/14', 'last cx 3/23')", () => {
    for (const [text, date] of [
      ["Feels pt is dry from lasix 4/14. FSBS q6h.", "4/14"],
      ["If spikes again will need cx, last cx 3/23 in am.", "3/23"],
    ]) {
      expect(covers(text, run(text).findings, date, "DATE"), text).toBe(true);
    }
  });
  it("still leaves settings and counts alone", () => {
    for (const text of ["Lasix 40 mg x 2/3 doses.", "PEEP 5/5 overnight.", "Pain 3/10 at rest.", "BP 120/80."]) {
      expect(texts(run(text).findings, "DATE"), text).toEqual([]);
    }
  });
  it("reads a zero-padded date after a measurement ('EF 35% (3/02)')", () => {
    const text = "Cardiomyopathy EF 35% (3/02), laryngeal CA.";
    expect(covers(text, run(text).findings, "3/02", "DATE")).toBe(true);
  });
  it("takes 'AVR 8/88' as a valve and its date, not the French month 'avr.'", () => {
    const text = "PMH: CAD, AVR 8/88, DDD pacer.";
    const dates = texts(run(text).findings, "DATE");
    expect(dates).toEqual(["8/88"]);
  });
});

describe("phones and facilities", () => {
  it("finds a North American number written after dashes", () => {
    const text = "Social: daughter-Krissy---301 944-5032 & granddaughter.";
    expect(covers(text, run(text).findings, "301 944-5032", "PHONE")).toBe(true);
  });
  it("finds a facility after a capitalised verb of moving at a sentence start", () => {
    const text = "Admitted to Middlemore overnight. Transferred to Starship on Friday.";
    const f = run(text).findings;
    expect(covers(text, f, "Middlemore")).toBe(true);
    expect(covers(text, f, "Starship")).toBe(true);
  });
  it("finds a French facility after an article ('transférée à la Pitié')", () => {
    const text = "La patiente a été transférée à la Pitié dans la nuit.";
    expect(covers(text, run(text).findings, "Pitié")).toBe(true);
  });
  it("leaves units and departments after those verbs", () => {
    for (const text of ["Admitted to ICU overnight.", "Referred to Cardiology for review.", "From Monday the plan changes."]) {
      expect(run(text).findings, text).toEqual([]);
    }
  });
});

describe("surnames with particles and accented first names", () => {
  it("keeps the particles with the surname after a title", () => {
    const text = "Reviewed by Prof. van der Merwe, Dr de Villiers, Mr Du Plessis and Mme Le Goff.";
    const people = texts(run(text).findings, "PERSON");
    expect(people).toEqual(expect.arrayContaining(["van der Merwe", "de Villiers", "Du Plessis", "Le Goff"]));
  });
  it("joins a first name to a surname across particles", () => {
    const text = "Pieter van der Merwe met Jean-Marc Van den Broeck and Maria dos Santos.";
    const people = texts(run(text).findings, "PERSON");
    expect(people).toEqual(["Pieter van der Merwe", "Jean-Marc Van den Broeck", "Maria dos Santos"]);
  });
  it("knows first names written with their accents", () => {
    const text = "Siobhán Ní Bhriain rang, then Hélène wrote.";
    const f = run(text).findings;
    expect(covers(text, f, "Siobhán Ní Bhriain", "PERSON")).toBe(true);
    expect(covers(text, f, "Hélène", "PERSON")).toBe(true);
  });
  it("does not make a person of 'de France' or a court", () => {
    expect(texts(run("The Court of Appeal sat in Paris de France.").findings, "PERSON")).toEqual([]);
  });
});
