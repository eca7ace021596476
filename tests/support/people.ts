import { eq } from "drizzle-orm";
import { hashPassword } from "../../app/utils/password.server";
import type { Database } from "../../db/client";
import { users, type Permission, type SiteRole } from "../../db/schema";
import type { HttpClient } from "./http-client";

export const TEST_PASSWORD = "a calm and quiet harbour";
let hashed: Promise<string> | undefined;
let counter = 0;

/** Inserts a verified user directly (fast), returning the row. */
export async function createUser(
  db: Database,
  init: { role?: SiteRole; permissions?: Permission[]; displayName?: string; email?: string; country?: string } = {},
) {
  hashed ??= hashPassword(TEST_PASSWORD);
  counter += 1;
  const id = crypto.randomUUID();
  const [row] = await db
    .insert(users)
    .values({
      id,
      email: init.email ?? `person${counter}-${id.slice(0, 6)}@example.org`,
      displayName: init.displayName ?? `Test person ${counter}`,
      passwordHash: await hashed,
      role: init.role ?? "member",
      permissions: init.permissions ?? [],
      country: init.country ?? null,
      emailVerifiedAt: new Date(),
    })
    .returning();
  return row!;
}

/** Signs the client in through the real /login form. */
export async function signIn(client: HttpClient, email: string, password = TEST_PASSWORD) {
  const response = await client.post("/login", { email, password });
  if (response.status !== 302) throw new Error(`sign-in failed for ${email}: ${response.status}`);
  return response;
}

export async function suspend(db: Database, userId: string) {
  await db.update(users).set({ suspendedAt: new Date(), suspendedReason: "test" }).where(eq(users.id, userId));
}
