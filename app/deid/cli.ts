/**
 * De-identifier CLI (an exact contract used for outside evaluation):
 *   npm run --silent deidentify < in.jsonl > out.jsonl
 * Input: JSON Lines, each {"id": "...", "text": "..."}; empty lines are skipped.
 * Output: exactly one JSON line per input line: {"id", "redacted", "findings": [{"start","end","type"}]}
 * or {"id": <id or null>, "error": "..."} for a malformed line. Nothing else is written to stdout.
 * Exit code 0.
 */
import { runJsonlCli } from "./jsonl-cli";

runJsonlCli("deidentify", async () => {
  const { deidentify } = await import("./index");
  return (rec) => {
    const r = deidentify(rec.text);
    return { redacted: r.redacted, findings: r.findings.map((f) => ({ start: f.start, end: f.end, type: f.type })) };
  };
});
