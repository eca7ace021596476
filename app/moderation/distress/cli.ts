/**
 * Distress screening CLI (an exact contract used for outside evaluation):
 *   npm run --silent screen-distress < in.jsonl > out.jsonl
 * Input: JSON Lines, each {"id": "...", "text": "...", "lang"?: "en" | "fr"}; empty lines are skipped.
 * Output: exactly one JSON line per input line: {"id", "distress": true | false, "signals": ["ideation", …]}
 * or {"id": <id or null>, "error": "..."} for a malformed line. Nothing else is written to stdout.
 * Exit code 0.
 */
import { runJsonlCli } from "../../deid/jsonl-cli";

runJsonlCli("screen-distress", async () => {
  const { detectDistress } = await import("./index");
  return (rec) => {
    if (rec.lang !== undefined && rec.lang !== null && typeof rec.lang !== "string") throw new Error('field "lang" must be a string');
    const r = detectDistress(rec.text, { lang: typeof rec.lang === "string" ? rec.lang : undefined });
    return { distress: r.distress, signals: r.signals };
  };
});
