import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, notifications } from "../../../db/schema";
import { forbiddenIn, inPool, markersIn, parseRow, statusToken } from "../../security/authz-checker";
import { MARKERS, PAIRS, PRINCIPAL_KEYS, ROUTE_CASES, type Principal, type RouteCase } from "../../security/authz-matrix";
import { startTestApp, type TestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { deliverPendingEmails, readMailbox } from "../../support/mail";
import { checkListsAgreeWithObjects } from "./authz-lists";
import { MASS_ASSIGNMENT_ATTEMPTS } from "./authz-mass-assignment";
import { buildWorld, type World } from "./authz-world";
import { actionRoutes } from "./route-manifest";

// The authorization matrix of tests/security/authz-matrix.ts, asked over real HTTP as every principal.
// AUTHZ_DISCOVER=1 prints the statuses the app answers today in the matrix's row format, to help write
// the row of a new route (each row must then be read against the policy before it goes in).

const WIDTH = 4;
let app: TestApp;
let world: World;
let pageRoutes: { id: string; pattern: string; hasLoader: boolean }[];
/** Which principals saw each marker anywhere: every marker must be seen by someone allowed to. */
const seen = new Map<string, Set<Principal>>();
const timing = new Map<string, number>();
const tally = { cells: 0, searches: 0, emails: 0, feeds: 0, listLinks: 0, massAssignments: 0 };

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app);
  const withLoader = new Set((await actionRoutes("loader")).map((r) => r.id));
  pageRoutes = (await actionRoutes("page")).map((r) => ({ ...r, hasLoader: withLoader.has(r.id) }));
}, 300_000);
afterAll(async () => {
  console.log(
    `authz matrix (${testDriver()}): ${PRINCIPAL_KEYS.length} principals, ${new Set(ROUTE_CASES.map((c) => c.route)).size} routes at ${ROUTE_CASES.length} URLs, ` +
      `${MARKERS.length} markers + ${PAIRS.length} pairs; checked ${tally.cells} route cells (HTML + loader data), ${tally.searches} searches with facet counts, ` +
      `${tally.emails} emails, ${tally.feeds} feed reads, ${tally.listLinks} list→object opens, ${tally.massAssignments} mass-assignment attempts`,
  );
  await app?.close();
});

const fill = (template: string) =>
  template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = world.params[name];
    if (value === undefined) throw new Error(`no world value for {${name}}`);
    return encodeURIComponent(value);
  });
const dataUrl = (url: string, route: string) => `${url}${url.includes("?") ? "&" : "?"}_data=${encodeURIComponent(route)}`;
const note = (text: string, principal: Principal) => {
  for (const key of markersIn(
    text,
    world.markers,
    MARKERS.map((m) => m.key),
  )) {
    if (!seen.has(key)) seen.set(key, new Set());
    seen.get(key)!.add(principal);
  }
};

type Outcome = { principal: Principal; channel: "html" | "data"; url: string; expected: string; got: string; leaks: string[] };

async function ask(c: RouteCase, principal: Principal, channel: "html" | "data"): Promise<Outcome> {
  const url = fill(c.url);
  const expected = parseRow(channel === "html" ? c.html : (c.data ?? c.html))[principal];
  const started = performance.now();
  const response = await world.clients[principal].get(channel === "html" ? url : dataUrl(url, c.route));
  const text = await response.text();
  timing.set(c.url, (timing.get(c.url) ?? 0) + performance.now() - started);
  note(text, principal);
  return {
    principal,
    channel,
    url,
    expected,
    got: statusToken(response.status, response.headers),
    leaks: forbiddenIn(text, principal, world.markers, MARKERS, PAIRS),
  };
}

function discoveryReport(tasks: [RouteCase, Principal, "html" | "data"][], outcomes: Outcome[]) {
  return ROUTE_CASES.map((c) => {
    const mine = outcomes.filter((_o, i) => tasks[i]![0] === c);
    const row = (ch: string) => PRINCIPAL_KEYS.map((p) => (mine.find((o) => o.principal === p && o.channel === ch)?.got ?? "-").padEnd(4)).join(" ");
    return `${c.route} ${c.url}\n  html ${row("html")}\n  data ${row("data")}\n  leaks ${mine
      .filter((o) => o.leaks.length)
      .map((o) => `${o.principal}/${o.channel}:${o.leaks.join("+")}`)
      .join(" ")}`;
  }).join("\n");
}

