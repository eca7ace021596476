import { describe, expect, it } from "vitest";
import { covers, run, texts } from "./helpers";

describe("PERSON", () => {
  it("finds titled names, first + last names, initials and kin introductions", () => {
    const t = "Mrs Aroha Ngata was seen by Dr Smith. Anna S. and John Miller attended; her daughter Mere called.";
    const { findings } = run(t);
    for (const v of ["Aroha Ngata", "Smith", "Anna S.", "John Miller", "Mere"]) expect(covers(t, findings, v, "PERSON"), v).toBe(true);
  });
  it("does not cover the title itself", () => {
    const { findings } = run("Dr Smith reviewed the chart.");
    expect(texts(findings, "PERSON")).toEqual(["Smith"]);
  });
  it("finds later mentions of a surname", () => {
    const t = "Mr Sione Taufa fell. Later Taufa's son asked for a meeting.";
    const { findings } = run(t);
    expect(findings.filter((f) => f.type === "PERSON").map((f) => f.text)).toEqual(["Sione Taufa", "Taufa"]);
  });
  it("finds French titles", () => {
    const t = "Mme Sophie Tremblay et M. Gagnon ont rencontré le Pr Mercier et Mlle Léa Dubois.";
    const { findings } = run(t);
    for (const v of ["Sophie Tremblay", "Gagnon", "Mercier", "Léa Dubois"]) expect(covers(t, findings, v, "PERSON"), v).toBe(true);
  });
});

describe("DATE", () => {
  it("finds written and numeric dates, month + year and weekday + ordinal", () => {
    const t = "Admitted 3 March 2023, reviewed 03/04/2021, again in March 2023, and last Tuesday the 4th; also 2023-11-14 and Feb 21, 2023.";
    const { findings } = run(t);
    for (const v of ["3 March 2023", "03/04/2021", "March 2023", "Tuesday the 4th", "2023-11-14", "Feb 21, 2023"]) {
      expect(covers(t, findings, v, "DATE"), v).toBe(true);
    }
  });
  it("leaves bare years, relative expressions, times and scores alone", () => {
    const { findings } = run("In 2021 she was well. Seen last month at 3pm; pain 7/10; creatinine 2.1; next week a review.");
    expect(findings).toEqual([]);
  });
  it("finds French dates", () => {
    const t = "Elle a été admise le 12 mars, puis revue le 1er avril 2023 et en juillet 2021.";
    const { findings } = run(t, { language: "fr" });
    for (const v of ["12 mars", "1er avril 2023", "juillet 2021"]) expect(covers(t, findings, v, "DATE"), v).toBe(true);
  });
});

describe("AGE", () => {
  it("replaces ages over 89 with 90+ and leaves younger ages", () => {
    const r = run("A 93-year-old woman and a 45-year-old man; his father, aged 101, and her aunt, 67.");
    expect(r.redacted).toBe("A 90+-year-old woman and a 45-year-old man; his father, aged 90+, and her aunt, 67.");
    expect(texts(r.findings, "AGE")).toEqual(["93", "101"]);
  });
  it("handles French ages", () => {
    expect(run("Une patiente de 94 ans et son fils de 60 ans.", { language: "fr" }).redacted).toBe("Une patiente de 90+ ans et son fils de 60 ans.");
  });
});

describe("ID", () => {
  it("finds numbers that pass a check digit without a label", () => {
    const t = "Numbers: ZZZ0016, ZBN77VL, 943 476 5919, 2123 45670 1, 1234-567-897-AB, 219-09-9999.";
    const { findings } = run(t);
    for (const v of ["ZZZ0016", "ZBN77VL", "943 476 5919", "2123 45670 1", "1234-567-897-AB", "219-09-9999"]) {
      expect(covers(t, findings, v, "ID"), v).toBe(true);
    }
  });
  it("gives a checksum-valid NHI high confidence and an invalid one only the generic record-number rule", () => {
    const valid = run("The code ZZZ0016 appeared.").findings;
    const invalid = run("The code ZZZ0017 appeared.").findings;
    expect(valid.map((f) => [f.text, f.source])).toEqual([["ZZZ0016", "nhi"]]);
    expect(valid[0].confidence).toBeGreaterThanOrEqual(0.95);
    expect(invalid.map((f) => f.source)).toEqual(["id-prefix"]);
    expect(invalid[0].confidence).toBeLessThan(0.8);
  });
  it("finds labelled record, case, incident, serial and lot numbers", () => {
    const t = "MRN: 998877. Record number 4471. Case no. CS-1182. Incident #4521. Serial SN-88412-KX, lot 4471-B2. NHI ABC1234.";
    const { findings } = run(t);
    for (const v of ["998877", "4471", "CS-1182", "4521", "SN-88412-KX", "4471-B2", "ABC1234"]) expect(covers(t, findings, v, "ID"), v).toBe(true);
  });
  it("finds French labels: numéro de dossier and NAM", () => {
    const t = "Son numéro de dossier est 4456321 et son NAM TREM 5203 1512.";
    const { findings } = run(t, { language: "fr" });
    expect(covers(t, findings, "4456321", "ID")).toBe(true);
    expect(covers(t, findings, "TREM 5203 1512", "ID")).toBe(true);
  });
  it("does not treat doses as identifiers", () => {
    expect(run("Give 100000 units of vitamin D and 5 mg of haloperidol.").findings).toEqual([]);
  });
});

