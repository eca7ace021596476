import { describe, expect, it } from "vitest";
import { commonPasswordCount, hashPassword, passwordProblem, verifyPassword } from "~/utils/password.server";

describe("passwords", () => {
  it("uses a list of at least 10,000 common passwords", () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });
  it("accepts 12 to 256 characters with no composition rules", async () => {
    expect(await passwordProblem("a".repeat(11))).toMatch(/at least 12/);
    expect(await passwordProblem("all lower case words")).toBeNull();
    expect(await passwordProblem("x".repeat(257))).toMatch(/at most 256/);
  });
  it("refuses common passwords regardless of case", async () => {
    expect(await passwordProblem("Password1234")).toMatch(/common passwords/);
    expect(await passwordProblem("1qaz2wsx3edc")).toMatch(/common passwords/);
    expect(await passwordProblem("iloveyou2024!")).toMatch(/common passwords/);
    expect(await passwordProblem("monkeymonkey")).toMatch(/common passwords/);
    expect(await passwordProblem("password is not my password")).toBeNull();
  });
  it("refuses guessable passwords by zxcvbn score, with the person's own email and name counted", async () => {
    const person = { email: "aroha.kereama@example.org", displayName: "Aroha Kereama" };
    for (const weak of [" ".repeat(12), "a".repeat(12), "qwertyuiop[]", "zxcvbnmasdfgh", "qazwsxedcrfvtgb", "1234567890-="]) {
      expect(await passwordProblem(weak, person), JSON.stringify(weak)).toMatch(/easy to guess|common passwords/);
    }
    expect(await passwordProblem("aroha.kereama@example.org", person)).toMatch(/email address/);
    expect(await passwordProblem("kereama2026!", person)).toMatch(/easy to guess\. It contains your name or email address\./);
    expect(await passwordProblem("Aroha Kereama!", person)).toMatch(/your name or email/);
    // The same string is fine for someone else: the user's inputs are what make it weak.
    expect(await passwordProblem("kereama2026!", { email: "someone@example.org", displayName: "Sam" })).toBeNull();
    for (const strong of ["a calm and quiet harbour", "healing-together-2026", "tides that turn slowly"]) {
      expect(await passwordProblem(strong, person), strong).toBeNull();
    }
  });
  it("hashes with argon2id m=19456 t=2 p=1 and verifies", async () => {
    const hash = await hashPassword("a quiet morning walk");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "a quiet morning walk")).toBe(true);
    expect(await verifyPassword(hash, "a quiet morning run")).toBe(false);
  });
});

describe("the strength check runs off the main thread", () => {
  it("lets other work run while a long passphrase is checked", async () => {
    let ticks = 0;
    let checking = true;
    const spin = () => {
      if (!checking) return;
      ticks += 1;
      setImmediate(spin);
    };
    const check = passwordProblem("a-very-long-passphrase-with-many-words-in-it-2026!", { email: "someone@example.org" });
    setImmediate(spin);
    expect(await check).toBeNull();
    checking = false;
    // Run on the main thread, the whole check would finish before any other callback got a turn.
    expect(ticks).toBeGreaterThan(0);
  });
  it("answers many checks at once, each with its own result", async () => {
    const person = { email: "aroha.kereama@example.org", displayName: "Aroha Kereama" };
    const results = await Promise.all(
      ["a calm and quiet harbour", "a".repeat(12), "tides that turn slowly", "qwertyuiop[]"].map((p) => passwordProblem(p, person)),
    );
    expect(results.map((r) => r === null)).toEqual([true, false, true, false]);
  });
});
