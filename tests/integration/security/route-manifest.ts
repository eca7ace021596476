import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { inject } from "vitest";
import type { Database } from "../../../db/client";
import {
  appeals,
  careAlerts,
  circleGatherings,
  circlePosts,
  circles,
  circleThreads,
  contactRequests,
  facilitatorProfiles,
  facilitatorTraining,
  learningDrafts,
  learnings,
  resources,
  revealRequests,
  users,
} from "../../../db/schema";

export type ActionRoute = { id: string; pattern: string; url: string | null };

/** Every route module in the build that exports an action (or, with "page", that renders or loads; with "loader", that loads), with its full URL pattern. */
export async function actionRoutes(kind: "action" | "page" | "loader" = "action"): Promise<Omit<ActionRoute, "url">[]> {
  const build = (await import(pathToFileURL(path.join(inject("buildDir"), "index.js")).href)) as ServerBuild;
  const fullPath = (id: string): string => {
    const route = build.routes[id]!;
    const own = route.path ?? "";
    const parent = route.parentId ? fullPath(route.parentId) : "";
    return [parent, own].filter(Boolean).join("/").replace(/\/+/g, "/");
  };
  return Object.values(build.routes)
    .filter((r) => {
      const m = r.module as { action?: unknown; loader?: unknown; default?: unknown };
      if (kind === "action") return typeof m.action === "function";
      if (kind === "loader") return typeof m.loader === "function";
      return typeof m.loader === "function" || typeof m.default === "function";
    })
    .map((r) => ({ id: r.id, pattern: `/${fullPath(r.id)}`.replace(/\/+/g, "/") }));
}

/** Real ids from the demo seed for each URL parameter, so actions get past their 404s. */
export async function paramValues(db: Database): Promise<Record<string, (pattern: string) => string | undefined>> {
  const first = async <T>(rows: Promise<T[]>) => (await rows)[0];
  const circle = await first(db.select().from(circles));
  const thread = await first(db.select().from(circleThreads));
  const post = await first(db.select().from(circlePosts));
  const gathering = await first(db.select().from(circleGatherings));
  const profile = await first(db.select().from(facilitatorProfiles));
  const training = await first(db.select().from(facilitatorTraining));
  const draft = await first(db.select().from(learningDrafts));
  const learning = await first(db.select().from(learnings));
  const resource = await first(db.select().from(resources));
  const appeal = await first(db.select().from(appeals));
  const alert = await first(db.select().from(careAlerts));
  const reveal = await first(db.select().from(revealRequests));
  const request = await first(db.select().from(contactRequests));
  const user = await first(db.select().from(users));
  return {
    slug: (p) =>
      p.startsWith("/circles")
        ? circle?.slug
        : p.startsWith("/facilitators")
          ? profile?.slug
          : p.startsWith("/resources")
            ? resource?.slug
            : (learning?.slug ?? undefined),
    threadId: () => thread?.id,
    postId: () => post?.id,
    gatheringId: () => gathering?.id,
    token: () => "no-such-invitation-token",
    trainingId: () => training?.id,
    id: () => draft?.learningId,
    appealId: () => appeal?.id,
    alertId: () => alert?.id,
    revealId: () => reveal?.id,
    requestId: () => request?.id,
    userId: () => user?.id,
  };
}

export function fillPattern(pattern: string, values: Record<string, (pattern: string) => string | undefined>): string | null {
  let missing = false;
  const url = pattern.replace(/:(\w+)\??/g, (_m, name: string) => {
    const v = values[name]?.(pattern);
    if (!v) missing = true;
    return encodeURIComponent(v ?? "");
  });
  return missing ? null : url;
}

/** Field names and intent values of the forms a page renders, read from its HTML. */
export function formShape(html: string): { fields: string[]; intents: string[] } {
  const fields = new Set<string>();
  const intents = new Set<string>();
  for (const m of html.matchAll(/<(input|textarea|select|button)\b[^>]*>/g)) {
    const name = m[0].match(/\bname="([^"]+)"/)?.[1];
    if (!name) continue;
    const value = m[0].match(/\bvalue="([^"]*)"/)?.[1];
    if (name === "intent" || name === "_action") {
      if (value) intents.add(value);
    } else fields.add(name);
  }
  return { fields: [...fields], intents: [...intents] };
}
