import type { Database } from "../client";
import { enqueueSearchSync } from "../../app/utils/outbox.server";
import { learningDrafts, learningVersions, learnings, type LearningSections } from "../schema";
import type { DemoKey } from "./accounts";
import { LEARNINGS } from "./data/learnings";

const DAY = 86_400_000;
const AUTHORS: DemoKey[] = ["facilitator", "member", "member2", "member3", "peer", "member4", "org", "member"];
const idFor = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, "0")}`;

/**
 * Seeds the demo learnings as published (with search outbox rows, as publication would write), plus one
 * private draft and one waiting for reviewer one, so the check and review pages have something to show.
 */
export async function seedLearnings(db: Database, people: Record<DemoKey, string>): Promise<void> {
  const now = Date.now();
  await db.transaction(async (tx) => {
    for (const [i, l] of LEARNINGS.entries()) {
      const id = idFor(i + 1);
      const versionId = idFor(500 + i + 1);
      const publishedAt = new Date(now - (i * 9 + 3) * DAY);
      await tx.insert(learnings).values({
        id,
        authorId: people[AUTHORS[i % AUTHORS.length]!],
        slug: l.slug,
        status: "published",
        visibility: l.visibility,
        currentVersionId: versionId,
        firstPublishedAt: publishedAt,
        lastPublishedAt: publishedAt,
        createdAt: publishedAt,
        updatedAt: publishedAt,
      });
      await tx.insert(learningVersions).values({
        id: versionId,
        learningId: id,
        version: 1,
        title: l.title,
        setting: l.setting,
        eventType: l.eventType,
        country: l.country,
        year: l.year,
        language: l.language,
        tags: l.tags,
        sections: l.sections as LearningSections,
        consentBasis: "obtained",
        publishedAt,
      });
      // The same path every write takes: the search document now, an outbox row only when Meilisearch is on.
      await enqueueSearchSync(tx, "learning", id);
    }

    const draftId = idFor(900);
    await tx.insert(learnings).values({ id: draftId, authorId: people.member, status: "draft" });
    await tx.insert(learningDrafts).values({
      learningId: draftId,
      title: "A handover that left out an allergy",
      setting: "hospital_ward",
      eventType: "communication",
      country: "GB",
      year: 2025,
      tags: "handover, allergy, night shift",
      sections: {
        whatHappened:
          "Mr Lewin Hartwell was given an antibiotic he was allergic to on 14 March 2025 at Northfield General Hospital, after a night handover that did not mention the allergy. He recovered after treatment.",
        whoAffected: "The patient and his son. The nurse who gave the dose, and the nurse who gave the handover.",
      },
      consentBasis: "obtained",
      consentPatientFamily: "The patient",
      consentPatientFamilyOn: "2025-05-02",
    });

    const reviewId = idFor(901);
    await tx.insert(learnings).values({ id: reviewId, authorId: people.facilitator, status: "draft" });
    await tx.insert(learningDrafts).values({
      learningId: reviewId,
      stage: "awaiting_first",
      submission: 1,
      submittedAt: new Date(now - 2 * DAY),
      title: "A delayed scan and a family's long wait for answers",
      setting: "emergency",
      eventType: "diagnosis",
      country: "CA",
      year: 2024,
      tags: "diagnosis, waiting, open disclosure",
      sections: {
        whatHappened:
          "An older woman came to the emergency department with a severe headache. A scan was planned but delayed during a busy evening, and a bleed was found the next morning. She recovered slowly, and her family waited weeks to understand what had happened.",
        whoAffected:
          "The patient and her two adult children. The emergency physician and the charge nurse on shift. The imaging team, who had been short-staffed for months.",
        impactsAndNeeds:
          "The family needed a clear, honest account and to know it would not happen again. The physician needed to say sorry and to understand the delay. The imaging team needed their staffing concerns heard.",
        responsibilities:
          "The department leads took responsibility for the delay and for the slow communication afterwards. A trained facilitator prepared each person before a restorative meeting.",
        whatChanged:
          "Scans for sudden severe headache now have a protected time target, and families are offered a conversation within a week of any serious delay.",
        freeOfHarm: "Every family would leave with answers, and every clinician would feel able to raise a delay before it becomes harm.",
      },
      consentBasis: "obtained",
      consentPatientFamily: "The patient and her daughter",
      consentPatientFamilyOn: "2025-01-20",
      consentStaff: "The emergency physician and the charge nurse",
      consentStaffOn: "2025-01-22",
    });
  });
}
