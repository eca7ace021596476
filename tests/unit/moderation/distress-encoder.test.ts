import { afterEach, describe, expect, it, vi } from "vitest";
import { encodePosts, encoderPieces, sentenceEncoder, useSentenceEncoderLoader } from "../../../app/moderation/distress/encoder";
import { detectDistress, detectDistressByWords, detectDistressInPosts } from "../../../app/moderation/distress/index";
import { log } from "../../../app/utils/log.server";

vi.mock("../../../app/utils/log.server", () => ({ log: vi.fn() }));

// Through the shipped path: the written rules, the word features and the sentence encoder together.
const FIRES: Array<[string, string?]> = [
  ["I can't keep going."],
  ["I want it all to stop."],
  ["I don't want to wake up."],
  ["thinking of ending things"],
  ["Renewed nothing this year. Not the passport, not the gym. Didn't seem worth it for the time I've got left in me."],
  ["Everyone keeps asking what I'm doing for my birthday. I don't plan on seeing it."],
  ["I keep standing closer to the edge of the platform when the express comes through."],
  ["Cut myself again last night, deeper than before."],
  ["Je pense à en finir.", "fr"],
  ["Je veux que tout s'arrête.", "fr"],
  ["Je répète dans ma tête : l'heure, l'endroit, ce que je vais mettre. Je pense qu'à ça pendant les gardes.", "fr"],
];
const QUIET: Array<[string, string?]> = [
  ["This rota is killing me."],
  ["The patient expressed suicidal ideation on admission; seen by psych liaison, 1:1 obs overnight."],
  ["Going away for a while! Three months' sabbatical in Portugal, I'll miss you lot."],
  ["Planning my funeral playlist during the fire drill: Highway to Hell on repeat."],
  ["If the audit doesn't kill me, the canteen lasagne will 😂"],
  ["My colleague took her own life in March. Some mornings I still set out two mugs."],
  ["Ce planning va me tuer.", "fr"],
  ["J'ai rendu mon badge aujourd'hui : je passe en HAD après huit ans aux urgences !", "fr"],
];

describe("distress screening with the sentence encoder", () => {
  it.each(FIRES)("hears “%s”", async (text, lang) => {
    const result = await detectDistress(text, { lang });
    expect(result.distress).toBe(true);
    expect(result.signals.length).toBeGreaterThan(0);
  });

  it.each(QUIET)("does not alarm on “%s”", async (text, lang) => {
    expect((await detectDistress(text, { lang })).distress).toBe(false);
  });

  // Posts of blind batch 15 that the scorer fitted on batches 5-14 found and main's word scorer missed.
  it.each([
    ["I've stopped buying anything that lasts longer than a month. Milk, fine. A new coat? What would be the point."],
    ["I haven't been sleeping, I've been planning. Those are different things and I've got very good at the second one."],
    ["Allez, je vais arrêter de prendre de la place. Sur ce groupe et ailleurs. Partout, en fait.", "fr"],
  ])("reads “%s” whole, where the words alone miss it", async (text, lang?: string) => {
    expect(detectDistressByWords(text, { lang }).distress).toBe(false);
    expect((await detectDistress(text, { lang })).distress).toBe(true);
  });

  // A lone word is too little for the encoder: "yes" and "true" (a mistyped form's value) were read as distress.
  it.each([["true"], ["yes"], ["Yes"], ["oui"]])("leaves the one word “%s” to the word scorer", async (text) => {
    expect((await detectDistress(text)).distress).toBe(false);
    expect((await detectDistressInPosts([{ text }]))[0]!.distress).toBe(false);
  });

  it("gives the same answer for a post alone and in a batch", async () => {
    const posts = [...FIRES, ...QUIET].map(([text, lang]) => ({ text, lang }));
    const batch = await detectDistressInPosts(posts);
    for (const [i, p] of posts.entries()) expect(batch[i]!.distress, p.text).toBe((await detectDistress(p.text, { lang: p.lang })).distress);
  });

  it("encodes a post as the whole, the strongest sentence and the mean of its sentences, and bounds what a long post costs", async () => {
    const long = "I keep going to work and coming home again. ".repeat(24_000) + "Honestly I don't want to wake up tomorrow.";
    const pieces = encoderPieces(long);
    expect(pieces.length).toBe(12);
    expect(pieces.at(-1)).toBe("Honestly I don't want to wake up tomorrow.");
    expect(encoderPieces("x".repeat(5000))[0]!.length).toBe(600);
    const seen: string[][] = [];
    const [v] = await encodePosts(async (texts) => (seen.push(texts), texts.map((_, i) => Array.from({ length: 512 }, () => i))), ["One. Two. Three."]);
    expect(seen[0]).toEqual(["One. Two. Three.", "One.", "Two.", "Three."]);
    expect(v!.length).toBe(1536);
    // The whole post, then the element-wise maximum over sentences, then their mean.
    expect([v![0], v![512], v![1024]]).toEqual([0, 3, 2]);
    await encodePosts(async (texts) => (seen.push(texts), texts.map(() => Array.from({ length: 512 }, () => 1))), ["Just the one."]);
    expect(seen[1]).toEqual(["Just the one."]); // one sentence is read once
    seen.length = 0;
    await encodePosts(async (texts) => (seen.push(texts), texts.map(() => Array.from({ length: 512 }, () => 1))), [long]);
    expect(seen[0]!.length).toBe(13);
    expect(seen[0]!.join("").length).toBeLessThan(13 * 600 + 20);
  });
});

describe("when the sentence encoder cannot load", () => {
  afterEach(() => useSentenceEncoderLoader(async () => Promise.reject(new Error("reset"))));

  it("falls back to the word scorer, logs once without content, and keeps answering", async () => {
    vi.mocked(log).mockClear();
    useSentenceEncoderLoader(async () => Promise.reject(new Error("/opt/model.json: no such file")));
    const texts = [...FIRES, ...QUIET];
    for (const [text, lang] of texts) expect((await detectDistress(text, { lang })).distress, text).toBe(detectDistressByWords(text, { lang }).distress);
    expect(await sentenceEncoder()).toBeNull();
    const calls = vi.mocked(log).mock.calls.filter(([event]) => event === "distress.encoder_unavailable");
    expect(calls).toHaveLength(1);
    expect(JSON.stringify(calls)).not.toMatch(/model\.json|going|patient/);
    // The words scorer still hears the plain phrasings.
    expect((await detectDistress("I can't keep going. I want it all to stop.")).distress).toBe(true);
  });
});
