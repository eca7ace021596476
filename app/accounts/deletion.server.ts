import { and, eq, inArray, isNotNull, isNull, lte, ne, sql } from "drizzle-orm";
import {
  circleFacilitators,
  circleGatheringRsvps,
  circleMemberships,
  circlePostRevisions,
  circlePosts,
  circleThreadFollows,
  circleThreads,
  contactRequests,
  emailOutbox,
  emailTokens,
  facilitatorProfiles,
  learningReflections,
  learnings,
  notifications,
  organisationMembers,
  resourceSuggestions,
  sessions,
  users,
} from "../../db/schema";
import type { Database, Queryable } from "../../db/client";
import { queueEmail } from "~/utils/email.server";
import { wakeEmailDelivery } from "~/notifications/email-delivery.server";
import { writeAudit } from "~/utils/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { publicLink } from "~/utils/email.server";
import { log } from "~/utils/log.server";
import { enqueueSearchSync } from "~/utils/outbox.server";
import { verifyPassword } from "~/utils/password.server";
import { formatDayInZone } from "~/utils/time";

import { DELETION_GRACE_DAYS, DELETION_PHRASE, FORMER_MEMBER } from "./deletion-policy";

const DAY_MS = 86_400_000;
const ERASED_REQUEST_MESSAGE = "The person who sent this request has deleted their account, and their message with it.";

export type PostsChoice = "keep" | "remove";
type Outcome = { ok: true; dueAt: Date } | { ok: false; errors: Record<string, string> };

/**
 * Schedules the person's account for erasure in DELETION_GRACE_DAYS, after they typed the phrase and their
 * password. One transaction: the schedule, every session ended, the audit entry and the confirming email.
 */
export async function requestAccountDeletion(userId: string, input: { password: string; phrase: string; posts: string }): Promise<Outcome> {
  const errors: Record<string, string> = {};
  if (input.phrase.trim().toLowerCase() !== DELETION_PHRASE) errors.phrase = `Please type the words “${DELETION_PHRASE}” to confirm.`;
  if (input.posts !== "keep" && input.posts !== "remove") errors.posts = "Please choose what happens to your posts in circles.";
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.erasedAt) return { ok: false, errors: { form: "This account no longer exists." } };
  if (!input.password) errors.password = "Please enter your password.";
  else if (!(await verifyPassword(user.passwordHash, input.password))) errors.password = "That password is not right. Please try again.";
  if (Object.keys(errors).length) return { ok: false, errors };
  const dueAt = new Date(now().getTime() + DELETION_GRACE_DAYS * DAY_MS);
  const posts = input.posts as PostsChoice;
  await db.transaction(async (tx) => {
    await tx.update(users).set({ deletionDueAt: dueAt, deletionPosts: posts }).where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await writeAudit(tx, {
      actorId: userId,
      action: "account.deletion_requested",
      targetType: "user",
      targetId: userId,
      metadata: { posts, dueAt: dueAt.toISOString() },
    });
    await queueEmail(tx, {
      to: user.email,
      subject: "Your Restorative Network account will be deleted",
      text: [
        `You asked us to delete your Restorative Network account. We will do it on ${formatDayInZone(dueAt, user.timeZone)}.`,
        posts === "keep"
          ? `Your posts in circles will stay, shown under "${FORMER_MEMBER}", so conversations still make sense to the people in them.`
          : "Your posts in circles will be removed; others will see that a post was removed by its author.",
        `If you change your mind, sign in before then and choose "Keep my account": ${publicLink("/login")}`,
        "You have been signed out on every device.",
      ].join("\n\n"),
    });
  });
  wakeEmailDelivery();
  return { ok: true, dueAt };
}

/** Cancels a scheduled deletion (the person signed in during the grace period and chose to stay). */
export async function keepAccount(userId: string): Promise<boolean> {
  const db = await getDb();
  const kept = await db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ deletionDueAt: null, deletionPosts: null })
      .where(and(eq(users.id, userId), isNotNull(users.deletionDueAt), isNull(users.erasedAt)))
      .returning({ email: users.email });
    if (!user) return false;
    await writeAudit(tx, { actorId: userId, action: "account.deletion_cancelled", targetType: "user", targetId: userId });
    await queueEmail(tx, {
      to: user.email,
      subject: "Your Restorative Network account is staying",
      text: "You chose to keep your Restorative Network account, so we will not delete it. Nothing else has changed.\n\nIf this was not you, please change your password in your account settings.",
    });
    return true;
  });
  if (kept) wakeEmailDelivery();
  return kept;
}

/**
 * Erases one account's personal data, in one transaction with its audit entry and farewell email. The user
 * row stays as an empty "Former member" so that kept posts still have an author; nothing left in it (no
 * email, name, pseudonym, country or password) points back to the person.
 */
