import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo, Server } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHttpApp } from "../../app/server/http";
import { useDatabase } from "../../app/utils/db.server";
import type { DatabaseHandle } from "../../db/client";
import { seedDemo } from "../../db/seed/demo";
import { createTestDatabase } from "../support/database";
import { CHROMIUM, launchBrowser } from "../support/browser";
import { plantPayloads, XSS_CIRCLE, XSS_PASSWORD } from "./xss-content";
import { loadPayloads } from "./xss-payloads";

// Every payload from ../shared/data/xss plus our own Markdown payloads goes into every kind of user
// content; real Chromium then renders each page, once with the Content-Security-Policy and once with
// it turned off (DISABLE_CSP_FOR_TESTS), so that sanitizing alone is shown to hold.
// Pass: no dialog, no hooked function called, no flag on window, and no on* attribute, script-like
// element or javascript:/vbscript:/data:text/html URL anywhere in the rendered page.

const HOOKS = `
  window.__xss = [];
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    window[name] = function (...args) { window.__xss.push(name + "(" + String(args[0]).slice(0, 60) + ")"); };
  }
`;

/** What in the rendered page could run script: returns one line per problem, empty when clean. */
function inspectPage(): string[] {
  const problems: string[] = [...((window as unknown as { __xss: string[] }).__xss ?? [])];
  const w = window as unknown as Record<string, unknown>;
  if (w.__xssFlag !== undefined) problems.push("window.__xssFlag set");
  const URL_ATTRIBUTES = new Set([
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "srcdoc",
    "poster",
    "background",
    "lowsrc",
    "dynsrc",
    "code",
    "codebase",
  ]);
  // Elements that run or load code. Remix's own module preloads (link) sit outside <main>, and its
  // scripts carry the nonce; user content lives inside <main>.
  const ACTIVE = new Set(["script", "iframe", "object", "embed", "frame", "frameset", "applet", "base", "meta", "link", "style", "portal"]);
  const main = document.querySelector("main");
  for (const el of Array.from(document.body.querySelectorAll("*"))) {
    const tag = el.tagName.toLowerCase();
    const inMain = !!main && main.contains(el);
    const oursScript = tag === "script" && (el as HTMLScriptElement).nonce !== "";
    if ((tag === "script" && !oursScript) || (inMain && ACTIVE.has(tag))) problems.push(`<${tag}> element: ${el.outerHTML.slice(0, 100)}`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`${name} attribute on <${tag}>: ${el.outerHTML.slice(0, 100)}`);
      const value = attr.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
      if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|livescript|data:text\/html|data:image\/svg)/.test(value))
        problems.push(`${name}="${attr.value.slice(0, 60)}" on <${tag}>`);
    }
  }
  return problems;
}

type Mode = { name: string; port: number; csp: boolean };
let handle: DatabaseHandle;
let dataDir: string;
let browser: Browser;
const servers: Server[] = [];
const modes: Mode[] = [];
const loaded = loadPayloads(Number(process.env.XSS_LIMIT ?? 0) || undefined);
let planted: Awaited<ReturnType<typeof plantPayloads>>;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "rn-xss-"));
  process.env.DATA_DIR = dataDir;
  process.env.NODE_ENV = "production";
  handle = await createTestDatabase();
  useDatabase(handle);
  await seedDemo(handle.db);
  planted = await plantPayloads(handle.db, loaded.payloads);
  const buildDir = inject("e2eBuildDir");
  const build = (await import(pathToFileURL(path.join(buildDir, "index.js")).href)) as ServerBuild;
  const serve = async (name: string, csp: boolean) => {
    const app = createHttpApp({ build, publicDir: path.join(buildDir, "public"), mode: "production" });
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    servers.push(server);
    modes.push({ name, csp, port: (server.address() as AddressInfo).port });
  };
  await serve("with the CSP", true);
  // The second server is made with the test switch on, exactly as a test deployment would set it.
  process.env.DISABLE_CSP_FOR_TESTS = "1";
  process.env.ALLOW_TEST_SWITCHES = "1";
  try {
    await serve("without the CSP", false);
  } finally {
    delete process.env.DISABLE_CSP_FOR_TESTS;
    delete process.env.ALLOW_TEST_SWITCHES;
  }
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  for (const s of servers) await new Promise((r) => s.close(r));
  await handle?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function visitAll(page: Page, urls: string[], problems: string[], visited: { n: number }) {
  for (const url of urls) {
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(30);
    visited.n += 1;
    for (const p of await page.evaluate(inspectPage)) problems.push(`${url}: ${p}`);
  }
}

/** Follows a "next page" link from a first page, checking each page. */
async function followPages(page: Page, first: string, next: RegExp, problems: string[], visited: { n: number }, max = 60) {
  await visitAll(page, [first], problems, visited);
  for (let i = 0; i < max; i++) {
    const link = page.getByRole("link", { name: next }).first();
    if (!(await link.count())) return;
    const href = await link.getAttribute("href");
    await visitAll(page, [href!], problems, visited);
  }
}

