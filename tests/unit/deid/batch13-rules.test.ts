import { describe, expect, it } from "vitest";
import { detectLearningForms } from "~/deid/detectors/learning-forms";
import { covers, fires, run, silent } from "./helpers";

describe("dates, ages and numbers as case learnings write them (blind batch 13)", () => {
  it("finds a day alone after 'on the', a French month cut short, national days", () => {
    fires(
      [
        ["Her brother joined the meeting on the 19th with the charge nurse.", "the 19th"],
        ["We finally heard back on the 2nd.", "the 2nd"],
        ["Entrée aux urgences le 7 janv. 2024 vers minuit.", "7 janv. 2024"],
        ["note du 28 sept. : nuit agitée", "28 sept."],
        ["The clinic was closed for Freedom Day so she waited.", "Freedom Day"],
        ["He was readmitted on Little Christmas, of all days.", "Little Christmas"],
      ],
      "DATE",
    );
    silent(
      ["She was moved on the 3rd floor before lunch.", "It worked on the 2nd attempt with a smaller cannula.", "Il a reçu 2 fév et rien d'autre."],
      "DATE",
    );
  });

  it("finds an age over 89 someone turned, and after a name with the sex in a note", () => {
    fires(
      [
        ["Nana turned 101 the week before the fall.", "101"],
        ["he turns 94 on friday and wanted to be home", "94"],
        ["pt edna wickramasinghe 92 f from home, bib", "92"],
      ],
      "AGE",
    );
    silent(["The patient walked 100 m with the frame.", "His sats turned 92 on room air.", "The pulse turns 95 when he stands."], "AGE");
  });

  it("finds the room or box a patient is in, and a form's number after 'no'", () => {
    fires(
      [
        ["I was also covering room 9 that night.", "9"],
        ["She laboured in delivery room 3 for six hours.", "3"],
        ["PT: DOE, JANE 95F RM 5127 MRN 123", "5127"],
        ["J'avais le box 4 et le box 5 cette nuit-là.", "4"],
        ["Déclaration faite, no 2024-1187, transmise au cadre.", "2024-1187"],
      ],
      "ID",
    );
    silent(
      [
        "We met in meeting room 3 of the education centre.",
        "There was no room for 2 more chairs.",
        "Elle a mis la boîte dans le box à pansements.",
        "No 10-12 minute wait was ever recorded.",
      ],
      "ID",
    );
  });
});

describe("people, places and bodies as case learnings write them (blind batch 13)", () => {
  it("finds a person after a short form in a note, after a role between commas, initials signing off", () => {
    fires(
      [
        ["dtr wairimu rang at 0600, v upset", "wairimu"],
        ["I heard it first from the porter, Tavita, who was kind.", "Tavita"],
        ["learning - check the pump every hour.\njt", "jt"],
        ["That is all. End of dictation, RMK.", "RMK"],
      ],
      "PERSON",
    );
    silent(["dtr aware and happy with plan", "Thanks again for everything.\nok", "That is all. End of dictation, the rest to follow."], "PERSON");
  });

  it("finds a First Nation, a township's extension, a Royal hospital, a hospital in a lower-case note, a French institute", () => {
    fires(
      [
        ["She lives on Opaskwayak Cree Nation land.", "Opaskwayak Cree Nation"],
        ["Address: Extension 9, Soshanguve", "Extension 9, Soshanguve"],
        ["Meeting notes - Mthatha General Hospital, Ngangelizwe\nPresent: the family", "Ngangelizwe"],
      ],
      "LOCATION",
    );
    fires(
      [
        ["He was transferred to Royal Bolton the same night.", "Royal Bolton"],
        ["neuro reviewed him at st vincent by phone", "st vincent"],
        ["Il a été transféré à l'Institut de neurologie le soir même.", "l'Institut de neurologie"],
      ],
      "FACILITY",
    );
    silent(
      [
        "Support for First Nations families is part of the plan.",
        "The letter went to Royal Mail for tracking.",
        "She has written to the Royal College about it.",
        "The United Nation of tribes was a myth.",
        "Letter from the Hospital, Consultant\nDear all",
        "We went to the Clinic, Monday\nthen home.",
      ],
      "LOCATION",
    );
    for (const text of ["The letter went to Royal Mail, and the Royal College replied.", "amio bolus given and converted to st about an hour later"])
      expect(
        run(text).findings.filter((f) => f.type === "FACILITY"),
        text,
      ).toEqual([]);
  });

  it("finds a scheme's acronym someone is a member of, never a national regulator", () => {
    const found = (t: string) => covers(t, run(t).findings, t.match(/[A-Z]{3,6}(?=,| if|\.)/u)![0], "ORGANISATION");
    expect(found("I am a member of POLMED, if that is needed.")).toBe(true);
    const own = detectLearningForms("She is registered with NMC and a member of RCN. Pt is a member of MICU team.", () => false);
    expect(own.filter((c) => c.type === "ORGANISATION")).toEqual([]);
  });
});
