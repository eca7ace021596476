import v8 from "node:v8";
import vm from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "../../../db/client";
import { watchDatabaseAvailability, type DatabaseAvailability } from "~/server/availability";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/** A database whose `select 1` answers while `up` is true. */
function fakeDatabase() {
  const state = { up: true };
  const db = {
    execute: async () => {
      if (!state.up) throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
      return [];
    },
  } as unknown as Database;
  return { db, state };
}

let watching: DatabaseAvailability | null = null;
afterEach(() => watching?.stop());

describe("database availability: outage listeners", () => {
  it("calls a listener once when the database is found away, and never one that was cancelled", async () => {
    const { db, state } = fakeDatabase();
    watching = watchDatabaseAvailability(db);
    const calls: string[] = [];
    watching.onDown(() => calls.push("kept"));
    const cancel = watching.onDown(() => calls.push("cancelled"));
    cancel();
    state.up = false;
    expect(await watching.check()).toBe(false);
    expect(calls).toEqual(["kept"]);
    // While it is away, a new listener hears at once.
    await new Promise<void>((resolve) => watching!.onDown(resolve));
    expect(calls).toEqual(["kept"]);
  });

  it("keeps nothing of a request once its listener is cancelled (each request used to stay reachable until the next outage)", async () => {
    const { db } = fakeDatabase();
    watching = watchDatabaseAvailability(db);
    const availability = watching;
    const refs: WeakRef<object>[] = [];
    // What a request holds while it waits (its response, say), in a scope of its own that ends.
    const request = (i: number) => {
      const response = { body: `page ${i} `.repeat(100) };
      refs.push(new WeakRef(response));
      const cancel = availability.onDown(() => void response.body);
      cancel();
    };
    for (let i = 0; i < 200; i++) request(i);
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(refs.filter((r) => r.deref() !== undefined)).toHaveLength(0);
  });
});
