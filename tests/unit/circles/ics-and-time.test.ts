import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, icsDate } from "../../../app/circles/ics";
import { formatPostTime, formatTimeRange, utcToZonedLocal, zonedLocalToUtc } from "../../../app/circles/time";

describe("iCalendar writer", () => {
  it("escapes backslashes, semicolons, commas and newlines", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("folds at 75 octets without splitting a UTF-8 character", () => {
    const line = `SUMMARY:${"é".repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(foldLine("SHORT:line")).toBe("SHORT:line");
  });

  it("writes UTC times, a UID and CRLF line endings", () => {
    expect(icsDate(new Date("2030-01-15T06:00:00Z"))).toBe("20300115T060000Z");
    const ics = buildCalendar(
      [{ uid: "u1@x", sequence: 0, stamp: new Date(0), start: new Date("2030-01-15T06:00:00Z"), end: new Date("2030-01-15T07:00:00Z"), summary: "Hi, there" }],
      "Cal",
    );
    expect(ics).toContain("\r\nUID:u1@x\r\n");
    expect(ics).toContain("\r\nSUMMARY:Hi\\, there\r\n");
    expect(ics.split("\r\n").filter((l) => l.includes("\n"))).toEqual([]);
  });
});

describe("iCalendar updates", () => {
  it("writes STATUS and LAST-MODIFIED when given, and leaves them out otherwise", () => {
    const base = { uid: "u2@x", sequence: 3, stamp: new Date(0), start: new Date("2030-01-15T06:00:00Z"), end: new Date("2030-01-15T07:00:00Z"), summary: "S" };
    const cancelled = buildCalendar([{ ...base, status: "CANCELLED", lastModified: new Date("2030-01-10T09:30:00Z") }], "Cal");
    expect(cancelled).toContain("\r\nSEQUENCE:3\r\n");
    expect(cancelled).toContain("\r\nSTATUS:CANCELLED\r\n");
    expect(cancelled).toContain("\r\nLAST-MODIFIED:20300110T093000Z\r\n");
    expect(buildCalendar([base], "Cal")).not.toMatch(/STATUS:|LAST-MODIFIED:/);
  });
});

describe("time zones", () => {
  it("converts wall-clock times to UTC on both sides of a DST change", () => {
    expect(zonedLocalToUtc("2030-01-15T19:00", "Pacific/Auckland").toISOString()).toBe("2030-01-15T06:00:00.000Z");
    expect(zonedLocalToUtc("2030-07-15T19:00", "Pacific/Auckland").toISOString()).toBe("2030-07-15T07:00:00.000Z");
    expect(zonedLocalToUtc("2030-03-31T01:30", "Europe/London").toISOString()).toBe("2030-03-31T01:30:00.000Z");
    expect(zonedLocalToUtc("2030-03-31T03:30", "Europe/London").toISOString()).toBe("2030-03-31T02:30:00.000Z");
    expect(zonedLocalToUtc("2030-06-01T12:00", "America/Toronto").toISOString()).toBe("2030-06-01T16:00:00.000Z");
  });

  it("round-trips to the circle's wall clock", () => {
    const utc = zonedLocalToUtc("2030-11-02T08:45", "Australia/Melbourne");
    expect(utcToZonedLocal(utc, "Australia/Melbourne")).toBe("2030-11-02T08:45");
  });
});

describe("kept formatters", () => {
  it("format each zone and locale in its own way, however often and in whatever order they are asked for", () => {
    const at = new Date("2026-07-01T22:30:00Z");
    for (let i = 0; i < 3; i++) {
      expect(formatPostTime(at, "Europe/London")).toBe("1 Jul 2026, 23:30 (Europe/London)");
      expect(formatPostTime(at, "Pacific/Auckland")).toBe("2 Jul 2026, 10:30 (Pacific/Auckland)");
      expect(formatPostTime(at, "America/New_York", "en-US")).toBe("Jul 1, 2026, 18:30 (America/New_York)");
      expect(formatTimeRange(at, new Date("2026-07-01T23:45:00Z"), "Pacific/Auckland")).toBe("Thu, 2 Jul 2026, 10:30–11:45 (Pacific/Auckland)");
      expect(utcToZonedLocal(at, "Pacific/Auckland")).toBe("2026-07-02T10:30");
      expect(utcToZonedLocal(at, "Europe/Paris")).toBe("2026-07-02T00:30");
    }
  });
});
