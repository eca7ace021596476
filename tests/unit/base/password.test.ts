import { describe, expect, it } from "vitest";
import { commonPasswordCount, hashPassword, passwordProblem, verifyPassword } from "~/utils/password.server";

describe("passwords", () => {
  it("uses a list of at least 10,000 common passwords", () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });
  it("accepts 12 to 256 characters with no composition rules", () => {
    expect(passwordProblem("a".repeat(11))).toMatch(/at least 12/);
    expect(passwordProblem("all lower case words")).toBeNull();
    expect(passwordProblem("x".repeat(257))).toMatch(/at most 256/);
  });
  it("refuses common passwords regardless of case", () => {
    expect(passwordProblem("Password1234")).toMatch(/common passwords/);
    expect(passwordProblem("1qaz2wsx3edc")).toMatch(/common passwords/);
    expect(passwordProblem("iloveyou2024!")).toMatch(/common passwords/);
    expect(passwordProblem("monkeymonkey")).toMatch(/common passwords/);
    expect(passwordProblem("password is not my password")).toBeNull();
  });
  it("refuses guessable passwords by zxcvbn score, with the person's own email and name counted", () => {
    const person = { email: "aroha.kereama@example.org", displayName: "Aroha Kereama" };
    for (const weak of [" ".repeat(12), "a".repeat(12), "qwertyuiop[]", "zxcvbnmasdfgh", "qazwsxedcrfvtgb", "1234567890-="]) {
      expect(passwordProblem(weak, person), JSON.stringify(weak)).toMatch(/easy to guess|common passwords/);
    }
    expect(passwordProblem("aroha.kereama@example.org", person)).toMatch(/email address/);
    expect(passwordProblem("kereama2026!", person)).toMatch(/easy to guess\. It contains your name or email address\./);
    expect(passwordProblem("Aroha Kereama!", person)).toMatch(/your name or email/);
    // The same string is fine for someone else: the user's inputs are what make it weak.
    expect(passwordProblem("kereama2026!", { email: "someone@example.org", displayName: "Sam" })).toBeNull();
    for (const strong of ["a calm and quiet harbour", "healing-together-2026", "tides that turn slowly"]) {
      expect(passwordProblem(strong, person), strong).toBeNull();
    }
  });
  it("hashes with argon2id m=19456 t=2 p=1 and verifies", async () => {
    const hash = await hashPassword("a quiet morning walk");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "a quiet morning walk")).toBe(true);
    expect(await verifyPassword(hash, "a quiet morning run")).toBe(false);
  });
});
