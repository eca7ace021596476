import { describe, expect, it } from "vitest";
import { placeholdersFor } from "~/deid/index";
import { run } from "./helpers";

describe("placeholders", () => {
  it("gives the same person the same number (same surface string or surname)", () => {
    const r = run("Mrs Jane Ellison was admitted. Jane Ellison asked for her son. Later Mrs Ellison went home.");
    expect(r.redacted).toBe("Mrs [PERSON 1] was admitted. [PERSON 1] asked for her son. Later Mrs [PERSON 1] went home.");
  });
  it("numbers two people 1 and 2", () => {
    const r = run("Dr Smith told Mrs Aroha Ngata the results; Dr Smith apologised.");
    expect(r.redacted).toBe("Dr [PERSON 1] told Mrs [PERSON 2] the results; Dr [PERSON 1] apologised.");
  });
  it("two people sharing a first name keep different numbers", () => {
    const r = run("John Miller and John Baxter met. Later Baxter left.");
    expect(r.redacted).toBe("[PERSON 1] and [PERSON 2] met. Later [PERSON 2] left.");
  });
  it("numbers dates and facilities, repeating the same value's number", () => {
    const r = run(
      "Admitted to St Mary's Hospital on 3 March 2023, moved to Riverside Medical Centre on 5 March 2023, back to St Mary's Hospital on 3 March 2023.",
    );
    expect(r.redacted).toBe("Admitted to [FACILITY 1] on [DATE 1], moved to [FACILITY 2] on [DATE 2], back to [FACILITY 1] on [DATE 1].");
  });
  it("replaces age 93 with 90+, leaves age 45 and a bare year", () => {
    const r = run("A 93-year-old and a 45-year-old were admitted in 2023.");
    expect(r.redacted).toBe("A 90+-year-old and a 45-year-old were admitted in 2023.");
    expect(r.findings.map((f) => f.placeholder)).toEqual(["90+"]);
  });
  it("each finding carries its placeholder, and placeholdersFor agrees", () => {
    const r = run("Dr Smith saw Mr Jones on 3 March 2023. Dr Smith called on 4 March 2023.");
    expect(r.findings.map((f) => f.placeholder)).toEqual(["[PERSON 1]", "[PERSON 2]", "[DATE 1]", "[PERSON 1]", "[DATE 2]"]);
    expect(placeholdersFor(r.findings)).toEqual(r.findings.map((f) => f.placeholder));
  });
  it("IDs and phones are matched on their digits", () => {
    const p = placeholdersFor([
      { start: 0, end: 12, type: "PHONE", text: "021 555 0147" },
      { start: 20, end: 30, type: "PHONE", text: "0215550147" },
      { start: 40, end: 47, type: "ID", text: "ZZZ0016" },
    ]);
    expect(p).toEqual(["[PHONE 1]", "[PHONE 1]", "[ID 1]"]);
  });
});

describe("placeholders: people who share a surname, and text redacted before", () => {
  it("gives Mrs Smith and her son John Smith different placeholders", () => {
    const r = run("Mrs Smith was admitted after a fall. Her son John Smith rang the ward twice.");
    expect(r.redacted).toBe("Mrs [PERSON 1] was admitted after a fall. Her son [PERSON 2] rang the ward twice.");
  });
  it("links a later bare surname to the most recent of two people, flagged ambiguous", () => {
    const r = run("Mrs Smith was admitted. Her son John Smith visited. Smith asked for a meeting.");
    const last = r.findings[r.findings.length - 1];
    expect(last.text).toBe("Smith");
    expect(last.placeholder).toBe("[PERSON 2]");
    expect(last.ambiguous).toBe(true);
    expect(r.findings.filter((f) => f.ambiguous)).toHaveLength(1);
  });
  it("a bare surname that only one person carries is not ambiguous", () => {
    const r = run("Dr Aroha Ngata met the family. Later Ngata wrote to them.");
    expect(r.redacted).toBe("Dr [PERSON 1] met the family. Later [PERSON 1] wrote to them.");
    expect(r.findings.some((f) => f.ambiguous)).toBe(false);
  });
  it("tells Mr and Mrs with the same surname apart", () => {
    const r = run("Mr Tane and Mrs Tane came in. Mrs Tane cried.");
    expect(r.redacted).toBe("Mr [PERSON 1] and Mrs [PERSON 2] came in. Mrs [PERSON 2] cried.");
  });
  it("never flags a placeholder that is already in the text, and numbers new findings after it", () => {
    const r = run("[PERSON 1], 90+, was seen on [DATE 2] at [FACILITY 1] by Dr Hone.");
    expect(r.findings.map((f) => f.text)).toEqual(["Hone"]);
    expect(r.redacted).toBe("[PERSON 1], 90+, was seen on [DATE 2] at [FACILITY 1] by Dr [PERSON 2].");
  });
});
