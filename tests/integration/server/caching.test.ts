import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { PRIVATE_NO_STORE, PUBLIC_PAGE_CACHE } from "../../../app/server/caching";
import { useTestApp } from "../../support/app";
import { AHEAD } from "../../support/dates";
import { testDriver } from "../../support/database";
import { createCircle, joinOpen, startThread } from "../circles/circle-helpers";

const app = useTestApp();
let member: Awaited<ReturnType<typeof joinOpen>>;
let circlePages: Array<{ path: string; route: string }>;

beforeAll(async () => {
  const c = await createCircle(app);
  member = await joinOpen(app, c.slug);
  const { threadId } = await startThread(member.client, c.slug, { title: "A thread about a hard week", body: "It was a hard week." });
  const g = await c.facilitator.client.post(`/circles/${c.slug}/gatherings/new`, {
    title: "Evening circle",
    startsLocal: `${AHEAD}-03-04T18:00`,
    endsLocal: `${AHEAD}-03-04T19:30`,
    onlineUrl: "https://meet.example.org/listen",
    place: "",
    capacity: "",
  });
  expect(g.status).toBe(302);
  const gatheringId = g.headers.get("location")!.split("/").pop()!;
  circlePages = [
    { path: "/circles", route: "routes/circles._index" },
    { path: `/circles/${c.slug}`, route: "routes/circles.$slug._index" },
    { path: `/circles/${c.slug}/rules`, route: "routes/circles.$slug.rules" },
    { path: `/circles/${c.slug}/threads/${threadId}`, route: "routes/circles.$slug.threads.$threadId" },
    { path: `/circles/${c.slug}/members`, route: "routes/circles.$slug.members" },
    { path: `/circles/${c.slug}/gatherings/${gatheringId}`, route: "routes/circles.$slug.gatherings.$gatheringId._index" },
    { path: "/account", route: "routes/account" },
    { path: "/notifications", route: "routes/notifications" },
    { path: "/", route: "root" },
    { path: "/resources", route: "routes/resources._index" },
  ];
});

const dataUrl = (path: string, route: string) => `${path}${path.includes("?") ? "&" : "?"}_data=${encodeURIComponent(route)}`;

describe(`Cache-Control and compression (${testDriver()})`, () => {
  it("marks every signed-in page private, no-store, as HTML and as ?_data= loader data", async () => {
    for (const { path, route } of circlePages) {
      const page = await member.client.get(path);
      expect(page.status, path).toBe(200);
      expect(page.headers.get("cache-control"), path).toBe(PRIVATE_NO_STORE);
      const data = await member.client.get(dataUrl(path, route));
      expect(data.status, `${path} data`).toBe(200);
      expect(data.headers.get("content-type"), `${path} data`).toContain("application/json");
      expect(data.headers.get("cache-control"), `${path} data`).toBe(PRIVATE_NO_STORE);
    }
  });

  it("lets shared caches keep anonymous public pages briefly, varied on Cookie, but never a circle's own pages", async () => {
    const anonymous = app.client();
    for (const path of ["/", "/circles", "/resources", "/learnings", "/facilitators", "/support"]) {
      const r = await anonymous.get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get("cache-control"), path).toBe(PUBLIC_PAGE_CACHE);
      expect(r.headers.get("vary") ?? "", path).toMatch(/cookie/i);
    }
    for (const { path } of circlePages.filter((p) => p.path.startsWith("/circles/"))) {
      // An open circle shows strangers its purpose; the page is still never kept by a shared cache.
      expect((await anonymous.get(path)).headers.get("cache-control"), path).toBe(PRIVATE_NO_STORE);
    }
    for (const path of ["/login", "/signup", "/resources/queue", "/learnings/mine", "/facilitators/me"]) {
      expect((await anonymous.get(path)).headers.get("cache-control"), path).toBe(PRIVATE_NO_STORE);
    }
  });

  it("answers a write with private, no-store", async () => {
    const r = await member.client.post("/account", { intent: "unknown-intent" });
    expect(r.headers.get("cache-control")).toBe(PRIVATE_NO_STORE);
  });

  it("serves hashed build assets as immutable for a year", async () => {
    const html = await (await app.client().get("/")).text();
    const asset = html.match(/\/build\/[^"]+\.js/)![0];
    const r = await app.client().get(asset);
    expect(r.status).toBe(200);
    expect(r.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("compresses HTML and JSON with brotli or gzip, as the browser asks", async () => {
    const { request } = await import("node:http");
    const fetchRaw = (path: string, encoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer; type: string | undefined; length: string | undefined; chunked: boolean }>((resolve, reject) => {
        const req = request(new URL(path, app.url), { headers: { "Accept-Encoding": encoding, Cookie: member.client.cookieHeader() } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({
              encoding: res.headers["content-encoding"],
              body: Buffer.concat(chunks),
              type: res.headers["content-type"],
              length: res.headers["content-length"],
              chunked: res.headers["transfer-encoding"] === "chunked",
            }),
          );
        });
        req.on("error", reject);
        req.end();
      });
    const plain = await fetchRaw("/circles", "identity");
    expect(plain.encoding).toBeUndefined();
    // A page is rendered whole and sent as one body of known length, not streamed in chunks.
    expect(plain.chunked).toBe(false);
    expect(Number(plain.length)).toBe(plain.body.length);
    expect(plain.body.toString().startsWith("<!DOCTYPE html>")).toBe(true);
    const br = await fetchRaw("/circles", "br, gzip");
    expect(br.encoding).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toContain("Peer-support circles");
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    const json = await fetchRaw(dataUrl("/circles", "routes/circles._index"), "gzip");
    expect(json.type).toContain("application/json");
    expect(json.encoding).toBe("gzip");
    expect(JSON.parse(gunzipSync(json.body).toString())).toHaveProperty("circles");
  });
});
