import { parse, protocol, type PGlite, type QueryOptions, type Results } from "@electric-sql/pglite";

const { serialize } = protocol;

/** Statements kept prepared at once; the least recently used is closed past this. */
export const PREPARED_STATEMENT_LIMIT = 500;

type Prepared = { name: string; paramTypes: number[] };
type Message = { name: string; dataTypeIDs?: number[] };

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** PostgreSQL refuses a prepared statement whose result columns a schema change altered. */
function isStale(error: unknown) {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === "0A000" && /cached plan must not change result type/.test(message ?? "");
}

/** The same fields PGlite adds to a failed query's error, so logs and error handling see no difference. */
function withQuery(error: unknown, query: string, params: unknown[], options: QueryOptions | undefined) {
  if (error && typeof error === "object" && "severity" in error) Object.assign(error, { query, params, queryOptions: options });
  return error;
}

/**
 * Makes `pg.query()` run each statement as a named prepared statement, sent to PGlite as one batch of protocol
 * messages (bind, describe, execute, sync) instead of six calls into its WebAssembly engine, of which each parses,
 * analyses and plans the statement again. PGlite's own query() costs about 1 ms of CPU even for `select 1`, in the
 * request's thread; this costs 0.15-0.4 ms for the statements pages ask (docs/performance.md, fifth round).
 *
 * What a caller gets is unchanged: parameters are serialized by PGlite's own serializers for the types PostgreSQL
 * inferred (asked once per statement, as PGlite asks on every call), rows are parsed by PGlite's own parser, and
 * errors carry the same fields. It takes the same two locks as PGlite's query(), so it never runs inside another
 * caller's transaction. Transactions (`pg.transaction()`) keep PGlite's own path. PostgreSQL servers are reached
 * through postgres.js, which prepares statements the same way, so both drivers now plan alike.
 */
export function prepareStatementsOnQuery(pg: PGlite, limit = PREPARED_STATEMENT_LIMIT): PGlite {
  const fallback = pg.query.bind(pg);
  const prepared = new Map<string, Prepared>();
  let closing: Uint8Array[] = [];
  let counter = 0;

  async function run(batch: Uint8Array[], options: QueryOptions | undefined) {
    const { messages } = await pg.execProtocol(concat(batch), { syncToFs: false, onNotice: options?.onNotice });
    return messages as unknown as Message[];
  }

  async function prepare(query: string, options: QueryOptions | undefined): Promise<Prepared> {
    const name = `rn_${(counter++).toString(36)}`;
    const batch = [...closing, serialize.parse({ name, text: query }), serialize.describe({ type: "S", name }), serialize.sync()];
    closing = [];
    const messages = await run(batch, options);
    const paramTypes = messages.find((m) => m.name === "parameterDescription")?.dataTypeIDs ?? [];
    const statement = { name, paramTypes };
    prepared.set(query, statement);
    if (prepared.size > limit) {
      const [oldest, { name: old }] = prepared.entries().next().value as [string, Prepared];
      prepared.delete(oldest);
      // Closed with the next statement that is prepared: no call of its own.
      closing.push(serialize.close({ type: "S", name: old }));
    }
    return statement;
  }

  async function execute(query: string, params: unknown[], options: QueryOptions | undefined) {
    let statement = prepared.get(query);
    if (statement) {
      // Most recently used last, so the oldest entry is the one to close.
      prepared.delete(query);
      prepared.set(query, statement);
    } else {
      statement = await prepare(query, options);
    }
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const type = statement.paramTypes[i]!;
      const serializer = options?.serializers?.[type] ?? pg.serializers[type];
      return serializer ? serializer(value) : (value as { toString(): string }).toString();
    });
    const messages = await run(
      [serialize.bind({ statement: statement.name, values }), serialize.describe({ type: "P" }), serialize.execute({}), serialize.sync()],
      options,
    );
    return parse.parseResults(messages as never, pg.parsers, options)[0]!;
  }

  const query = async <T>(query: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
    // Blobs (COPY to /dev/blob) and explicit parameter types keep PGlite's own path.
    if (options?.blob || options?.paramTypes) return fallback<T>(query, params, options);
    await pg._checkReady();
    return pg._runExclusiveTransaction(() =>
      pg._runExclusiveQuery(async () => {
        try {
          try {
            return (await execute(query, params, options)) as Results<T>;
          } catch (error) {
            if (!isStale(error)) throw error;
            // Prepared before a schema change that altered what it returns: prepare it again, once.
            const stale = prepared.get(query);
            prepared.delete(query);
            if (stale) closing.push(serialize.close({ type: "S", name: stale.name }));
            return (await execute(query, params, options)) as Results<T>;
          }
        } catch (error) {
          throw withQuery(error, query, params, options);
        } finally {
          await pg.syncToFs();
        }
      }),
    );
  };
  pg.query = query;
  return pg;
}
