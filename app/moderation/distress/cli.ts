/**
 * Distress screening CLI (an exact contract used for outside evaluation):
 *   npm run --silent screen-distress < in.jsonl > out.jsonl
 * Input: JSON Lines, each {"id": "...", "text": "...", "lang"?: "en" | "fr"}; empty lines are skipped.
 * Output: exactly one JSON line per input line: {"id", "distress": true | false, "signals": ["ideation", …]}
 * or {"id": <id or null>, "error": "..."} for a malformed line. Nothing else is written to stdout.
 * Exit code 0. Posts are read 32 at a time: the sentence encoder reads a batch in one call.
 */
import { runJsonlBatchCli } from "../../deid/jsonl-cli";

runJsonlBatchCli(
  "screen-distress",
  async () => {
    const { detectDistressInPosts } = await import("./index");
    return async (recs) => {
      const checked = recs.map((rec) =>
        rec.lang !== undefined && rec.lang !== null && typeof rec.lang !== "string"
          ? new Error('field "lang" must be a string')
          : { text: rec.text, lang: typeof rec.lang === "string" ? rec.lang : undefined },
      );
      const posts = checked.filter((c): c is { text: string; lang: string | undefined } => !(c instanceof Error));
      const results = await detectDistressInPosts(posts);
      let k = 0;
      return checked.map((c) => {
        if (c instanceof Error) return c;
        const r = results[k++]!;
        return { distress: r.distress, signals: r.signals };
      });
    };
  },
  32,
);