async function signedInPage(base: string, email: string, dialogs: string[]) {
  const context = await browser.newContext({ baseURL: base });
  await context.addInitScript(HOOKS);
  // Payloads point at outside hosts; nothing leaves this machine (and nothing waits for DNS).
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.abort(),
  );
  const page = await context.newPage();
  page.on("dialog", (d) => {
    dialogs.push(`${page.url()}: ${d.type()} ${d.message().slice(0, 60)}`);
    void d.dismiss();
  });
  if (email) {
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(XSS_PASSWORD);
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/login")), page.getByRole("button", { name: "Sign in" }).click()]);
  }
  return page;
}

/** Payloads packed into search queries of at most 200 characters (the length the search box keeps). */
function packQueries(payloads: string[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const p of payloads.map((x) => x.slice(0, 200))) {
    if (current && current.length + 1 + p.length > 200) {
      out.push(current);
      current = "";
    }
    current = current ? `${current} ${p}` : p;
  }
  if (current) out.push(current);
  return out;
}

describe.each([0, 1])("XSS payloads in real Chromium (run %i)", (index) => {
  it(`runs no payload, ${index === 0 ? "with" : "without"} the Content-Security-Policy`, async () => {
    const mode = modes[index]!;
    const base = `http://127.0.0.1:${mode.port}`;
    const header = (await fetch(`${base}/`)).headers.get("content-security-policy");
    expect(header !== null, "CSP header present").toBe(mode.csp);
    const problems: string[] = [];
    const dialogs: string[] = [];
    const visited = { n: 0 };
    const started = Date.now();

    const reader = await signedInPage(base, planted.reader.email, dialogs);
    // The checks themselves must be able to fail: a page with a live handler and a javascript: link is caught.
    await reader.setContent('<main><img src="x" onerror="alert(1)"><a href="java&#09;script:alert(2)">x</a></main>');
    await reader.waitForTimeout(100);
    expect((await reader.evaluate(inspectPage)).length, "the page checks catch a planted handler").toBeGreaterThanOrEqual(2);
    await followPages(reader, `/circles/${XSS_CIRCLE}`, /Older threads/, problems, visited);
    await visitAll(reader, planted.threadPages, problems, visited);
    await visitAll(reader, [...planted.threadPages.slice(0, 3).map((u) => `${u}?view=moderating`), `/circles/${XSS_CIRCLE}/members`], problems, visited);
    await followPages(reader, "/resources", /Next page/, problems, visited);
    await visitAll(reader, [...planted.resourcePages, ...planted.learningPages, ...planted.facilitatorPages], problems, visited);
    await followPages(reader, "/learnings", /Older learnings/, problems, visited, 5);
    await followPages(reader, "/facilitators", /Next page/, problems, visited, 5);

    // Search: every payload as a query (reflected in the box and the highlights), four tabs at a time.
    const tabs = [reader, ...(await Promise.all([1, 2, 3].map(() => reader.context().newPage())))];
    for (const tab of tabs.slice(1))
      tab.on("dialog", (d) => {
        dialogs.push(`search: ${d.type()}`);
        void d.dismiss();
      });
    const queries = packQueries(loaded.payloads).map((q) => `/search?q=${encodeURIComponent(q)}`);
    await Promise.all(
      tabs.map((tab, t) =>
        visitAll(
          tab,
          queries.filter((_, i) => i % tabs.length === t),
          problems,
          visited,
        ),
      ),
    );

    // The watched-word test box, as a moderator: each chunk of payloads tested at once.
    const moderator = await signedInPage(base, planted.moderator.email, dialogs);
    for (const group of planted.chunks) {
      await moderator.goto("/moderation/watched-words");
      await moderator.getByLabel("Text to test").fill(group.join("\n"));
      await Promise.all([
        moderator.waitForResponse((r) => r.request().method() === "POST"),
        moderator.getByRole("button", { name: "Test", exact: true }).click(),
      ]);
      await moderator.waitForTimeout(150);
      visited.n += 1;
      for (const p of await moderator.evaluate(inspectPage)) problems.push(`watched-word test: ${p}`);
    }

    const executed = problems.length + dialogs.length;
    console.log(
      `XSS ${mode.name}: ${loaded.payloads.length} payloads tried (${loaded.shared} distinct from ../shared/data/xss, ${loaded.own} of our own Markdown), ` +
        `${visited.n} pages rendered in ${CHROMIUM} in ${Math.round((Date.now() - started) / 1000)} s; executed or dangerous: ${executed}`,
    );
    await reader.context().close();
    await moderator.context().close();
    expect(dialogs, dialogs.slice(0, 20).join("\n")).toEqual([]);
    expect(problems, problems.slice(0, 30).join("\n")).toEqual([]);
    // Every chunk went through threads, resources, learnings, bios and the test box, plus the lists and searches.
    expect(visited.n).toBeGreaterThan(planted.chunks.length * 5);
  }, 1_800_000);
});
