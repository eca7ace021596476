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

type Checked = Record<string, unknown> & { text: string };
type Handle = (rec: Checked) => Record<string, unknown>;
/** Output fields for each record of a batch, or the error that one record raised. */
type HandleBatch = (recs: Checked[]) => Promise<Array<Record<string, unknown> | Error>>;

/** Reads `{"id", "text", …}` objects; `handle` turns a checked record into the output fields. */
export function runJsonlCli(name: string, load: () => Promise<Handle>) {
  runJsonlBatchCli(name, async () => {
    const handle = await load();
    return async (recs) =>
      recs.map((rec) => {
        try {
          return handle(rec);
        } catch (err) {
          return err instanceof Error ? err : new Error(String(err));
        }
      });
  });
}

/**
 * The same contract, with records handled `size` at a time (a model that reads many texts in one call is
 * faster); output keeps the input's order, and a batch is also handled when the input ends.
 */
export function runJsonlBatchCli(name: string, load: () => Promise<HandleBatch>, size = 1) {
  logToStderr();
  const main = async () => {
    const handle = await load();
    const out = process.stdout;
    // A reader that stops early (`| head`) is not a failure.
    out.on("error", () => process.exit(0));
    const write = (obj: unknown): Promise<void> | void => {
      if (!out.write(JSON.stringify(obj) + "\n")) return new Promise((r) => out.once("drain", () => r()));
    };
    // Each input line in order: a checked record waiting for its batch, or the error line already known.
    let pending: Array<{ id: unknown; rec?: Checked; result?: unknown }> = [];
    const flush = async () => {
      const recs = pending.filter((p) => p.rec).map((p) => p.rec!);
      const results = recs.length ? await handle(recs) : [];
      let k = 0;
      for (const p of pending) {
        if (p.rec) {
          const r = results[k++]!;
          p.result = r instanceof Error ? { id: p.id, error: r.message } : { id: p.id, ...r };
        }
        const waiting = write(p.result);
        if (waiting) await waiting;
      }
      pending = [];
    };
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const raw of rl) {
      const line = raw.replace(/^\uFEFF/, "");
      if (!line.trim()) continue;
      let id: unknown = null;
      try {
        const parsed: unknown = JSON.parse(line);
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("line is not a JSON object");
        const rec = parsed as Record<string, unknown>;
        id = rec.id ?? null;
        if (typeof rec.text !== "string") throw new Error('missing string field "text"');
        pending.push({ id, rec: rec as Checked });
      } catch (err) {
        pending.push({ id, result: { id, error: err instanceof Error ? err.message : String(err) } });
      }
      if (pending.filter((p) => p.rec).length >= size) await flush();
    }
    await flush();
  };
  main()
    .catch((err) => process.stderr.write(`${name}: ${err instanceof Error ? err.stack : String(err)}\n`))
    .finally(() => {
      process.exitCode = 0;
    });
}