describe(`the authorization matrix over real HTTP (${testDriver()})`, () => {
  it("has a row for every route in the build", () => {
    const covered = new Set(ROUTE_CASES.map((c) => c.route));
    const missing = pageRoutes.map((r) => r.id).filter((id) => !covered.has(id));
    const unknown = [...covered].filter((id) => !pageRoutes.some((r) => r.id === id));
    expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
  });

  it("answers every route, as HTML and as loader data, with the stated status and nothing a principal may not see", async () => {
    const tasks: [RouteCase, Principal, "html" | "data"][] = [];
    for (const c of ROUTE_CASES) {
      const hasLoader = pageRoutes.find((r) => r.id === c.route)?.hasLoader ?? false;
      for (const p of PRINCIPAL_KEYS) {
        tasks.push([c, p, "html"]);
        if (hasLoader && c.data !== null) tasks.push([c, p, "data"]);
      }
    }
    const outcomes = await inPool(tasks, WIDTH, ([c, p, channel]) => ask(c, p, channel));
    if (process.env.AUTHZ_DISCOVER) console.log(discoveryReport(tasks, outcomes));
    console.log(
      `slowest URLs (ms over all principals): ${[...timing]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([u, ms]) => `${u} ${Math.round(ms)}`)
        .join(", ")}`,
    );
    const wrong = outcomes.filter((o) => o.expected !== o.got).map((o) => `${o.principal} ${o.channel} ${o.url}: expected ${o.expected}, got ${o.got}`);
    const leaking = outcomes.filter((o) => o.leaks.length).map((o) => `${o.principal} ${o.channel} ${o.url} shows ${o.leaks.join(", ")}`);
    tally.cells = outcomes.length;
    const failed = outcomes.filter((o) => o.expected !== o.got || o.leaks.length).length;
    console.log(
      `authz route cells (${testDriver()}): ${outcomes.length} cells, ${outcomes.length - failed} passed; ${wrong.length} wrong statuses, ${leaking.length} leaking responses`,
    );
    expect(wrong.slice(0, 60), `${wrong.length} wrong statuses`).toEqual([]);
    expect(leaking.slice(0, 60), `${leaking.length} leaking responses`).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(2500);
  }, 600_000);

  it("finds no planted marker in search results or facet counts, whoever searches", async () => {
    const sum = (v: unknown): number => (typeof v === "number" ? v : v && typeof v === "object" ? Object.values(v).reduce((n: number, x) => n + sum(x), 0) : 0);
    const search = async (p: Principal, q: string) => {
      const response = await world.clients[p].get(dataUrl(`/search?q=${encodeURIComponent(q)}`, "routes/search"));
      return { status: response.status, body: await response.json() };
    };
    // Search answers the same to everyone (only public records are indexed), and finds public things.
    const control = await inPool(PRINCIPAL_KEYS, WIDTH, (p) => search(p, "restorative"));
    expect(control[0]!.body.result.totalHits).toBeGreaterThan(0);
    expect(sum(control[0]!.body.result.facets)).toBeGreaterThan(0);
    for (const c of control) expect(c.body.result).toEqual(control[0]!.body.result);
    // So each marker is searched by the visitor and three principals in turn, and every principal searches.
    const tasks = MARKERS.flatMap((m, i) =>
      (["anon", PRINCIPAL_KEYS[1 + (i % 16)]!, PRINCIPAL_KEYS[1 + ((i + 5) % 16)]!, PRINCIPAL_KEYS[1 + ((i + 11) % 16)]!] as Principal[]).map(
        (p) => [p, m.key] as const,
      ),
    );
    const problems: string[] = [];
    await inPool(tasks, WIDTH, async ([p, key]) => {
      const { status, body } = await search(p, world.markers[key]!);
      const others = forbiddenIn(JSON.stringify(body), p, { ...world.markers, [key]: "\u0000never" }, MARKERS, PAIRS);
      if (status !== 200 || body.result?.totalHits !== 0 || sum(body.result?.facets) !== 0 || others.length) {
        problems.push(`${p} searching ${key}: ${status}, ${body.result?.totalHits} hits, facet total ${sum(body.result?.facets)} ${others.join(",")}`);
      }
    });
    tally.searches = tasks.length + control.length;
    expect(new Set(tasks.map(([p]) => p)).size).toBe(PRINCIPAL_KEYS.length);
    expect(problems).toEqual([]);
  }, 300_000);

  it("sends no email to anyone holding what they may not see", async () => {
    await deliverPendingEmails();
    const problems: string[] = [];
    let checked = 0;
    for (const mail of await readMailbox(app.dataDir)) {
      const principal = world.emails.get(mail.to);
      if (!principal) continue;
      checked += 1;
      const text = `${mail.subject}\n${mail.text}`;
      note(text, principal);
      const leaks = forbiddenIn(text, principal, world.markers, MARKERS, PAIRS);
      if (leaks.length) problems.push(`email to ${principal} "${mail.subject}" holds ${leaks.join(", ")}`);
    }
    tally.emails = checked;
    expect(checked).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it("serves a personal calendar feed by its token alone, with only what its owner may see", async () => {
    const problems: string[] = [];
    for (const p of PRINCIPAL_KEYS) {
      const r = await world.clients[p].get(world.calendarFeedPath);
      const text = await r.text();
      if (r.status !== 200) problems.push(`${p}: ${r.status}`);
      // The feed is a capability URL: whoever holds it reads its owner's (the member's) calendar.
      const leaks = forbiddenIn(text, "memb", world.markers, MARKERS, PAIRS);
      if (leaks.length) problems.push(`${p}: holds ${leaks.join(", ")}`);
      if (p === "anon") expect(markersIn(text, world.markers, ["gatheringLink"]), "the member's gathering is in their feed").toEqual(["gatheringLink"]);
    }
    tally.feeds = PRINCIPAL_KEYS.length;
    expect(problems).toEqual([]);
  });

  it("lets each principal open every item its lists and searches show", async () => {
    const results = await checkListsAgreeWithObjects(world, fill, WIDTH);
    tally.listLinks = results.reduce((n, r) => n + r.opened + r.refused.length, 0);
    console.log(`list → object (${testDriver()}): ${results.map((r) => `${r.principal} ${r.opened}/${r.listed}`).join(", ")}`);
    expect(results.flatMap((r) => r.refused.map((x) => `${r.principal}: ${x}`))).toEqual([]);
    expect(tally.listLinks).toBeGreaterThan(17 * 20);
  }, 300_000);

  it("keeps what people wrote out of the audit log's rows, and the log itself to the admin", async () => {
    // The audit log (admin only, routes/admin.audit above) records who decided what, with the decision's
    // reason as the moderator gave it; it never copies what members wrote or ties a pseudonym to an account.
    const DECISION_REASONS = ["muteReason", "removeReason", "warnNote", "revealReason"]; // a reveal's reason is recorded by design (the form says so)
    const rows = await app.db.select().from(auditLog);
    const found = rows.flatMap((r) => {
      const text = JSON.stringify(r);
      const written = markersIn(
        text,
        world.markers,
        MARKERS.map((m) => m.key).filter((k) => !DECISION_REASONS.includes(k)),
      );
      return [...written, ...forbiddenIn(text, "admn", world.markers, MARKERS, PAIRS)].map((k) => `${r.action}: ${k}`);
    });
    expect(rows.length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });

  it("tells only members who accepted the rules about a new gathering (a link they can open)", async () => {
    const told = await app.db.select({ userId: notifications.userId }).from(notifications).where(eq(notifications.kind, "circle.gathering_scheduled"));
    const byPrincipal = PRINCIPAL_KEYS.filter((p) => told.some((n) => n.userId === world.userIds[p]));
    // The muted member still reads the circle; the member who has not accepted the rules is not told yet.
    expect(byPrincipal).toEqual(["memb", "mute", "susp"]);
  });

  it("saw every planted marker where it belongs, so the scans above are not empty", () => {
    const unseen = MARKERS.filter((m) => ![...(seen.get(m.key) ?? [])].some((p) => m.seenBy.includes(p))).map((m) => m.key);
    expect(unseen).toEqual([]);
  });

  it("refuses mass assignment of privileged fields on the real actions", async () => {
    const problems: string[] = [];
    for (const attempt of MASS_ASSIGNMENT_ATTEMPTS) {
      for (const problem of await attempt.run(app, world)) problems.push(`${attempt.name} (${attempt.fields.join(", ")}): ${problem}`);
    }
    tally.massAssignments = MASS_ASSIGNMENT_ATTEMPTS.length;
    const fields = new Set(MASS_ASSIGNMENT_ATTEMPTS.flatMap((a) => a.fields));
    expect([...fields].sort()).toEqual(["author", "circle", "pinned", "role", "status", "verified", "visibility"]);
    expect(problems).toEqual([]);
  }, 120_000);
});
