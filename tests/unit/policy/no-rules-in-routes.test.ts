// Who may do what is decided in app/utils/policy, never inline in a route or the document shell: a rule
// written twice drifts. This reads every route module and fails on the shapes an inline rule takes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const ROUTES = path.join(ROOT, "app/routes");

/** Shapes of an inline rule: comparing a role, reading permissions, or comparing someone's id with the user's. */
const INLINE_RULES: { name: string; pattern: RegExp }[] = [
  { name: "role comparison or role helper", pattern: /\brole\s*[!=]==|[!=]==\s*[\w?.]*\brole\b|\b(isAdmin|isSiteModerator|isPeerSupporter|hasRoleAtLeast)\(/ },
  { name: "permission lookup", pattern: /\bpermissions\.includes\(/ },
  { name: "ownership comparison with the signed-in user", pattern: /\buser\??\.id\s*[!=]==|[!=]==\s*user\??\.id\b/ },
];

/**
 * Lines that match a shape but decide nothing: each with the reason. Keep this list short; a real rule
 * belongs in app/utils/policy with a test.
 */
const NOT_RULES: { file: string; includes: string; reason: string }[] = [
  {
    file: "admin.users.$userId.tsx",
    includes: "defaultChecked={user.permissions.includes(p)}",
    reason: "shows the edited person's current permissions in the form",
  },
  { file: "reveals.tsx", includes: "mine: r.requestedBy === user.id", reason: "labels the moderator's own requests in a list they may already see" },
  { file: "appeals.tsx", includes: "mine: a.assignedTo === user.id", reason: "labels appeals assigned to the reader in a list they may already see" },
];

function findings(file: string, source: string) {
  const found: string[] = [];
  source.split("\n").forEach((line, i) => {
    if (NOT_RULES.some((n) => n.file === path.basename(file) && line.includes(n.includes))) return;
    for (const rule of INLINE_RULES) if (rule.pattern.test(line)) found.push(`${path.relative(ROOT, file)}:${i + 1} ${rule.name}: ${line.trim()}`);
  });
  return found;
}

const files = [...readdirSync(ROUTES).map((f) => path.join(ROUTES, f)), path.join(ROOT, "app/root.tsx")].filter((f) => /\.tsx?$/.test(f));

describe("no authorization rule is written inline in a route", () => {
  it("reads every route module", () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it("finds no role comparison, permission lookup or ownership comparison in routes", () => {
    expect(files.flatMap((f) => findings(f, readFileSync(f, "utf8")))).toEqual([]);
  });

  it("would catch each shape", () => {
    expect(findings("x.tsx", 'if (user.role === "admin") return;')).toHaveLength(1);
    expect(findings("x.tsx", "const staff = isSiteModerator(user);")).toHaveLength(1);
    expect(findings("x.tsx", 'const ok = user.permissions.includes("editor");')).toHaveLength(1);
    expect(findings("x.tsx", "if (post.authorId !== user.id) forbidden();")).toHaveLength(1);
  });

  it("keeps each exception pointing at a line that still exists", () => {
    for (const n of NOT_RULES) expect(readFileSync(path.join(ROUTES, n.file), "utf8")).toContain(n.includes);
  });
});
