// PGlite's query() made faster (db/pglite-statements.ts) must answer exactly as PGlite's own query() does: the same
// rows, fields and counts for every type the app uses, the same errors, and never inside another caller's transaction.
import { PGlite, type QueryOptions } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareStatementsOnQuery } from "../../../db/pglite-statements";

const SCHEMA = `create table t (
  id serial primary key, name text unique, at timestamptz, day date, tags text[], doc jsonb, raw json,
  n numeric, ok boolean, big bigint, u uuid, span interval)`;

let fast: PGlite;
let plain: PGlite;
beforeAll(async () => {
  [fast, plain] = await Promise.all([PGlite.create("memory://"), PGlite.create("memory://")]);
  prepareStatementsOnQuery(fast, 3);
  await Promise.all([fast.exec(SCHEMA), plain.exec(SCHEMA)]);
}, 60_000);
afterAll(async () => {
  await Promise.all([fast?.close(), plain?.close()]);
});

/** The same statement through both instances. */
async function both(query: string, params: unknown[] = [], options?: QueryOptions) {
  const [a, b] = await Promise.all([fast.query(query, params, options), plain.query(query, params, options)]);
  return { a, b };
}

const preparedCount = async () => Number((await fast.query<{ n: number }>("select count(*)::int as n from pg_prepared_statements")).rows[0]!.n);

describe("PGlite statements prepared and sent as one batch", () => {
  it("gives the same rows, fields and counts as PGlite's own query() for every type", async () => {
    const insert = `insert into t (name, at, day, tags, doc, raw, n, ok, big, u, span)
      values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning *`;
    const values = [
      [
        "één 'quoted'",
        new Date("2026-11-30T08:00:00.123Z"),
        "2026-11-30",
        ["a", "b,c", 'd"e'],
        { k: [1, "x"] },
        { raw: true },
        "12.50",
        true,
        9007199254740993n,
        "00000000-0000-4000-8000-000000000001",
        "2 days",
      ],
      ["nulls", null, null, [], null, null, null, false, null, null, undefined],
    ];
    for (const params of values) {
      const { a, b } = await both(insert, params);
      expect(a).toEqual(b);
      expect(a.rows).toHaveLength(1);
    }
    for (const rowMode of ["object", "array"] as const) {
      const { a, b } = await both("select * from t where id > $1 order by id", [0], { rowMode });
      expect(a).toEqual(b);
      expect(a.rows).toHaveLength(2);
    }
    const updated = await both("update t set ok = not ok where id > $1", [0]);
    expect(updated.a).toEqual(updated.b);
    expect(updated.a.affectedRows).toBe(2);
    // Parsers given with the query win, as with PGlite's own.
    const custom = await both("select now() as at", [], { parsers: { 1184: (v: string) => `raw:${v.length > 0}` } });
    expect(custom.a.rows).toEqual([{ at: "raw:true" }]);
  });

  it("prepares a statement once, however often it is asked, and closes the least recently used past the limit", async () => {
    for (let i = 0; i < 10; i++) await fast.query("select $1::int + 1 as n", [i]);
    const before = await preparedCount();
    for (let i = 0; i < 10; i++) await fast.query("select $1::int + 1 as n", [i]);
    expect(await preparedCount()).toBe(before);
    for (let i = 0; i < 6; i++) expect((await fast.query<{ n: number }>(`select ${i} + $1::int as n`, [1])).rows).toEqual([{ n: i + 1 }]);
    // Limit 3, plus the one closed with the next statement prepared, plus the counting statement itself.
    expect(await preparedCount()).toBeLessThanOrEqual(5);
    expect((await fast.query<{ n: number }>("select $1::int + 1 as n", [41])).rows).toEqual([{ n: 42 }]);
  });

  it("fails as PGlite fails, with the query and its parameters on the error, and goes on working", async () => {
    const error = await fast.query("insert into t (name) values ($1)", ["nulls"]).catch((e: unknown) => e);
    const theirs = await plain.query("insert into t (name) values ($1)", ["nulls"]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "23505", query: "insert into t (name) values ($1)", params: ["nulls"] });
    expect((error as Error).message).toBe((theirs as Error).message);
    await expect(fast.query("select nonsense from t")).rejects.toMatchObject({ code: "42703" });
    expect((await fast.query("select count(*)::int as n from t")).rows).toEqual([{ n: 2 }]);
  });

  it("answers from the table as it is after a schema change", async () => {
    const star = "select * from t where id = $1";
    expect(Object.keys((await fast.query<object>(star, [1])).rows[0]!)).not.toContain("added");
    await fast.exec("alter table t add column added int default 7");
    expect((await fast.query<{ added: number }>(star, [1])).rows[0]!.added).toBe(7);
    await fast.exec("alter table t drop column added");
    expect(Object.keys((await fast.query<object>(star, [1])).rows[0]!)).not.toContain("added");
  });

  it("waits for another caller's transaction to end instead of running inside it", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = fast.transaction(async (tx) => {
      await tx.query("insert into t (name) values ($1)", ["in a transaction"]);
      await held;
      await tx.rollback();
    });
    await new Promise((r) => setTimeout(r, 20));
    let answered = false;
    const count = fast.query<{ n: number }>("select count(*)::int as n from t where name = $1", ["in a transaction"]).then((r) => {
      answered = true;
      return r.rows[0]!.n;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(answered).toBe(false);
    release();
    await transaction;
    expect(await count).toBe(0);
  });
});
