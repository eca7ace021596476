import { describe, expect, it } from "vitest";
import { truecase } from "~/deid/truecase";
import { covers, run, texts } from "./helpers";

describe("truecasing notes typed in capitals or lower case", () => {
  it("keeps the length and leaves well-cased lines alone", () => {
    const cased = "Mrs Tui Hohaia was reviewed on the ward by the registrar.";
    expect(truecase(cased)).toBe(cased);
    const upper = "PT SEEN BY DR KOWALCZYK THIS AM, BP STABLE.";
    expect(truecase(upper)).toHaveLength(upper.length);
  });
  it("gives a capital to the name after a title and lower case to ordinary words", () => {
    expect(truecase("PT SEEN BY DR KOWALCZYK THIS AM")).toBe("pt seen by Dr Kowalczyk this am");
    expect(truecase("family updated by dr marsh at noon")).toContain("Dr Marsh");
  });
  it("finds a surname after a title in an all-capitals note", () => {
    const text = "CXR DONE. DR OYELARAN AWARE OF K 3.1, REPLETED.";
    expect(covers(text, run(text).findings, "OYELARAN", "PERSON")).toBe(true);
  });
  it("finds lower-case names after a title or a relation word", () => {
    const text = "seen by dr marsh overnight. daughter tiana at bedside, son wiremu to call in the morning.";
    const f = run(text).findings;
    for (const name of ["marsh", "tiana", "wiremu"]) expect(covers(text, f, name, "PERSON"), name).toBe(true);
  });
  it("finds a surname after a lower-case 'dr' in an otherwise cased sentence, but not an MR scan", () => {
    for (const text of ["Seen by dr marsh on the ward.", "Seen by dr Marsh on the ward."]) {
      expect(covers(text, run(text).findings, text.includes("Marsh") ? "Marsh" : "marsh", "PERSON"), text).toBe(true);
    }
    expect(run("The mr scan was clear and ms symptoms improved.").findings).toEqual([]);
  });
  it("does not flag clinical shorthand in a capitals note", () => {
    const text = "NEURO: MAE, PERRLA. CV: NSR 80S, ON NEO GTT. RESP: LS CLEAR, SATS 97% ON 2L NC.";
    expect(texts(run(text).findings, "PERSON")).toEqual([]);
  });
  it("reads 'Dr. griffin' typed in lower case inside a cased line", () => {
    const text = "Pressure remained low and Dr. griffin was made aware at 0300.";
    expect(covers(text, run(text).findings, "griffin", "PERSON")).toBe(true);
  });
});

describe("note-shorthand dates", () => {
  it("finds month-first and day-first dates without a year", () => {
    const text = "Extubated 7/22, reintubated on 23/7 and trached 8/03.";
    const f = run(text).findings;
    for (const d of ["7/22", "23/7", "8/03"]) expect(covers(text, f, d, "DATE"), d).toBe(true);
  });
  it("leaves ventilator settings, strengths, fractions and blood gases alone", () => {
    const text = "On PSV 10/5, strength 5/5 in all extremities, sats 1/2 way up. ABG 7.31/45/88. BP 128/64.";
    expect(texts(run(text).findings, "DATE")).toEqual([]);
  });
  it("does not read a shift or a time range as a phone or an ID", () => {
    const text = "Nursing progress note 1900-0700. HR 110-150, BP 100-120/60-70.";
    expect(run(text).findings).toEqual([]);
  });
});

describe("holidays and named days", () => {
  it("finds English holidays with and without a year", () => {
    const text = "She fell on Waitangi Day 2021 and again just before Thanksgiving; her son visited on Boxing Day.";
    const f = run(text).findings;
    for (const d of ["Waitangi Day 2021", "Thanksgiving", "Boxing Day"]) expect(covers(text, f, d, "DATE"), d).toBe(true);
  });
  it("finds French holidays", () => {
    const text = "Il a été hospitalisé pendant la Toussaint puis revu le lundi de Pâques.";
    const f = run(text, { language: "fr" }).findings;
    for (const d of ["Toussaint", "lundi de Pâques"]) expect(covers(text, f, d, "DATE"), d).toBe(true);
  });
  it("does not take 'may day' in lower case for a holiday", () => {
    expect(texts(run("The dressing may day-by-day need changing.").findings, "DATE")).toEqual([]);
  });
});

