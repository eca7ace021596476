import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemo } from "../../../db/seed/demo";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import type { HttpClient } from "../../support/http-client";
import { signIn } from "../../support/people";
import { actionRoutes, fillPattern, formShape, paramValues, type ActionRoute } from "./route-manifest";

// A generator of bad requests against every action in the build's route manifest, as a signed-in
// member and (for the forms that anyone may post) as a visitor. Whatever arrives, the answer is a
// 2xx/3xx/4xx, never a 5xx and never a hang.

type BadRequest = { name: string; body?: BodyInit; contentType?: string | null; chunked?: boolean };

const KB100 = "a".repeat(100 * 1024);
const MB10 = 10 * 1024 * 1024;
const CONTROL = "line\u0000null\u0007bell\u001b[31mred\u0008\r\n\u007f\u0085";
const UNICODE_TRICKS = "\u202Egnp.exe\u202C \u200B\u200D\uFEFF e\u0301\u0301\u0301 \uD83D\uDC69\u200D\u2695\uFE0F \u0130\u0131 \uFF1Cscript\uFF1E \uD800";

function urlencoded(fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
  return body.toString();
}

function fill(fields: string[], value: string, intent?: string) {
  const out: Record<string, string> = Object.fromEntries(fields.map((f) => [f, value]));
  if (intent) out.intent = intent;
  return out;
}

/** The bad requests for one form, built from the field names its page renders. */
export function badRequests(fields: string[], intents: string[]): BadRequest[] {
  const form = "application/x-www-form-urlencoded";
  const out: BadRequest[] = [
    { name: "empty form", body: "", contentType: form },
    { name: "json body", body: JSON.stringify({ email: "a@b.c", password: 1, intent: intents[0] ?? null }), contentType: "application/json" },
    { name: "text/plain body", body: "email=a@b.c\npassword=x", contentType: "text/plain" },
    { name: "no content type", body: "email=a%40b.c&password=x", contentType: null },
    { name: "broken multipart", body: '--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nabc', contentType: "multipart/form-data; boundary=XYZ" },
    { name: "multipart without boundary", body: "junk", contentType: "multipart/form-data" },
    { name: "xml body", body: '<?xml version="1.0"?><a/>', contentType: "application/xml" },
    { name: "10 MB body", body: `x=${"b".repeat(MB10)}`, contentType: form },
    { name: "10 MB chunked body", body: `x=${"c".repeat(MB10)}`, contentType: form, chunked: true },
  ];
  for (const intent of intents.length ? intents : [undefined]) {
    const tag = intent ? ` (${intent})` : "";
    out.push(
      { name: `missing fields${tag}`, body: urlencoded(intent ? { intent } : {}), contentType: form },
      {
        name: `wrong types${tag}`,
        body: urlencoded({
          ...fill(fields, "not-a-number-{}[]", intent),
          ...Object.fromEntries(fields.map((f) => [f, ["1", "2", "true"]])),
          ...(intent ? { intent } : {}),
        }),
        contentType: form,
      },
      { name: `100 KB fields${tag}`, body: urlencoded(fill(fields, KB100, intent)), contentType: form },
      { name: `control characters${tag}`, body: urlencoded(fill(fields, CONTROL, intent)), contentType: form },
      { name: `unicode tricks${tag}`, body: urlencoded(fill(fields, UNICODE_TRICKS, intent)), contentType: form },
      {
        name: `invalid UTF-8${tag}`,
        body: `${fields.map((f) => `${encodeURIComponent(f)}=%FF%FE%C0%AF%ED%A0%80`).join("&")}${intent ? `&intent=${encodeURIComponent(intent)}` : ""}`,
        contentType: form,
      },
      {
        name: `raw invalid bytes${tag}`,
        body: Buffer.concat([Buffer.from(`${fields[0] ?? "x"}=`), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80])]),
        contentType: form,
      },
    );
  }
  return out;
}

async function send(client: HttpClient, url: string, bad: BadRequest) {
  const headers: Record<string, string> = {};
  if (bad.contentType) headers["Content-Type"] = bad.contentType;
  let body = bad.body;
  if (bad.chunked && typeof body === "string") {
    const bytes = Buffer.from(body);
    body = new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 256 * 1024) controller.enqueue(bytes.subarray(i, i + 256 * 1024));
        controller.close();
      },
    });
  }
  try {
    const init = { method: "POST", body, headers, signal: AbortSignal.timeout(20_000), duplex: "half" } as RequestInit;
    const response = await client.request(url, init);
    const text = await response.text();
    return { status: response.status, text };
  } catch (error) {
    return { status: (error as Error).name === "TimeoutError" ? "hang" : `network error: ${(error as Error).message}`, text: "" };
  }
}

const app = useTestApp();
let member: HttpClient;
let visitor: HttpClient;
beforeAll(async () => {
  await seedDemo(app.db);
  member = app.client();
  await signIn(member, "member@example.org", DEMO_PASSWORD);
  visitor = app.client();
}, 180_000);

describe(`bad input to every action (${testDriver()})`, () => {
  it("answers every malformed, oversized or mistyped request with a 4xx or a redirect, never a 5xx or a hang", async () => {
    const values = await paramValues(app.db);
    const routes: ActionRoute[] = (await actionRoutes()).map((r) => ({ ...r, url: fillPattern(r.pattern, values) }));
    expect(routes.length).toBeGreaterThan(30);
    const histogram = new Map<string, number>();
    const failures: string[] = [];
    let tried = 0;
    const ANYONE = new Set(["/login", "/signup", "/forgot-password", "/reset-password", "/verify-email"]);
    for (const route of routes) {
      if (!route.url) continue;
      const page = await member.get(route.url);
      const { fields, intents } = formShape(page.status === 200 ? await page.text() : "");
      const principals: [string, HttpClient][] = [["member", member]];
      if (ANYONE.has(route.pattern)) principals.push(["visitor", visitor]);
      for (const [who, client] of principals) {
        for (const bad of badRequests(fields, intents)) {
          if (route.pattern === "/logout" && who === "member") continue; // would end the member's session
          tried += 1;
          const { status, text } = await send(client, route.url, bad);
          const key = String(status);
          histogram.set(key, (histogram.get(key) ?? 0) + 1);
          if (typeof status !== "number" || status >= 500)
            failures.push(`${status} ${who} POST ${route.url} (${bad.name}): ${text.replace(/\s+/g, " ").slice(0, 160)}`);
        }
      }
      // Some intents end the member's sessions (sign out everywhere); sign in again so later routes are tried signed in.
      if ((await member.get("/account")).status !== 200) await signIn(member, "member@example.org", DEMO_PASSWORD);
    }
    const sorted = [...histogram].sort(([a], [b]) => a.localeCompare(b));
    console.log(
      `bad input: ${tried} requests to ${routes.filter((r) => r.url).length} action routes; status histogram: ${sorted.map(([k, v]) => `${k}×${v}`).join(", ")}`,
    );
    expect(failures, failures.slice(0, 40).join("\n")).toEqual([]);
    expect(tried).toBeGreaterThan(500);
  }, 900_000);
});
