import { describe, expect, it } from "vitest";
import {
  isPlausibleRamq,
  isValidBcPhn,
  isValidMedicare,
  isValidNhi,
  isValidNhsNumber,
  isValidNir,
  isValidOntarioHealthCard,
  isValidPpsn,
  isValidSsn,
  isValidZaId,
  luhn,
} from "~/deid/index";

describe("NZ NHI", () => {
  it("accepts valid old-format (AAANNNC) numbers", () => {
    for (const v of ["ZZZ0016", "ZZZ0024", "ZAC5361", "JBX3656", "zzz 0016"]) expect(isValidNhi(v), v).toBe(true);
  });
  it("accepts valid new-format (AAANNAX) numbers", () => {
    for (const v of ["ZBN77VL", "ZZZ00AC", "ZVU27KE", "ZYZ89XY", "ZDR69YX"]) expect(isValidNhi(v), v).toBe(true);
  });
  it("rejects wrong check characters, I/O letters and bad shapes", () => {
    for (const v of ["ZZZ0017", "ZZZ0044", "DAB8233", "ZZZ00AA", "ZZZ00AY", "ZVU27KY", "IOZ0016", "ZZ00016", "ZZZ001", ""]) {
      expect(isValidNhi(v), v).toBe(false);
    }
  });
  it("rejects an old-format number whose remainder is 0", () => {
    for (let d = 0; d <= 9; d++) expect(isValidNhi(`ZZZ004${d}`)).toBe(false);
  });
});

describe("UK NHS number (mod 11)", () => {
  it("accepts valid numbers with or without spaces", () => {
    expect(isValidNhsNumber("943 476 5919")).toBe(true);
    expect(isValidNhsNumber("4010232137")).toBe(true);
  });
  it("rejects a wrong check digit and a check value of 10", () => {
    expect(isValidNhsNumber("9434765918")).toBe(false);
    expect(isValidNhsNumber("1234567890")).toBe(false); // remainder gives 10: never issued
    expect(isValidNhsNumber("943476591")).toBe(false);
  });
});

describe("AU Medicare", () => {
  it("accepts a valid card number (with and without the issue number)", () => {
    expect(isValidMedicare("2123 45670 1")).toBe(true);
    expect(isValidMedicare("2123456701")).toBe(true);
  });
  it("rejects a wrong check digit, a bad first digit and issue number 0", () => {
    expect(isValidMedicare("2123456781")).toBe(false);
    expect(isValidMedicare("7123456701")).toBe(false);
    expect(isValidMedicare("2123456700")).toBe(false);
  });
});

describe("Canadian health cards", () => {
  it("Ontario: Luhn check with optional version code", () => {
    expect(isValidOntarioHealthCard("1234-567-897")).toBe(true);
    expect(isValidOntarioHealthCard("1234567897AB")).toBe(true);
    expect(isValidOntarioHealthCard("1234567890")).toBe(false);
    expect(isValidOntarioHealthCard("12345678")).toBe(false);
  });
  it("Luhn itself", () => {
    expect(luhn("4532015112830366")).toBe(true);
    expect(luhn("4532015112830367")).toBe(false);
  });
  it("BC PHN mod 11 and Québec NAM shape", () => {
    expect(isValidBcPhn("9698658215")).toBe(true);
    expect(isValidBcPhn("9698658216")).toBe(false);
    expect(isPlausibleRamq("TREM 5203 1512")).toBe(true);
    expect(isPlausibleRamq("TREM 5213 1512")).toBe(false); // month 13
  });
});

describe("US SSN rules", () => {
  it("accepts a well-formed SSN", () => {
    expect(isValidSsn("219-09-9999")).toBe(true);
    expect(isValidSsn("123-45-6789")).toBe(true);
  });
  it("rejects area 000, 666 and 9xx, group 00 and serial 0000", () => {
    for (const v of ["000-12-3456", "666-12-3456", "900-12-3456", "987-65-4321", "123-00-4567", "123-45-0000", "12-345-6789"]) {
      expect(isValidSsn(v), v).toBe(false);
    }
  });
});

describe("other national numbers", () => {
  it("French NIR key, South African ID, Irish PPSN", () => {
    expect(isValidNir("1 85 05 78 006 084 91")).toBe(true);
    expect(isValidNir("1 85 05 78 006 084 92")).toBe(false);
    expect(isValidZaId("8001015009087")).toBe(true);
    expect(isValidZaId("8001015009088")).toBe(false);
    expect(isValidPpsn("1234567T")).toBe(true);
    expect(isValidPpsn("1234567A")).toBe(false);
  });
});