describe("ages over 89 in words", () => {
  it("finds worded and ordinal ages and replaces them with 90+", () => {
    const r = run("A ninety-three-year-old man; her ninety-third birthday; aged one hundred and two.");
    expect(texts(r.findings, "AGE")).toEqual(["ninety-three", "ninety-third", "one hundred and two"]);
    expect(r.redacted).toBe("A 90+-year-old man; her 90+ birthday; aged 90+.");
  });
  it("finds French worded ages and leaves younger ages", () => {
    const r = run("Madame, quatre-vingt-treize ans, vit seule; son fils a soixante ans.", { language: "fr" });
    expect(texts(r.findings, "AGE")).toEqual(["quatre-vingt-treize"]);
  });
  it("leaves 'the 100s' of a heart rate alone", () => {
    expect(texts(run("HR 80s to 100s overnight.").findings, "AGE")).toEqual([]);
  });
});

describe("signatures and forms of address", () => {
  it("finds a name before a credential, with initials", () => {
    const text = "Weaned to CPAP, tolerating well.\nHemi R. Paewai-Tuhoe, RRT";
    expect(covers(text, run(text).findings, "Hemi R. Paewai-Tuhoe", "PERSON")).toBe(true);
  });
  it("finds an initial and a surname that is not an ordinary word", () => {
    const text = "INR 6.0 this morning, K. Szczepanik aware and will review.";
    expect(covers(text, run(text).findings, "K. Szczepanik", "PERSON")).toBe(true);
  });
  it("finds a sign-off line and a 'Dear' line", () => {
    const text = "Dear Ngaire,\nThank you for meeting with us.\nKind regards,\nLosaline Tauiliili";
    const f = run(text).findings;
    expect(covers(text, f, "Ngaire", "PERSON")).toBe(true);
    expect(covers(text, f, "Losaline Tauiliili", "PERSON")).toBe(true);
  });
  it("finds a name after a role written before it", () => {
    const text = "Plan discussed with caseworker Nomvula Dlamini and NP Oluwaseun.";
    const f = run(text).findings;
    expect(covers(text, f, "Nomvula Dlamini", "PERSON")).toBe(true);
    expect(covers(text, f, "Oluwaseun", "PERSON")).toBe(true);
  });
  it("does not take 'c/o' (complains of) in a note for an address", () => {
    expect(texts(run("Pt c/o incisional pain, medicated with good effect.").findings, "PERSON")).toEqual([]);
  });
});

describe("facilities in notes typed without capitals", () => {
  it("finds a facility named before 'hospital' or 'memorial' in a capitals note", () => {
    const text = "PT IS A 80 Y/O MALE ADMITTED FROM WAIRAU HOSPITAL FOR UNSTABLE ANGINA. WORKS AT TAMWORTH MEMORIAL.";
    const f = run(text).findings;
    expect(covers(text, f, "WAIRAU HOSPITAL")).toBe(true);
    expect(covers(text, f, "TAMWORTH MEMORIAL")).toBe(true);
  });
  it("does not take 'awaiting rehab' or 'leave hospital' for a facility", () => {
    const text = "PT AWAITING REHAB PLACEMENT. STATED HE WANTED TO LEAVE HOSPITAL TODAY.";
    expect(run(text).findings).toEqual([]);
  });
  it("finds later mentions of a facility name in another case", () => {
    const text = "WILL TRANSFER TO KERERUHUAHUA 2 TODAY. Kereruhuahua team aware.";
    const f = run(text).findings;
    expect(covers(text, f, "KERERUHUAHUA 2")).toBe(true);
    expect(covers(text, f, "Kereruhuahua")).toBe(true);
  });
  it("does not spread an ordinary word found inside a facility ('the ward')", () => {
    const r = run("She was moved to Ward 7B overnight. Later the ward was short of two nurses.");
    expect(r.findings.map((f) => f.text)).toEqual(["Ward 7B"]);
  });
});
