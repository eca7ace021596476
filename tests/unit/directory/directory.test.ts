import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, rotationDay } from "~/directory/directory.server";
import { checkEvidence, detectEvidenceType } from "~/directory/evidence.server";
import { feeText, firstSentences, responseTimePhrase, verificationBadge } from "~/directory/format";
import { findIdentifiers } from "~/directory/identifiers.server";
import { parseDirectoryQuery } from "~/directory/query";
import { queryWords } from "~/directory/text-search.server";

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(16).fill(0)]);

describe("evidence files", () => {
  it("recognises PDF, PNG, JPEG and WebP by their first bytes, whatever the name", () => {
    expect(detectEvidenceType(new TextEncoder().encode("%PDF-1.7 ..."))).toBe("application/pdf");
    expect(detectEvidenceType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("image/png");
    expect(detectEvidenceType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(detectEvidenceType(new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).toBe("image/webp");
    expect(detectEvidenceType(new TextEncoder().encode("<svg onload=alert(1)>"))).toBeNull();
    expect(detectEvidenceType(new TextEncoder().encode("GIF89a"))).toBeNull();
  });

  it("refuses a mismatched extension and an oversized file with plain messages", () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    expect(checkEvidence({ name: "scan.png", bytes: png })).toEqual({ ok: true, type: "image/png" });
    expect(checkEvidence({ name: "scan.PDF", bytes: png })).toMatchObject({ ok: false, message: expect.stringContaining("is a PNG file") });
    expect(checkEvidence({ name: "scan.pdf", tooLarge: true })).toMatchObject({ ok: false, message: expect.stringContaining("larger than 5 MB") });
  });
});

describe("directory wording", () => {
  it("shows the badge until the moment of expiry, then nothing", () => {
    const until = new Date("2030-06-30T23:59:59.999Z");
    expect(verificationBadge(until, new Date("2030-06-30T23:00:00Z"))).toBe("Training verified, valid until 30 June 2030");
    expect(verificationBadge(until, new Date("2030-07-01T00:00:00Z"))).toBeNull();
    expect(verificationBadge(null, new Date())).toBeNull();
  });

  it("describes response times in plain words", () => {
    expect(responseTimePhrase(40 * 60_000)).toBe("Usually responds within an hour");
    expect(responseTimePhrase(18 * 3_600_000)).toBe("Usually responds within a day");
    expect(responseTimePhrase(40 * 3_600_000)).toBe("Usually responds within two days");
    expect(responseTimePhrase(70 * 3_600_000)).toBe("Usually responds within 3 days");
  });

  it("summarises fees and bios", () => {
    expect(feeText({ feeKind: "range", feeCurrency: "EUR", feeMin: 80, feeMax: 120, feeUnit: "per hour", feeFundedBy: null })).toBe("EUR 80–120 per hour");
    expect(feeText({ feeKind: "pro_bono", feeCurrency: null, feeMin: null, feeMax: null, feeUnit: null, feeFundedBy: null })).toBe("Pro bono: no fee");
    expect(firstSentences("One short sentence. Another one here. And a third.", 30)).toBe("One short sentence.");
  });
});

describe("directory query", () => {
  it("keeps known filter values and drops unknown ones", () => {
    const q = parseDirectoryQuery(
      new URLSearchParams("country=ca&country=ZZZ&language=FR&modality=hybrid&modality=telepathy&verified=1&sort=verified&q=%20circle%20"),
    );
    expect(q).toMatchObject({ country: ["CA"], language: ["fr"], modality: ["hybrid"], verified: true, sort: "verified", q: "circle" });
  });

  it("round-trips keyset cursors and refuses tampered ones", () => {
    const c = { key: 1_700_000_000_000, rot: "ab12", id: "a-b", day: "2031-03-10" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify([1, "x", "y", "tomorrow"])).toString("base64url"))).toBeNull();
    expect(rotationDay(new Date("2031-03-10T23:59:59Z"))).toBe("2031-03-10");
  });

  it("turns free text into safe words for the tsquery", () => {
    expect(queryWords("Hōhou te-rongo: (mediation) & 'circle' |!")).toEqual(["hōhou", "te", "rongo", "mediation", "circle"]);
  });
});

describe("identifiers in contact requests", () => {
  it("finds names, record numbers and contact details, not care settings or places", () => {
    const found = findIdentifiers("Mrs Jane Doe, NHI ZAC5361, phone 021 555 0199, was harmed in theatre in Cape Town.");
    expect(found.map((f) => f.type)).toEqual(expect.arrayContaining(["PERSON", "PHONE"]));
    expect(findIdentifiers("Our maternity team would like help after a difficult birth last year.")).toEqual([]);
  });
});
