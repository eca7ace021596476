/**
 * The sentence encoder's reading of the labelled posts, cached on disk (.cache/, not committed) so that fitting
 * and leave-one-batch-out stay fast: each post is encoded once, by the same code the scorer runs.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { encodePosts, sentenceEncoder } from "../../app/moderation/distress/encoder";

// Bump when encodePosts reads posts differently.
const VERSION = "use-lite-0.2.0/post+max+mean-sentence/v2";
const dir = fileURLToPath(new URL("../../.cache/", import.meta.url));
const file = `${dir}distress-encoder.json`;

export async function embeddingsOf(texts: string[]): Promise<Float32Array[]> {
  const key = (t: string) => createHash("sha1").update(`${VERSION}\n${t}`).digest("base64");
  const cache: Record<string, string> = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {};
  const missing = [...new Set(texts.filter((t) => !cache[key(t)]))];
  if (missing.length) {
    const embed = await sentenceEncoder();
    if (!embed) throw new Error("the sentence encoder did not load");
    const started = performance.now();
    for (let i = 0; i < missing.length; i += 64) {
      const batch = missing.slice(i, i + 64);
      const vectors = await encodePosts(embed, batch);
      batch.forEach((t, j) => (cache[key(t)] = Buffer.from(vectors[j]!.buffer).toString("base64")));
    }
    console.error(`encoded ${missing.length} posts in ${Math.round(performance.now() - started)} ms`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify(cache));
  }
  return texts.map((t) => {
    const b = Buffer.from(cache[key(t)]!, "base64");
    return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  });
}
