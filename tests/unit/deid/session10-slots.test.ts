import { describe, expect, it } from "vitest";
import { detectSpeakerNames } from "~/deid/detectors/speaker-names";
import { truecase } from "~/deid/truecase";
import { fires, run, silent, texts } from "./helpers";

describe("slots read after blind batch 17's second round, on sentences of our own", () => {
  it("finds a patient in a lower-case handover by a title, a name and an age, listed or not", () => {
    fires(
      [
        ["rm 3 - ms adaeze nwankwo, 44 - lap appy day 1, eating.", "adaeze nwankwo"],
        ['bed 9 - mr fontenot, clovis "sonny" 72 - chf, lasix iv.', "clovis"],
        ['bed 9 - mr fontenot, clovis "sonny" 72 - chf, lasix iv.', "sonny"],
      ],
      "PERSON",
    );
    // Not a clause, not the age's own word, not a count too small for an adult's age.
    const ruleOn = (t: string) => detectSpeakerNames(t, () => false).some((c) => c.source === "person-title-name-age");
    expect(ruleOn("counted mr vexby, 52 - reviewed")).toBe(true);
    expect(ruleOn("counted mr vexby, 2 - reviewed")).toBe(false);
    expect(texts(run("Bay 2 - Mrs Tupou Havili, 61 - sepsis, on abx.").findings, "PERSON").join()).not.toContain("Havili, 61");
    expect(texts(run("bed 3 - mr smith is in pain, 45 - ok").findings, "PERSON")).not.toContain("smith is in pain");
    expect(texts(run("Mr Sione Taufa, aged 91, lived alone.").findings, "PERSON")).not.toContain("aged");
  });

  it("finds a bed a person belongs to after 'du', not a count of times out of bed", () => {
    fires([["Le plateau du patient du lit 22 a été servi à sa voisine.", "22"]], "ID");
    silent(["Il sort du lit 3 fois par nuit."], "ID");
  });

  it("finds a ward's code after a word that moves a patient there and an article or 'en'", () => {
    fires(
      [
        ["Ses lunettes ont disparu lors du transfert vers le C4.", "C4"],
        ["La patiente a été mutée en B2 le lendemain.", "B2"],
        ["He was moved to the 5A after midnight.", "5A"],
      ],
      "FACILITY",
    );
    // No article: a unit's code as PhysioNet writes it; a dose after "moved to".
    silent(["Pt will be transferred to Q7 at 0800.", "Dose moved to 2 mg at night."], "FACILITY");
  });

  it("finds a French unit without a code by its slot, not in a sentence", () => {
    fires(
      [
        ["Mme Aubry (aide-soignante, unité de soins palliatifs) était présente.", "unité de soins palliatifs"],
        ["Dr Léa Morin, praticien hospitalier, pôle de psychiatrie, a relu ce texte.", "pôle de psychiatrie"],
        ["Patiente hospitalisée en unité de médecine polyvalente depuis le 3 mai.", "unité de médecine polyvalente"],
        ["transmissions - unité fermée - nuit du 2 au 3", "unité fermée"],
      ],
      "FACILITY",
    );
    silent(["L'unité de soins a fermé le lundi. Le pôle de santé est loin."], "FACILITY");
    expect(texts(run("Patiente hospitalisée en unité de médecine polyvalente depuis le 3 mai.").findings, "FACILITY").join()).not.toContain("depuis");
  });

  it("finds an acronym in brackets that spells the initials of a name read as a person, and that acronym again", () => {
    const text = "Staff nurse, Ysbyty Maelor Wrecsam (YMW), ward 3. The YMW team met the family.";
    const found = run(text).findings.filter((f) => f.text === "YMW");
    expect(found.length, text).toBe(2);
    // Brackets that spell no initials stay: "Tom Reid (RN)" is a role.
    expect(texts(run("Her nurse Tom Reid (RN) called.").findings)).not.toContain("RN");
  });

  it("keeps an unknown acronym's capitals after 'the' in a line otherwise in lower case, so a body's short name is found", () => {
    fires([["- x-ray at the QEH: displaced fracture.", "QEH"]], "FACILITY");
    expect(truecase("- x-ray at the QEH: displaced fracture.")).toContain("QEH");
    // Not before more words, nor without the article: lowered as before.
    expect(truecase("pt to go to IR today for a drain.")).toContain(" ir ");
  });

  it("reads a lower-case title in a cased line as typed: a given name that is a word before a listed surname", () => {
    fires([["Present: the ward manager; the on-call physician, dr hope nguyen; and the family.", "hope nguyen"]], "PERSON");
    // A given name that is a word, with no surname after it, is not taken whole with the next word.
    expect(texts(run("We met the surgeon, dr hope stood by the door.").findings, "PERSON").join()).not.toContain("stood");
  });
});
