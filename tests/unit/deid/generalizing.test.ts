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

describe("places and care facilities", () => {
  it("finds a named rehab, nursing home or rest home, but not a kind of care", () => {
    const text = "D/c to Brightview rehab tomorrow; mother came from Fairhaven nursing home. Seen by Baltimore Rehab.";
    const f = run(text).findings;
    for (const name of ["Brightview rehab", "Fairhaven nursing home", "Baltimore Rehab"]) expect(covers(text, f, name), name).toBe(true);
    expect(run("Cardiac rehab referral made. Pulmonary rehab next week. Inpatient rehab accepted.").findings).toEqual([]);
  });
  it("keeps a place's last word with it ('Ellicott City', 'Daytona Beach'), in any case", () => {
    for (const [text, place] of [
      ["LIVES IN ELLICOTT CITY WITH SON", "ELLICOTT CITY"],
      ["pt lives in ellicott city with son", "ellicott city"],
      ["Was on vacation in Daytona Beach.", "Daytona Beach"],
    ]) {
      expect(covers(text, run(text).findings, place, "LOCATION"), text).toBe(true);
    }
    expect(texts(run("She lives in Hamilton. Park the car there.").findings)).toEqual(["Hamilton"]);
  });
});

describe("names in role slots no list knows", () => {
  it("finds a name after a role used as a label", () => {
    for (const [text, name] of [
      ["Attending: Quarmby", "Quarmby"],
      ["Infirmière : Gagnon", "Gagnon"],
    ]) {
      expect(covers(text, run(text).findings, name, "PERSON"), text).toBe(true);
    }
  });
  it("finds names in brackets after who they are, and names split by a slash", () => {
    for (const [text, names] of [
      ["MD aware (Quarmby), will follow.", ["Quarmby"]],
      ["Team (Quarmby/Vandeleur) aware of pressures.", ["Quarmby", "Vandeleur"]],
      ["Drs. Quarmby/Vandeleur at bedside.", ["Quarmby", "Vandeleur"]],
    ] as const) {
      const f = run(text).findings;
      for (const n of names) expect(covers(text, f, n, "PERSON"), `${n} in ${text}`).toBe(true);
    }
  });
  it("leaves a service, a reading or a plan in those slots", () => {
    for (const text of ["Team (Cardiology) aware.", "MD aware (BP 80/40).", "RN: see flowsheet.", "Resident: none overnight."]) {
      expect(texts(run(text).findings, "PERSON"), text).toEqual([]);
    }
  });
});

describe("streets, places gone back to and people handed over to", () => {
  it("finds a street written with an abbreviation, but not shorthand in a capitals note", () => {
    for (const [text, street] of [
      ["Pt walked to the shop on York Rd. yesterday.", "York Rd"],
      ["Gets HD at Fresenius on Liberty Rd MWF.", "Liberty Rd"],
      ["Lives off Kowhai Ave near the school.", "Kowhai Ave"],
    ]) {
      expect(covers(text, run(text).findings, street, "LOCATION"), text).toBe(true);
    }
    expect(run("ORIENTED, CONVERSING C DR AND FAMILY C NOTES.").findings).toEqual([]);
  });
  it("finds a facility someone goes back to, but not 'back to Bed' or 'return to Baseline'", () => {
    const text = "To OR at Mercy, then back to Sinai. Pt is going to Levindale on Monday.";
    const f = run(text).findings;
    for (const name of ["Sinai", "Levindale"]) expect(covers(text, f, name), name).toBe(true);
    expect(run("Went back to Bed after the walk. Return to Baseline expected.").findings).toEqual([]);
  });
  it("finds the name a report is handed to", () => {
    for (const text of ["Report given to Vandeleur at 1900.", "Covering for Quarmby tonight."]) {
      const name = text.includes("Vandeleur") ? "Vandeleur" : "Quarmby";
      expect(covers(text, run(text).findings, name, "PERSON"), text).toBe(true);
    }
  });
});

describe("months and ordinal days standing alone", () => {
  it("finds a month named after a word of time, in English and French", () => {
    for (const [text, month] of [
      ["She was admitted in September and again later.", "September"],
      ["Admitted to GH from home in sept. and discharged.", "sept"],
      ["Elle est tombée en mars, à domicile.", "mars"],
      ["In May she fell at home.", "May"],
    ]) {
      expect(covers(text, run(text).findings, month, "DATE"), text).toBe(true);
    }
  });
  it("leaves 'may' and 'mar' in lower case, which are a verb and shorthand", () => {
    expect(texts(run("In may we decided to wait; the mar was checked.").findings, "DATE")).toEqual([]);
  });
  it("finds an ordinal day that stands for a date, but not a floor or a count", () => {
    for (const [text, day] of [
      ["Pt says: it's the 11th.", "11th"],
      ["Son visiting from the 4th to the 9th.", "9th"],
    ]) {
      expect(covers(text, run(text).findings, day, "DATE"), text).toBe(true);
    }
    expect(texts(run("Seen on the 3rd floor for the 2nd time, then moved to the 4th floor.").findings, "DATE")).toEqual([]);
  });
});

describe("towns abroad", () => {
  it("knows the towns of the Pacific nations and cities abroad", () => {
    const text = "Two cousins flew over, Apia to Auckland and Nadi to Brisbane; her parents, Lautoka born, moved later.";
    const f = run(text).findings;
    for (const place of ["Apia", "Nadi", "Lautoka"]) expect(covers(text, f, place), place).toBe(true);
  });
  it("needs a place cue for a smaller town abroad whose name is also a word here", () => {
    expect(run("Oral mucosa dry. Lido d/c at 4am.").findings).toEqual([]);
  });
});

describe("counties and regions with a town", () => {
  it("finds Irish counties, named counties, and keeps a British county with its town", () => {
    const text = "Mother lives in Kilmarnock, Ayrshire; father farms in Co. Kerry, her aunt in County Mayo, his son in Carroll County.";
    const f = run(text).findings;
    for (const place of ["Kilmarnock, Ayrshire", "Co. Kerry", "County Mayo", "Carroll County"]) expect(covers(text, f, place, "LOCATION"), place).toBe(true);
  });
  it("does not make a place of a county's council or court", () => {
    expect(texts(run("The County Council met.").findings, "LOCATION")).toEqual([]);
  });
});

describe("misspelt towns", () => {
  it("finds a town one letter off after a place word, in any case", () => {
    for (const [text, town] of [
      ["He works in Wellingotn as a builder.", "Wellingotn"],
      ["pt was in baltmore last week", "baltmore"],
      ["FAMILY IN BALTMORE OVERNIGHT", "BALTMORE"],
    ]) {
      expect(covers(text, run(text).findings, town, "LOCATION"), text).toBe(true);
    }
  });
  it("leaves misspelt drugs and ordinary words", () => {
    expect(run("Changed to Lasixx in Trendelenberg position.").findings).toEqual([]);
  });
});