describe("PHONE, EMAIL, URL, IP", () => {
  it("finds phones in several regions and a fax", () => {
    const t = "Call 021 555 0147, (02) 9555 0123, 416-555-0199, 029 2018 0000, +353 91 555 012 or fax: 04 555 0178.";
    const { findings } = run(t);
    for (const v of ["021 555 0147", "(02) 9555 0123", "416-555-0199", "029 2018 0000", "+353 91 555 012", "04 555 0178"]) {
      expect(covers(t, findings, v, "PHONE"), v).toBe(true);
    }
  });
  it("finds email, URL, IPv4 and IPv6", () => {
    const t = "Write to kiri.h@example.co.nz, see https://example.org/case/1 or www.example.com, hosts 10.24.8.17 and 2001:db8:85a3::8a2e:370:7334.";
    const { findings } = run(t);
    expect(texts(findings, "EMAIL")).toEqual(["kiri.h@example.co.nz"]);
    expect(texts(findings, "URL")).toEqual(["https://example.org/case/1", "www.example.com"]);
    expect(texts(findings, "IP")).toEqual(["10.24.8.17", "2001:db8:85a3::8a2e:370:7334"]);
  });
});

describe("FACILITY, LOCATION, ORGANISATION", () => {
  it("finds named hospitals, clinics, care homes and wards", () => {
    const t =
      "She moved from Ward 7B to Kowhai Ward at St Mary's Hospital, then to Riverside Medical Centre and Oakleigh Care Home. Later: Clinique du Parc and Hôpital Sainte-Justine.";
    const { findings } = run(t);
    for (const v of [
      "Ward 7B",
      "Kowhai Ward",
      "St Mary's Hospital",
      "Riverside Medical Centre",
      "Oakleigh Care Home",
      "Clinique du Parc",
      "Hôpital Sainte-Justine",
    ]) {
      expect(covers(t, findings, v, "FACILITY"), v).toBe(true);
    }
  });
  it("leaves unnamed wards and departments alone", () => {
    expect(run("She went from the ward to ICU, then the emergency department and the Emergency Department.").findings).toEqual([]);
  });
  it("finds addresses, towns and postcodes", () => {
    const t =
      "He lives at 12 Kauri Street, Ponsonby, Auckland 1011. Post to 7 Leith Walk, Edinburgh EH6 8RS, or Toronto M5T 1G4, or 45 rue des Lilas, 35000 Rennes, or Atlanta, GA 30308.";
    const { findings } = run(t);
    for (const v of [
      "12 Kauri Street",
      "Ponsonby",
      "Auckland 1011",
      "7 Leith Walk",
      "EH6 8RS",
      "Toronto",
      "M5T 1G4",
      "45 rue des Lilas",
      "35000 Rennes",
      "Atlanta, GA 30308",
    ]) {
      expect(covers(t, findings, v), v).toBe(true);
    }
  });
  it("finds employers by suffix and by context", () => {
    const t = "She is employed by Acme Health Ltd; the pump came from Medisafe Devices Inc. and staff from Coastal Aged Care Pty Ltd.";
    const { findings } = run(t);
    for (const v of ["Acme Health Ltd", "Medisafe Devices Inc", "Coastal Aged Care Pty Ltd"]) expect(covers(t, findings, v, "ORGANISATION"), v).toBe(true);
  });
});

describe("language detection", () => {
  it("detects French and English", () => {
    expect(run("La patiente a été admise dans le service avec sa fille.").language).toBe("fr");
    expect(run("The patient was admitted to the ward with her daughter.").language).toBe("en");
  });
});
