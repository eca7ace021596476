import { describe, expect, it } from "vitest";
import { covers, run, texts } from "./helpers";

describe("ages over 89 where an age stands", () => {
  it("finds an age with no 'years' after a person, in brackets, between commas or with a sex letter", () => {
    for (const [text, age] of [
      ["He was ninety-one. Koro spent his last week on the ward.", "ninety-one"],
      ["Your mother, who turned ninety-six this year, was given a second dose.", "ninety-six"],
      ["Mr Kowalczyk is 102 and has Lewy body dementia.", "102"],
      ["María Guadalupe Reyes (93) presented with heat stroke.", "93"],
      ["Mrs Agnes McTavish, CHI 1203531249, ninety-nine, admitted overnight.", "ninety-nine"],
      ["Triage at 2140. 92F BIBA from a care home.", "92"],
      ["My grandmother, Chen Xiuying, is ninety-two and was on the ward.", "ninety-two"],
    ]) {
      expect(covers(text, run(text).findings, age, "AGE"), text).toBe(true);
    }
  });
  it("leaves readings and counts alone", () => {
    for (const text of ["BP was 92 and HR 100.", "Temp was 99 overnight.", "Sats (94) on room air.", "She waited ninety minutes in triage."]) {
      expect(texts(run(text).findings, "AGE"), text).toEqual([]);
    }
  });
});

describe("names set before an age or after a patient's bed", () => {
  it("finds names no list knows, in any case, before their age", () => {
    for (const [text, name] of [
      ["case learning. thandeka mkhize, 24, para 2, was referred.", "thandeka mkhize"],
      ["Jarrah, a 17-year-old Aboriginal young man, was flown south.", "Jarrah"],
      ["pharmacy incident – chiamaka okonkwo, 34F, rx for methotrexate.", "chiamaka okonkwo"],
    ]) {
      expect(covers(text, run(text).findings, name, "PERSON"), text).toBe(true);
    }
  });
  it("finds two name words after a bed number in a note typed in capitals", () => {
    const text = "HANDOVER NIGHTS. BAY 2 BED 5 GWENLLIAN PRYCE FROM LLANIDLOES. POST OP DAY 2.";
    expect(covers(text, run(text).findings, "GWENLLIAN PRYCE", "PERSON")).toBe(true);
  });
  it("does not make names of words before a count or of shorthand after 'pt'", () => {
    for (const text of [
      "The patient, 45, was seen.",
      "In the ward, 24 beds were open.",
      "PT INCONT LG AMT OF LOOSE STOOL.",
      "Pt NT sxn'd for thick secretions.",
    ]) {
      expect(texts(run(text).findings, "PERSON"), text).toEqual([]);
    }
  });
});

describe("names typed without their capital after a cue", () => {
  it("finds a lower-case name after a relation, a role or a greeting", () => {
    for (const [text, name] of [
      ["GCS 15. whānau informed - daughter huia on 027 481 5530.", "huia"],
      ["Plan d/w CN mereana - transfer to Tokoroa Hospital if a bed is free.", "mereana"],
      ["Took 6 doses before her sister adaeze noticed.", "adaeze"],
      ["Demeure à Aylmer. dre lachance a demandé le retrait de la vidéo.", "lachance"],
      ["hi kahu, quick one re the baby in room 4.", "kahu"],
      ["GCS DROPPED AT 0200. DR VAN WYK CALLED, CT NOT AVAILABLE.", "VAN WYK"],
    ]) {
      expect(covers(text, run(text).findings, name, "PERSON"), text).toBe(true);
    }
  });
  it("leaves hyphenated words, verbs and French possessives after those cues", () => {
    for (const text of [
      "Chronic pain in a patient post-hip replacement, reviewed weekly.",
      "Family told the team they do not want their mother trached, see notes.",
      "Personne ne lui a donné son donépézil ni son Doliprane.",
      "Madame la Directrice, je vous écris au sujet de mon père.",
    ]) {
      expect(texts(run(text).findings, "PERSON"), text).toEqual([]);
    }
  });
});

describe("hospitals known by a short name", () => {
  it("finds short names, abbreviations and French forms, with their article", () => {
    for (const [text, name] of [
      ["Learning summary from the VG in Halifax.", "the VG"],
      ["She was admitted to the Royal Alex with mucositis.", "the Royal Alex"],
      ["Incident review – CUH. Ms Ní Bhriain was given co-amoxiclav.", "CUH"],
      ["Elle a été transférée à la Pitié dans la nuit.", "la Pitié"],
      ["Il a été transféré de l'Enfant-Jésus vers le CHSLD.", "l'Enfant-Jésus"],
      ["She was brought from Bellville to Tygerberg on Heritage Day.", "Tygerberg"],
      ["referred from the clinic in soweto to bara with pre-eclampsia.", "bara"],
    ]) {
      expect(covers(text, run(text).findings, name, "FACILITY"), text).toBe(true);
    }
  });
  it("reads a town whose name is also a word when it closes a facility's name ('Ben Taub, Houston.')", () => {
    const text = "Root cause analysis summary – Ben Taub, Houston. On the Fourth of July she waited.";
    expect(covers(text, run(text).findings, "Houston")).toBe(true);
    expect(texts(run("Houston, we have a problem with the pump.").findings, "LOCATION")).toEqual([]);
  });
  it("needs a cue for a name that is also a word, and capitals for an abbreviation", () => {
    for (const text of ["Royal jelly is not a treatment.", "The pilgrim route was long.", "has port on tlc saved for this from gsh."]) {
      expect(texts(run(text).findings, "FACILITY"), text).toEqual([]);
    }
  });
});

describe("holidays, addresses, extensions and codes as they are written", () => {
  it("finds more named days", () => {
    for (const [text, day] of [
      ["He died on St George's Day.", "St George's Day"],
      ["Parked across the bay on Melbourne Cup day.", "Melbourne Cup day"],
      ["Admitted on Thanksgiving Monday with sepsis.", "Thanksgiving Monday"],
      ["Admitted to the QEUH on Hogmanay.", "Hogmanay"],
      ["Le lundi de l'Action de grâce, mon conjoint a été transféré.", "lundi de l'Action de grâce"],
      ["severe pre-eclampsia on freedom day. magnesium given late.", "freedom day"],
    ]) {
      expect(covers(text, run(text).findings, day, "DATE"), text).toBe(true);
    }
    expect(texts(run("Une ligne d'interprétariat 24/7.").findings, "DATE")).toEqual([]);
  });
  it("finds Belgian addresses (number after the street, 4-digit postcode) and Irish counties in lower case", () => {
    const text = "Son fils habite avenue Brugmann 214, 1180 Uccle. From a nursing home, co. wicklow.";
    const f = run(text).findings;
    for (const v of ["avenue Brugmann 214", "1180 Uccle", "co. wicklow"]) expect(covers(text, f, v, "LOCATION"), v).toBe(true);
  });
  it("keeps a phone's extension with it and reads dashed record codes", () => {
    const text = "Infirmière : Mélanie Côté, 514 890-8000, poste 12345. File (OH-23-0418). IABP AD-91-118.";
    const f = run(text).findings;
    expect(covers(text, f, "514 890-8000, poste 12345", "PHONE")).toBe(true);
    expect(covers(text, f, "OH-23-0418", "ID")).toBe(true);
    expect(texts(f, "ID")).not.toContain("AD-91-118");
  });
});
