import { and, asc, eq, inArray } from "drizzle-orm";
import {
  appeals,
  auditLog,
  circleGatheringRsvps,
  circleGatherings,
  circleMemberships,
  circlePosts,
  circleThreadFollows,
  circleThreads,
  circles,
  contactRequests,
  facilitatorProfiles,
  learningDrafts,
  learningReflections,
  learnings,
  moderationActions,
  notifications,
  organisationMembers,
  organisations,
  postFlags,
  resourceSuggestions,
  users,
} from "../../db/schema";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";

/**
 * Everything the platform holds about one person, as they may download it. Only their own rows and their
 * own words: circles by name, never other members' names or pseudonyms; threads they replied to by id,
 * since the title belongs to whoever started it; decisions about them without the name of who decided.
 * Reading it is audited (ids only) in the same transaction that reads it.
 */
export async function exportPersonalData(userId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [account] = await tx
      .select({
        id: users.id,
        email: users.email,
        emailConfirmedAt: users.emailVerifiedAt,
        displayName: users.displayName,
        role: users.role,
        permissions: users.permissions,
        country: users.country,
        timeZone: users.timeZone,
        emailNotifications: users.emailPreference,
        createdAt: users.createdAt,
        deletionDueAt: users.deletionDueAt,
      })
      .from(users)
      .where(eq(users.id, userId));
    if (!account) throw new Error("export of an unknown account");

    const memberships = await tx
      .select({
        id: circleMemberships.id,
        circle: circles.name,
        circleSlug: circles.slug,
        status: circleMemberships.status,
        shownAs: circleMemberships.identity,
        pseudonym: circleMemberships.pseudonym,
        groundRulesAcceptedVersion: circleMemberships.acceptedRulesVersion,
        askedAt: circleMemberships.createdAt,
        joinedAt: circleMemberships.joinedAt,
        yourRequestMessage: circleMemberships.requestMessage,
        decisionReason: circleMemberships.decisionReason,
        decidedAt: circleMemberships.decidedAt,
        mutedUntil: circleMemberships.mutedUntil,
        muteReason: circleMemberships.muteReason,
      })
      .from(circleMemberships)
      .innerJoin(circles, eq(circles.id, circleMemberships.circleId))
      .where(eq(circleMemberships.userId, userId))
      .orderBy(asc(circleMemberships.createdAt));
    const membershipIds = memberships.map((m) => m.id);
    const mine = membershipIds.length ? membershipIds : ["-"];

    const threadsStarted = await tx
      .select({ id: circleThreads.id, circle: circles.name, title: circleThreads.title, createdAt: circleThreads.createdAt })
      .from(circleThreads)
      .innerJoin(circles, eq(circles.id, circleThreads.circleId))
      .where(inArray(circleThreads.authorMembershipId, mine))
      .orderBy(asc(circleThreads.createdAt));
    const posts = await tx
      .select({
        id: circlePosts.id,
        circle: circles.name,
        threadId: circlePosts.threadId,
        startsThread: circlePosts.isOpener,
        text: circlePosts.body,
        contentWarning: circlePosts.contentWarning,
        status: circlePosts.status,
        createdAt: circlePosts.createdAt,
        editedAt: circlePosts.editedAt,
      })
      .from(circlePosts)
      .innerJoin(circles, eq(circles.id, circlePosts.circleId))
      .where(inArray(circlePosts.authorMembershipId, mine))
      .orderBy(asc(circlePosts.createdAt));

    const flagsYouRaised = await tx
      .select({ postId: postFlags.postId, reason: postFlags.reason, note: postFlags.note, createdAt: postFlags.createdAt })
      .from(postFlags)
      .where(eq(postFlags.reporterId, userId));
    const decisionsAboutYou = await tx
      .select({
        id: moderationActions.id,
        circle: circles.name,
        postId: moderationActions.postId,
        action: moderationActions.action,
        reason: moderationActions.reason,
        mutedUntil: moderationActions.mutedUntil,
        createdAt: moderationActions.createdAt,
      })
      .from(moderationActions)
      .innerJoin(circles, eq(circles.id, moderationActions.circleId))
      .where(eq(moderationActions.subjectUserId, userId));
    const yourAppeals = await tx
      .select({
        decisionId: appeals.actionId,
        message: appeals.message,
        status: appeals.status,
        outcomeNote: appeals.decisionNote,
        decidedAt: appeals.decidedAt,
        createdAt: appeals.createdAt,
      })
      .from(appeals)
      .where(eq(appeals.appellantId, userId));

    const gatherings = await tx
      .select({
        gathering: circleGatherings.title,
        circle: circles.name,
        startsAt: circleGatherings.startsAt,
        status: circleGatheringRsvps.status,
        since: circleGatheringRsvps.createdAt,
      })
      .from(circleGatheringRsvps)
      .innerJoin(circleGatherings, eq(circleGatherings.id, circleGatheringRsvps.gatheringId))
      .innerJoin(circles, eq(circles.id, circleGatherings.circleId))
      .where(eq(circleGatheringRsvps.userId, userId));
    const threadsFollowed = await tx
      .select({ threadId: circleThreadFollows.threadId, since: circleThreadFollows.createdAt })
      .from(circleThreadFollows)
      .where(eq(circleThreadFollows.userId, userId));

    const yourLearnings = await tx
      .select({
        id: learnings.id,
        status: learnings.status,
        slug: learnings.slug,
        createdAt: learnings.createdAt,
        firstPublishedAt: learnings.firstPublishedAt,
        draftTitle: learningDrafts.title,
        draftSections: learningDrafts.sections,
        consentBasis: learningDrafts.consentBasis,
        consentPatientFamily: learningDrafts.consentPatientFamily,
        consentPatientFamilyOn: learningDrafts.consentPatientFamilyOn,
        consentStaff: learningDrafts.consentStaff,
        consentStaffOn: learningDrafts.consentStaffOn,
        consentNotSoughtReason: learningDrafts.consentNotSoughtReason,
      })
      .from(learnings)
      .leftJoin(learningDrafts, eq(learningDrafts.learningId, learnings.id))
      .where(eq(learnings.authorId, userId));
    const reflections = await tx
      .select({
        learningId: learningReflections.learningId,
        text: learningReflections.body,
        status: learningReflections.status,
        createdAt: learningReflections.createdAt,
      })
      .from(learningReflections)
      .where(eq(learningReflections.authorId, userId));
    const librarySuggestions = await tx
      .select({
        title: resourceSuggestions.title,
        url: resourceSuggestions.url,
        summary: resourceSuggestions.summary,
        note: resourceSuggestions.note,
        status: resourceSuggestions.status,
        declineReason: resourceSuggestions.declineReason,
        createdAt: resourceSuggestions.createdAt,
      })
      .from(resourceSuggestions)
      .where(eq(resourceSuggestions.suggestedBy, userId));

    const [profile] = await tx.select().from(facilitatorProfiles).where(eq(facilitatorProfiles.userId, userId));
    const facilitatorProfile = profile ? (({ verifiedBy: _who, reminderSentFor: _job, ...rest }) => rest)(profile) : null;
    const requestsYouSent = await tx
      .select({
        id: contactRequests.id,
        facilitator: facilitatorProfiles.displayName,
        harmType: contactRequests.harmType,
        setting: contactRequests.setting,
        modality: contactRequests.modality,
        languages: contactRequests.languages,
        timeframe: contactRequests.timeframe,
        message: contactRequests.message,
        status: contactRequests.status,
        declineReason: contactRequests.declineReason,
        createdAt: contactRequests.createdAt,
      })
      .from(contactRequests)
      .innerJoin(facilitatorProfiles, eq(facilitatorProfiles.id, contactRequests.profileId))
      .where(eq(contactRequests.requesterId, userId));
    const organisationsJoined = await tx
      .select({ name: organisations.name, isAdmin: organisationMembers.isAdmin, since: organisationMembers.createdAt })
      .from(organisationMembers)
      .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
      .where(eq(organisationMembers.userId, userId));

    const yourNotifications = await tx
      .select({
        kind: notifications.kind,
        message: notifications.message,
        link: notifications.href,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
        emailedAt: notifications.emailedAt,
      })
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(asc(notifications.createdAt));
    const activityRecord = await tx
      .select({ action: auditLog.action, about: auditLog.targetType, id: auditLog.targetId, at: auditLog.createdAt })
      .from(auditLog)
      .where(and(eq(auditLog.actorId, userId)))
      .orderBy(asc(auditLog.createdAt));

    await writeAudit(tx, { actorId: userId, action: "account.data_exported", targetType: "user", targetId: userId });
    return {
      about: "Everything Restorative Network holds about you, as of the moment you downloaded it. Other people's names, pseudonyms and words are left out.",
      exportedAt: now().toISOString(),
      account,
      circles: { memberships: memberships.map(({ id: _id, ...m }) => m), threadsStarted, posts, gatherings, threadsFollowed },
      moderation: { flagsYouRaised, decisionsAboutYou, yourAppeals },
      learnings: { yourLearnings, reflections },
      library: { suggestions: librarySuggestions },
      directory: { facilitatorProfile, requestsYouSent, organisations: organisationsJoined },
      notifications: yourNotifications,
      activityRecord,
    };
  });
}
