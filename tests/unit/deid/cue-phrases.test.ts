import { describe, expect, it } from "vitest";
import { covers, run, texts } from "./helpers";

const fires = (cases: [string, string][], type?: Parameters<typeof covers>[3]) => {
  for (const [text, value] of cases) expect(covers(text, run(text).findings, value, type), text).toBe(true);
};

describe("identifiers known by the phrase around them", () => {
  it("finds a French street named without its number", () => {
    fires(
      [
        ["Elle habite sur la rue Sainte-Catherine depuis dix ans.", "rue Sainte-Catherine"],
        ["La famille vit boulevard Pie-IX, près du métro.", "boulevard Pie"],
        ["On a grandi cité des Aubiers, à deux pas.", "cité des Aubiers"],
      ],
      "LOCATION",
    );
    for (const text of [
      "La route de la guérison est longue.",
      "Mise en place du protocole le soir.",
      "Le chemin clinique a été suivi.",
      "pain meds prn (also has arthritis). place pneumoboots.",
    ]) {
      expect(texts(run(text).findings, "LOCATION"), text).toEqual([]);
    }
  });

  it("finds an employer or an insurer with no company suffix", () => {
    fires([
      ["Her husband works nights at Fonterra and could not come in.", "Fonterra"],
      ["Son fils travaille chez Desjardins à Lévis.", "Desjardins"],
      ["Insurance: Kaiser Permanente, member since 2019.", "Kaiser Permanente"],
      ["His employer, Northern Quarry Supplies, rang the ward.", "Northern Quarry Supplies"],
    ]);
    for (const text of [
      "She works at night and sleeps in the day.",
      "Il va chez le médecin demain.",
      "insurance: none on file.",
      "He worked with Dr Patel for years.",
    ]) {
      expect(texts(run(text).findings, "ORGANISATION"), text).toEqual([]);
    }
  });

  it("finds an age over 89 after a person's contraction, never a measurement", () => {
    fires([
      ["honestly shes 97 and nobody listened", "97"],
      ["He's 91 now and still drives.", "91"],
    ]);
    for (const text of ["she's 95% sure it was the evening dose", "he's 92 kg on the ward scales", "she's 94 minutes late"]) {
      expect(texts(run(text).findings, "AGE"), text).toEqual([]);
    }
  });

  it("finds Afrikaans dates, with or without the weekday", () => {
    fires(
      [
        ["Opgeneem Dinsdag 3 Maart 2023 met koors.", "Dinsdag 3 Maart 2023"],
        ["Gesien op 17 Oktober deur die dokter.", "17 Oktober"],
      ],
      "DATE",
    );
    expect(texts(run("Sy het 3 Maat gehad.").findings, "DATE")).toEqual([]);
  });

  it("keeps the Québec form of a town with its postcode", () => {
    fires([["Adresse : 220, rue Principale, Rimouski (Québec) G5L 1X3.", "Rimouski (Québec) G5L 1X3"]], "LOCATION");
  });

  it("finds a given name after a kin word mid-sentence even when it is also a common word", () => {
    fires([["The nurse said my daughter Hope could stay overnight.", "Hope"]], "PERSON");
    for (const text of ["Was it her son? Is it ok to call?", "because our mom isn't listed as next of kin", "Sa fille Est partie."]) {
      expect(texts(run(text).findings, "PERSON"), text).toEqual([]);
    }
  });

  it("finds a name after a Māori or Afrikaans honorific", () => {
    fires([
      ["We waited for whaea Huhana before the karakia.", "Huhana"],
      ["Tannie Elsabe het die kinders gebring.", "Elsabe"],
    ]);
    expect(texts(run("The kuia and the koro sat with the whānau.").findings, "PERSON")).toEqual([]);
  });

  it("finds French care homes, practices and schools named after their kind", () => {
    fires(
      [
        ["Elle vit à l'EHPAD Les Glycines depuis mars.", "EHPAD Les Glycines"],
        ["Adressé par le cabinet médical de Plouër.", "cabinet médical de Plouër"],
        ["Il enseigne au collège Jean-Moulin.", "collège Jean-Moulin"],
      ],
      "FACILITY",
    );
    expect(texts(run("Il est au collège le matin et au cabinet médical l'après-midi.").findings, "FACILITY")).toEqual([]);
  });

  it("finds 'Royal' + a town and a town + 'VA' as hospitals, not 'Royal Navy'", () => {
    fires(
      [
        ["She was transferred to the Royal Bolton overnight.", "Royal Bolton"],
        ["His care moved to the Boston VA in 2020.", "Boston VA"],
      ],
      "FACILITY",
    );
    for (const text of ["He served in the Royal Navy.", "The Royal College guidance was followed.", "VA benefits were discussed."]) {
      expect(texts(run(text).findings, "FACILITY"), text).toEqual([]);
    }
  });

  it("finds a place after 'lives', 'home at' and 'area of'", () => {
    fires(
      [
        ["pt lives Kilmarnock with her son", "Kilmarnock"],
        ["He was found at his home at Whangārei Heads.", "Whangārei Heads"],
        ["Coroner for the area of Black Country, sitting.", "Black Country"],
      ],
      "LOCATION",
    );
    for (const text of ["She lives with her son.", "He lives alone.", "The area of concern was the sacrum.", "small pneumo on left upper area of lung."]) {
      expect(texts(run(text).findings, "LOCATION"), text).toEqual([]);
    }
  });
});
