import { describe, expect, it } from "vitest";
import { forbiddenIn, inPool, markersIn, objectLinks, parseRow, statusToken } from "../../security/authz-checker";
import { MARKERS, PAIRS, PRINCIPAL_KEYS, ROUTE_CASES } from "../../security/authz-matrix";

// The authorization matrix is only as good as its checker: each check is shown failing on a planted leak.

const values: Record<string, string> = Object.fromEntries(
  [...MARKERS.map((m) => m.key), "pseudonymOwnerName", "pseudonymOwnerEmail"].map((k) => [k, `zq${k.toLowerCase()}marker`]),
);

describe("the authorization matrix checker", () => {
  it("flags a confidential marker in a response to someone outside its audience", () => {
    const page = `<main><h2>After the night ${values.threadTitleA}</h2><p>${values.postA}</p></main>`;
    expect(forbiddenIn(page, "memb", values, MARKERS)).toEqual([]);
    expect(forbiddenIn(page, "nonm", values, MARKERS)).toEqual(["threadTitleA", "postA"]);
    expect(forbiddenIn(page, "anon", values, MARKERS)).toEqual(["threadTitleA", "postA"]);
  });

  it("finds a marker whatever its case, inside JSON, an email or a CSV", () => {
    expect(forbiddenIn(JSON.stringify({ note: values.flagNote!.toUpperCase() }), "memb", values, MARKERS)).toEqual(["flagNote"]);
    expect(forbiddenIn(`pattern,action\n${values.watchedWord},hold\n`, "othf", values, MARKERS)).toEqual(["watchedWord"]);
    expect(forbiddenIn(`Subject: a reply\n\n${values.draftPrivate}`, "revw", values, MARKERS)).toEqual(["draftPrivate"]);
  });

  it("flags a pseudonym shown together with its account, but not either alone", () => {
    expect(forbiddenIn(`<p>${values.pseudonym}</p>`, "modr", values, MARKERS, PAIRS)).toEqual([]);
    expect(forbiddenIn(`<p>Aroha ${values.pseudonymOwnerName}</p>`, "admn", values, MARKERS, PAIRS)).toEqual([]);
    expect(forbiddenIn(`<tr><td>Aroha ${values.pseudonymOwnerName}</td><td>${values.pseudonym}</td></tr>`, "admn", values, MARKERS, PAIRS)).toEqual([
      "pseudonymAccount",
    ]);
  });

  it("refuses to check against a marker that was never planted", () => {
    expect(() => forbiddenIn("text", "memb", { postA: "x" }, MARKERS)).toThrow(/no value planted/);
  });

  it("reads statuses the way the matrix states them, with Remix's data redirect as 3xx", () => {
    expect(statusToken(302, new Headers())).toBe("3xx");
    expect(statusToken(204, new Headers({ "X-Remix-Redirect": "/login" }))).toBe("3xx");
    expect(statusToken(204, new Headers())).toBe("204");
    expect(statusToken(403, new Headers())).toBe("403");
    const row = parseRow(PRINCIPAL_KEYS.map((_p, i) => (i === 0 ? "3xx" : "200")).join("  "));
    expect(row.anon).toBe("3xx");
    expect(row.susp).toBe("200");
    expect(() => parseRow("200 200")).toThrow(/17 tokens/);
  });

  it("states a valid status for every principal on every route of the matrix", () => {
    for (const c of ROUTE_CASES) {
      for (const row of [c.html, c.data].filter((r): r is string => typeof r === "string")) {
        expect(
          Object.values(parseRow(row)).every((t) => /^(200|3xx|400|403|404)$/.test(t)),
          `${c.route} ${c.url}`,
        ).toBe(true);
      }
    }
    // Nobody but an admin reads the audit log, and a suspended session reads nothing private.
    const audit = parseRow(ROUTE_CASES.find((c) => c.route === "routes/admin.audit")!.html);
    expect(PRINCIPAL_KEYS.filter((p) => audit[p] === "200")).toEqual(["admn"]);
    for (const c of ROUTE_CASES.filter((x) => x.url.includes("{circleA}/threads"))) expect(parseRow(c.html).susp).toBe("3xx");
  });

  it("sees every marker's audience within the 17 principals, and no marker for everyone", () => {
    for (const m of MARKERS) {
      expect(
        m.seenBy.every((p) => PRINCIPAL_KEYS.includes(p)),
        m.key,
      ).toBe(true);
      expect(m.seenBy.includes("anon"), `${m.key} is confidential`).toBe(false);
    }
    expect(markersIn(`x ${values.postB} y`, values, ["postA", "postB"])).toEqual(["postB"]);
  });

  it("collects same-site object links from a list page", () => {
    const html = `<a href="/circles/a/threads/t1">t</a><a href="/circles/a/threads/new">n</a><a href="https://evil.example/circles/x">e</a><a href="/learnings/l1?x=1#top">l</a>`;
    expect(objectLinks(html, [/^\/circles\/[^/]+\/threads\/(?!new$)[^/]+$/, /^\/learnings\/[^/]+$/])).toEqual(["/circles/a/threads/t1", "/learnings/l1"]);
  });

  it("runs work with a bounded number in flight and keeps the order", async () => {
    let inFlight = 0;
    let most = 0;
    const out = await inPool([5, 1, 4, 2, 3], 2, async (n) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, n));
      inFlight -= 1;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });
});