async function eraseAccount(tx: Queryable, user: typeof users.$inferSelect) {
  const at = now();
  const memberships = await tx.select({ id: circleMemberships.id }).from(circleMemberships).where(eq(circleMemberships.userId, user.id));
  const membershipIds = memberships.map((m) => m.id);
  let removedPosts = 0;
  if (membershipIds.length && user.deletionPosts === "remove") {
    const mine = inArray(circlePosts.authorMembershipId, membershipIds);
    const posts = await tx
      .select({ id: circlePosts.id })
      .from(circlePosts)
      .where(and(mine, ne(circlePosts.status, "deleted")));
    removedPosts = posts.length;
    await tx.delete(circlePostRevisions).where(inArray(circlePostRevisions.postId, tx.select({ id: circlePosts.id }).from(circlePosts).where(mine)));
    await tx
      .update(circlePosts)
      .set({ status: "deleted", deletedByRole: "author", deleteReason: null, body: "", bodyHtml: null, bodyHtmlVersion: null, contentWarning: null })
      .where(mine);
    await tx.update(circleThreads).set({ title: "A thread whose author left" }).where(inArray(circleThreads.authorMembershipId, membershipIds));
  }
  if (membershipIds.length) {
    await tx
      .update(circleMemberships)
      .set({
        identity: "display_name",
        pseudonym: null,
        pseudonymKey: null,
        requestMessage: null,
        decisionReason: null,
        muteReason: null,
        status: sql`case when ${circleMemberships.status} in ('active', 'pending') then 'left' else ${circleMemberships.status} end`,
      })
      .where(eq(circleMemberships.userId, user.id));
  }
  const profiles = await tx.delete(facilitatorProfiles).where(eq(facilitatorProfiles.userId, user.id)).returning({ id: facilitatorProfiles.id });
  for (const p of profiles) await enqueueSearchSync(tx, "facilitator", p.id);
  await tx.delete(learnings).where(and(eq(learnings.authorId, user.id), eq(learnings.status, "draft")));
  await tx.delete(learningReflections).where(eq(learningReflections.authorId, user.id));
  await tx.delete(resourceSuggestions).where(and(eq(resourceSuggestions.suggestedBy, user.id), eq(resourceSuggestions.status, "pending")));
  // Contact requests the person sent: unanswered ones are withdrawn; answered ones stay as the facilitator's
  // record (and their response figures) with the person's own message removed. The organisation is not theirs.
  await tx.delete(contactRequests).where(and(eq(contactRequests.requesterId, user.id), eq(contactRequests.status, "pending")));
  await tx.update(contactRequests).set({ message: ERASED_REQUEST_MESSAGE }).where(eq(contactRequests.requesterId, user.id));
  // Emails to the person, sent (kept for 30 days as a delivery record) or still waiting: the address goes now.
  await tx.delete(emailOutbox).where(eq(emailOutbox.toAddress, user.email));
  for (const table of [sessions, emailTokens, notifications, circleThreadFollows, circleGatheringRsvps, organisationMembers, circleFacilitators]) {
    await tx.delete(table).where(eq(table.userId, user.id));
  }
  await tx
    .update(users)
    .set({
      email: `erased-${user.id}@erased.invalid`,
      displayName: FORMER_MEMBER,
      passwordHash: "erased",
      role: "member",
      permissions: [],
      country: null,
      timeZone: "UTC",
      emailPreference: "off",
      calendarToken: null,
      suspendedAt: at,
      suspendedReason: null,
      deletionDueAt: null,
      deletionPosts: null,
      erasedAt: at,
    })
    .where(eq(users.id, user.id));
  await writeAudit(tx, {
    actorId: null,
    action: "account.erased",
    targetType: "user",
    targetId: user.id,
    metadata: { posts: user.deletionPosts ?? "keep", removedPosts, memberships: membershipIds.length },
  });
  await queueEmail(tx, {
    to: user.email,
    subject: "Your Restorative Network account is deleted",
    text: "As you asked, we have deleted your Restorative Network account and the personal data it held. This is the last email we will send you.\n\nThank you for being part of the network. If you ever want to come back, you are welcome to sign up again.",
  });
}

/** Erases every account whose grace period has ended, each in its own transaction. Run by a scheduled job. */
export async function eraseDueAccounts(db?: Database): Promise<number> {
  const database = db ?? (await getDb());
  const due = await database
    .select({ id: users.id })
    .from(users)
    .where(and(lte(users.deletionDueAt, now()), isNull(users.erasedAt)));
  let erased = 0;
  for (const { id } of due) {
    const done = await database.transaction(async (tx) => {
      // Read again inside the transaction, locked: the person may have kept their account a moment ago.
      const [user] = await tx
        .select()
        .from(users)
        .where(and(eq(users.id, id), lte(users.deletionDueAt, now()), isNull(users.erasedAt)))
        .for("update");
      if (!user) return false;
      await eraseAccount(tx, user);
      return true;
    });
    if (done) {
      erased += 1;
      log("accounts.erased", { userId: id });
    }
  }
  if (erased) wakeEmailDelivery();
  return erased;
}
