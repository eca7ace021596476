import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { passwordStrength } from "./password-strength.server";

// OWASP's argon2id minimum: m=19456 KiB, t=2, p=1. 2 is Algorithm.Argon2id (a const enum).
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

const PASSWORD_MIN = 12;
const PASSWORD_MAX = 256;

export function hashPassword(password: string) {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// zxcvbn-ts's maintained list of ~49,000 common passwords, kept in a Set for O(1) checks.
let common: Set<string> | undefined;
function commonPasswords() {
  common ??= new Set((dictionary as Record<string, string[]>)["passwords-common"]!.map((p) => p.toLowerCase()));
  return common;
}
export const commonPasswordCount = () => commonPasswords().size;

/**
 * A password is common when it is on the list, or is a listed password padded only with digits and
 * symbols ("password1234", "iloveyou2024!") or repeated ("monkeymonkey"): attackers try those first too.
 */
function isCommon(password: string) {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower)) return true;
  const core = lower.replace(/[^a-z]+$/, "").replace(/^[^a-z]+/, "");
  if (core.length >= 4 && core !== lower && list.has(core) && /^[^a-z]*$/.test(lower.replace(core, ""))) return true;
  const half = lower.slice(0, lower.length / 2);
  return lower.length % 2 === 0 && half + half === lower && list.has(half);
}

/** zxcvbn's score runs 0–4; 3 means "safely unguessable" (about 10^8 guesses or more). */
const MIN_STRENGTH_SCORE = 3;

/** What the person typed about themselves, which must not make up their password. */
export type PasswordContext = { email?: string | null; displayName?: string | null };

function personalWords({ email, displayName }: PasswordContext) {
  const words = new Set<string>();
  const add = (w: string | null | undefined) => {
    const v = w?.trim().toLowerCase();
    if (v && v.length >= 3) words.add(v);
  };
  add(email);
  add(email?.split("@")[0]);
  add(displayName);
  for (const part of `${email ?? ""} ${displayName ?? ""}`.split(/[\s@._+-]+/)) add(part);
  return [...words];
}

/**
 * Returns a clear message when the password is not acceptable, otherwise null. No composition rules:
 * length, the common-password list, then zxcvbn's estimate with the person's own email and name as
 * extra dictionary words, refusing a score below 3 (12 spaces, "aaaaaaaaaaaa", keyboard walks).
 */
export async function passwordProblem(password: string, context: PasswordContext = {}): Promise<string | null> {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters. A few unrelated words work well.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (isCommon(password)) return "This password appears in lists of common passwords that attackers try first. Please choose another.";
  const lower = password.toLowerCase();
  const email = context.email?.trim().toLowerCase();
  if (email && (lower.includes(email) || lower.replace(/\s+/g, "") === email.split("@")[0]))
    return "Please do not use your email address as your password. A few unrelated words work well.";
  const result = await passwordStrength(password, personalWords(context));
  if (result.score >= MIN_STRENGTH_SCORE) return null;
  const why = result.warning ? ` ${result.warning}` : "";
  return `This password would be easy to guess.${why} Try a few unrelated words, such as a short phrase only you would think of.`;
}
