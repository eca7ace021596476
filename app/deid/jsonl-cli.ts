/**
 * The JSON Lines command-line contract shared by `deidentify` and `screen-distress`: one output line per
 * non-empty input line, `{id, error}` for a malformed line, nothing but results on stdout, exit code 0.
 * Pure Node (no app imports), so the de-identifier stays a library of its own.
 */
import { createInterface } from "node:readline";

/** Anything a library might log goes to stderr, never to stdout. */
function logToStderr() {
  const toStderr = (...args: unknown[]) => process.stderr.write(args.map(String).join(" ") + "\n");
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  console.warn = toStderr;
}

/** Reads `{"id", "text", …}` objects; `handle` turns a checked record into the output fields. */
export function runJsonlCli(name: string, load: () => Promise<(rec: Record<string, unknown> & { text: string }) => Record<string, unknown>>) {
  logToStderr();
  const main = async () => {
    const handle = await load();
    const out = process.stdout;
    // A reader that stops early (`| head`) is not a failure.
    out.on("error", () => process.exit(0));
    const write = (obj: unknown): Promise<void> | void => {
      if (!out.write(JSON.stringify(obj) + "\n")) return new Promise((r) => out.once("drain", () => r()));
    };
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const raw of rl) {
      const line = raw.replace(/^\uFEFF/, "");
      if (!line.trim()) continue;
      let id: unknown = null;
      let result: unknown;
      try {
        const parsed: unknown = JSON.parse(line);
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("line is not a JSON object");
        const rec = parsed as Record<string, unknown>;
        id = rec.id ?? null;
        if (typeof rec.text !== "string") throw new Error('missing string field "text"');
        result = { id, ...handle(rec as Record<string, unknown> & { text: string }) };
      } catch (err) {
        result = { id, error: err instanceof Error ? err.message : String(err) };
      }
      const pending = write(result);
      if (pending) await pending;
    }
  };
  main()
    .catch((err) => process.stderr.write(`${name}: ${err instanceof Error ? err.stack : String(err)}\n`))
    .finally(() => {
      process.exitCode = 0;
    });
}
