import { z } from "zod";

/** True for "https://host[:port]" with nothing after it (zod runs refinements even when the URL check failed). */
function isBareOrigin(value: string) {
  try {
    const url = new URL(value);
    return !url.username && !url.password && url.pathname === "/" && !url.search && !url.hash;
  } catch {
    return false;
  }
}

/**
 * The one place that reads configuration. Every variable is optional: the embedded defaults
 * (PGlite, the embedded search engine, the dev mailbox) apply when it is absent.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"], { error: "must be development, production or test" }).default("development"),
  PORT: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(3000),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL")
    .optional(),
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 100")
    .max(100, "must be between 1 and 100")
    .optional(),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number({ error: "must be a number of seconds" }).min(0, "must be 0 or more").max(300, "must be at most 300").default(20),
  DATA_DIR: z.string().min(1, "must not be empty").default("data"),
  MEILISEARCH_URL: z.url({ error: "must be an http(s) URL such as http://127.0.0.1:7700" }).optional(),
  MEILISEARCH_KEY: z.string().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().default("Restorative Network <no-reply@restorative.network>"),
  // Every link in an email is built from this, never from the request's Host header (which anyone can forge).
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "must be the site's public origin, such as https://restorative.network" })
    .refine(isBareOrigin, "must be an origin only (scheme, host and port), such as https://restorative.network")
    .transform((v) => new URL(v).origin)
    .optional(),
  SEARCH_WORKER: z.enum(["inline", "off"], { error: "must be inline or off" }).default("inline"),
  // Scheduled jobs: how often each process looks for due runs (each run is claimed once across processes),
  // and the hour (UTC) from which the daily email digest goes out.
  JOBS_TICK_SECONDS: z.coerce
    .number({ error: "must be a whole number of seconds" })
    .int("must be a whole number of seconds")
    .min(1, "must be between 1 and 3600")
    .max(3600, "must be between 1 and 3600")
    .default(60),
  DIGEST_HOUR_UTC: z.coerce
    .number({ error: "must be an hour from 0 to 23" })
    .int("must be an hour from 0 to 23")
    .min(0, "must be an hour from 0 to 23")
    .max(23, "must be an hour from 0 to 23")
    .default(7),
  FLAG_THRESHOLD: z.coerce.number({ error: "must be a whole number" }).int().min(1, "must be at least 1").default(3),
});

/** PUBLIC_URL always has a value: without one, links point at this machine (fine for development). */
export type Env = z.infer<typeof schema> & { PUBLIC_URL: string };

export class EnvError extends Error {}

/** Parses the environment; a bad value becomes one clear line naming the variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? "environment");
    const got = cleaned[name];
    throw new EnvError(`Invalid environment variable ${name}: ${issue.message}${got !== undefined ? ` (got "${got}")` : ""}.`);
  }
  return { ...result.data, PUBLIC_URL: result.data.PUBLIC_URL ?? `http://localhost:${result.data.PORT}` };
}

let cached: Env | undefined;
export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}

export const isProduction = () => getEnv().NODE_ENV === "production";
