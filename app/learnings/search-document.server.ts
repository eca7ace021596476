import { eq } from "drizzle-orm";
import { learningVersions, learnings } from "../../db/schema";
import type { Queryable } from "../../db/client";
import type { SearchDocument } from "~/search/engine/types";
import { CARE_SETTINGS, TOPICS } from "~/taxonomy";
import { markdownToText } from "~/utils/markdown.server";
import { isPubliclyListed } from "~/utils/policy.server";
import { SECTIONS } from "./sections";

/** Event types that have a matching harm topic, so a learning shows under the same topic as resources. */
const EVENT_TOPIC: Record<string, string> = {
  medication: "medication",
  procedure: "surgical",
  diagnosis: "diagnostic",
  infection: "infection",
  communication: "communication",
  equipment: "device",
};

/** Tags mapped to shared taxonomy slugs where a tag names one (by slug or label); others stay out of facets. */
export function topicsFor(setting: string, eventType: string, tags: readonly string[]): string[] {
  const topics = new Set<string>();
  if (CARE_SETTINGS.some((s) => s.value === setting)) topics.add(setting);
  if (EVENT_TOPIC[eventType]) topics.add(EVENT_TOPIC[eventType]!);
  for (const tag of tags) {
    const t = tag.toLowerCase();
    const match = [...TOPICS, ...CARE_SETTINGS].find((o) => o.value === t.replace(/[\s-]+/g, "_") || o.label.toLowerCase() === t);
    if (match) topics.add(match.value);
  }
  return [...topics];
}

/**
 * The search document for a learning, or null unless it is published AND public: members-only and
 * withdrawn learnings are never indexed. The search sync reads this after each outbox row.
 */
export async function learningSearchDocument(db: Queryable, learningId: string): Promise<SearchDocument | null> {
  const [row] = await db
    .select({ learning: learnings, version: learningVersions })
    .from(learnings)
    .innerJoin(learningVersions, eq(learningVersions.id, learnings.currentVersionId))
    .where(eq(learnings.id, learningId));
  if (!row || !row.learning.slug || !isPubliclyListed(row.learning)) return null;
  const { learning, version } = row;
  const sections = version.sections;
  return {
    id: `learning:${learning.id}`,
    kind: "learning",
    slug: learning.slug!,
    title: version.title,
    summary: markdownToText(sections.whatChanged ?? "").slice(0, 400),
    body: SECTIONS.filter((s) => sections[s.key])
      .map((s) => `${s.label}. ${markdownToText(sections[s.key]!)}`)
      .join("\n"),
    type: version.eventType,
    topics: topicsFor(version.setting, version.eventType, version.tags),
    countries: [version.country],
    languages: [version.language],
    year: version.year,
    updatedAt: (learning.lastPublishedAt ?? version.publishedAt).getTime(),
    verifiedAt: null,
  };
}

/** Candidate ids for a full reindex (a superset: the document loader applies the public-listing rule to each). */
export async function publishedLearningIds(db: Queryable): Promise<string[]> {
  const rows = await db.select({ id: learnings.id }).from(learnings).where(eq(learnings.status, "published"));
  return rows.map((r) => r.id);
}
