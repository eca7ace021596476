import { describe, expect, it } from "vitest";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createUser, TEST_PASSWORD } from "../../support/people";

const app = useTestApp();

/** Sends n sign-in attempts at once and returns their statuses. */
async function burst(n: number, fields: (i: number) => Record<string, string>, ip: (i: number) => string) {
  const responses = await Promise.all(Array.from({ length: n }, (_, i) => app.client().post("/login", fields(i), { headers: { "X-Forwarded-For": ip(i) } })));
  const statuses = responses.map((r) => r.status);
  const count = (s: number) => statuses.filter((x) => x === s).length;
  return { statuses, count };
}

describe(`sign-in limits under concurrency (${testDriver()})`, () => {
  it("checks at most 10 of 60 simultaneous wrong passwords against one account and refuses the rest with 429", async () => {
    const user = await createUser(app.db);
    // Spread over many addresses, as a botnet would, so only the per-account limit applies.
    const { count, statuses } = await burst(
      60,
      (i) => ({ email: user.email, password: `wrong guess number ${i}` }),
      (i) => `203.0.113.${i + 1}`,
    );
    expect(count(400), String(statuses)).toBe(10);
    expect(count(429), String(statuses)).toBe(50);
    // Even the right password waits out the window now.
    const after = await app.client().post("/login", { email: user.email, password: TEST_PASSWORD }, { headers: { "X-Forwarded-For": "203.0.113.200" } });
    expect(after.status).toBe(429);
  });

  it("checks at most 50 simultaneous attempts from one address across many accounts", async () => {
    const people = await Promise.all(Array.from({ length: 6 }, () => createUser(app.db)));
    const { count, statuses } = await burst(
      60,
      (i) => ({ email: people[i % 6]!.email, password: `another wrong guess ${i}` }),
      () => "198.51.100.77",
    );
    expect(count(400), String(statuses)).toBe(50);
    expect(count(429), String(statuses)).toBe(10);
  });

  it("lets the account's owner in from another address while someone else is refused", async () => {
    const user = await createUser(app.db);
    const { count } = await burst(
      20,
      (i) => ({ email: user.email, password: i % 2 ? TEST_PASSWORD : `a wrong one ${i}` }),
      (i) => `192.0.2.${i + 1}`,
    );
    // Right passwords give their attempt back, so the 10 wrong ones alone reach the limit; no more than 20 are answered at all.
    expect(count(302) + count(400) + count(429)).toBe(20);
    expect(count(400)).toBeLessThanOrEqual(10);
  });
});
