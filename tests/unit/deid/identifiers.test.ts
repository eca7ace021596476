import { describe, expect, it } from "vitest";
import { isValidBelgianNrn, isValidChi } from "~/deid/index";
import { covers, run, texts } from "./helpers";

describe("national numbers with check digits", () => {
  it("validates Belgian national register numbers, before and after 2000", () => {
    expect(isValidBelgianNrn("85.07.30-033.28")).toBe(true);
    expect(isValidBelgianNrn("05073003326")).toBe(true);
    expect(isValidBelgianNrn("85.07.30-033.29")).toBe(false);
    expect(isValidBelgianNrn("85.13.30-033.28")).toBe(false);
  });
  it("validates Scottish CHI numbers: a birth date and a mod-11 check digit", () => {
    expect(isValidChi("1203841248")).toBe(true);
    expect(isValidChi("120384 1248")).toBe(true);
    expect(isValidChi("1203841249")).toBe(false); // wrong check digit
    expect(isValidChi("0101991231")).toBe(true);
    expect(isValidChi("3213991231")).toBe(false); // no 32nd day, no 13th month
  });
  it("finds an unlabelled Belgian NRN in running text and leaves a wrong key", () => {
    const text = "Son numéro est 85.07.30-033.28; la fiche portait 85.07.30-033.29.";
    const f = run(text, { language: "fr" }).findings;
    expect(covers(text, f, "85.07.30-033.28", "ID")).toBe(true);
    expect(texts(f, "ID")).not.toContain("85.07.30-033.29");
  });
  it("finds a French INS written in groups after its label", () => {
    const text = "INS 1 85 05 78 006 084 91 vérifié à l'accueil.";
    expect(covers(text, run(text, { language: "fr" }).findings, "1 85 05 78 006 084 91", "ID")).toBe(true);
  });
});

describe("labelled numbers, plates and handles", () => {
  it("finds an unlabelled CHI number", () => {
    const text = "Referral letter quotes 120384 1248 for her.";
    expect(covers(text, run(text).findings, "120384 1248", "ID")).toBe(true);
  });
  it("finds a licence plate after its label, in capitals with a digit", () => {
    const text = "The car, licence plate KXR 445, was parked at the entrance.";
    expect(covers(text, run(text).findings, "KXR 445", "ID")).toBe(true);
  });
  it("does not read 'platelet count down' or 'plateau 20' as a plate", () => {
    const text = "Platelet ct down to 185. Plateau 20 on the vent.";
    expect(texts(run(text).findings, "ID")).toEqual([]);
  });
  it("finds social handles but not infusion rates or times written with @", () => {
    const text = "Her cousin posted as @mere_k_2021 and tagged @DrTane. TPN @83CC/HR, NPO @12AM.";
    expect(texts(run(text).findings, "ID")).toEqual(["@mere_k_2021", "@DrTane"]);
  });
});

describe("addresses and French facility forms", () => {
  it("finds an Irish Eircode", () => {
    const text = "Home address: 14 Main Street, Ballina, Co. Mayo F26 X2V8.";
    expect(covers(text, run(text).findings, "F26 X2V8")).toBe(true);
  });
  it("finds 'l'hôpital Tenon', 'CHU de Nantes' and 'Cliniques universitaires Saint-Luc'", () => {
    const text = "Transférée de l'hôpital Tenon au CHU de Nantes, puis suivie aux Cliniques universitaires Saint-Luc.";
    const f = run(text, { language: "fr" }).findings;
    for (const v of ["hôpital Tenon", "CHU de Nantes", "Cliniques universitaires Saint-Luc"]) expect(covers(text, f, v, "FACILITY"), v).toBe(true);
  });
});
