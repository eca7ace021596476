import { describe, expect, it, vi } from "vitest";

// The bank of labelled pieces cannot be read (a missing or damaged file): the import fails.
vi.mock("../../../app/moderation/distress/neighbour-bank.json", () => {
  throw new Error("the bank cannot be read");
});
const logged = vi.hoisted(() => [] as Array<[string, Record<string, unknown>]>);
vi.mock("../../../app/utils/log.server", () => ({
  log: (event: string, fields: Record<string, unknown> = {}) => logged.push([event, fields]),
}));

const { detectDistress, detectDistressByWords, detectDistressInPosts } = await import("../../../app/moderation/distress/index");

describe("the screener when its neighbour bank cannot be read", () => {
  const posts = [
    { text: "I don't want to wake up tomorrow. I'm so tired of all of it.", lang: "en" },
    { text: "Je n'en peux plus, je veux que tout s'arrête.", lang: "fr" },
    { text: "This rota is killing me, four nights in a row.", lang: "en" },
    { text: "Patient in bay 2 expressed suicidal ideation overnight; liaison psychiatry informed.", lang: "en" },
    // The whole screener reads this as distress (the encoder and its neighbours); the word scorer alone does not.
    { text: "it will all be over soon, dont worry about me", lang: "en" },
  ];

  it("still answers every post, as the word scorer would", async () => {
    const results = await detectDistressInPosts(posts);
    expect(results).toHaveLength(posts.length);
    results.forEach((r, i) => expect(r).toEqual(detectDistressByWords(posts[i]!.text, { lang: posts[i]!.lang })));
    expect(results[0]!.distress).toBe(true);
    expect(results[2]!.distress).toBe(false);
    expect(results[4]!.distress).toBe(false);
    expect((await detectDistress(posts[1]!.text, { lang: "fr" })).distress).toBe(true);
  });

  it("logs one line, with the error's name and no content", async () => {
    await detectDistress("One more post after the first ones.");
    const lines = logged.filter(([event]) => event === "distress.neighbours_unavailable");
    expect(lines).toHaveLength(1);
    const written = JSON.stringify(lines[0]);
    expect(lines[0]![1]).toEqual({ error: expect.any(String) });
    for (const p of posts) expect(written).not.toContain(p.text.slice(0, 12));
    expect(written).not.toContain("cannot be read");
  });
});
