import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../support/people";
import { insertTestResource, startSearchTestApp, type SearchTestApp } from "./search-app";

// Titles and summaries are user content. Whatever they hold, results, highlights, resource pages
// and the feed must render them as text. Payloads are our own plus, when present, a sample of the
// shared lists in ../shared/data/xss (read at test time, never copied into the repo).

const OWN_PAYLOADS = [
  "<script>alert('harm')</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  "</mark><script>alert(2)</script><mark>",
  "&lt;script&gt; already escaped &amp; then",
  '<iframe srcdoc="<script>alert(3)</script>"></iframe>',
];

function sharedPayloads(): string[] {
  const dir = path.resolve("..", "shared", "data", "xss");
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const lines = readFileSync(path.join(dir, file), "utf8")
      .split(/\r?\n/)
      .filter((l) => l.includes("<") && l.trim().length > 0 && l.length <= 240);
    const step = Math.max(1, Math.floor(lines.length / 12));
    for (let i = 0; i < lines.length; i += step) out.push(lines[i]!);
  }
  return out;
}

const ALLOWED_TAGS = new Set(["ol", "li", "p", "h3", "a", "mark", "span"]);
const ALLOWED_ATTRIBUTES = new Set(["class", "href", "rel", "data-discover"]);

/** Every real tag in a fragment must be one we render ourselves, with only our attributes. */
function expectOnlyOurMarkup(fragment: string, where: string) {
  for (const match of fragment.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const tag = match[1]!.toLowerCase();
    expect(ALLOWED_TAGS.has(tag), `unexpected <${tag}> in ${where}: ${match[0].slice(0, 120)}`).toBe(true);
    for (const attr of match[2]!.matchAll(/\s([^\s=>/]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      expect(ALLOWED_ATTRIBUTES.has(attr[1]!.toLowerCase()), `unexpected attribute ${attr[1]} in ${where}`).toBe(true);
    }
  }
  expect(fragment).not.toMatch(/<script/i);
  expect(fragment).not.toMatch(/<[^>]*\son\w+=/i);
}

function resultList(html: string): string {
  const start = html.indexOf('<ol class="result-list">');
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</ol>", start) + 5);
}

let app: SearchTestApp;
const payloads = [...OWN_PAYLOADS, ...sharedPayloads()];
const slugs: string[] = [];

beforeAll(async () => {
  app = await startSearchTestApp();
  const editor = await createUser(app.db, { permissions: ["editor"] });
  for (const [i, payload] of payloads.entries()) {
    const resource = await insertTestResource(app.db, editor.id, {
      title: `Xssprobe ${payload}`.slice(0, 300),
      summary: `Xssprobe summary ${i}: ${payload}`,
      body: `Notes with ${payload}\n\n[a link](javascript:alert(1))`,
      url: `https://example.org/xss/${i}`,
    });
    slugs.push(resource.slug);
  }
  await app.sync();
});
afterAll(() => app?.close());

describe("script payloads in user content stay inert", () => {
  it(`renders ${payloads.length} payload titles and highlights as text on every results page`, async () => {
    expect(payloads.length).toBeGreaterThan(OWN_PAYLOADS.length);
    let seen = 0;
    for (let page = 1; page < 50; page += 1) {
      const { html, status } = await app.client().html(`/search?q=xssprobe&page=${page}`);
      expect(status).toBe(200);
      const list = resultList(html.replace(/<!-- -->/g, ""));
      const hits = list.match(/<li class="result">/g)?.length ?? 0;
      if (!hits) break;
      seen += hits;
      expect(list).toContain("<mark>Xssprobe</mark>");
      expectOnlyOurMarkup(list, `/search page ${page}`);
    }
    expect(seen).toBe(payloads.length);
  });

  it("highlights a word inside a payload without letting the payload out", async () => {
    const { html } = await app.client().html(`/search?q=${encodeURIComponent("onerror alert")}`);
    const list = resultList(html.replace(/<!-- -->/g, ""));
    expect(list).toContain("<mark>");
    expectOnlyOurMarkup(list, "highlighted payload words");
  });

  it("renders payloads inert on the library list, resource pages and the Atom feed", async () => {
    const { html } = await app.client().html("/resources");
    expectOnlyOurMarkup(resultList(html.replace(/<!-- -->/g, "")), "/resources");
    for (const slug of slugs.slice(0, 10)) {
      const page = await app.client().html(`/resources/${slug}`);
      const h1 = page.html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)![1]!;
      expect(h1).not.toContain("<");
      expect(page.html).not.toMatch(/href="javascript:/i);
      const notes = page.html.slice(page.html.indexOf('<div class="prose">'), page.html.indexOf("</section>", page.html.indexOf('<div class="prose">')));
      expect(notes).not.toMatch(/<script|<img|<svg|<iframe|\son\w+=/i);
    }
    const feed = await (await app.client().get("/resources.atom")).text();
    for (const title of feed.matchAll(/<title type="text">([\s\S]*?)<\/title>/g)) expect(title[1]).not.toContain("<");
    expect(feed).not.toMatch(/<script/i);
  });
});
