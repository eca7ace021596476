// The outside-in authorization matrix, as data (issue 14, "Build and prove 1").
//
// Read by tests/integration/security/authz-matrix.test.ts, which builds the world described here over the
// real app (tests/integration/security/authz-world.ts), signs in one browser per principal and asks every
// route of the build, as HTML and as `?_data=<routeId>`, as every principal. Each cell below states the
// status that principal must get; every response is searched for every marker, and a marker may appear
// only for the principals listed beside it. The checker is tests/security/authz-checker.ts.

/** The 17 principals, in the column order of every status row below. */
export const PRINCIPALS = [
  ["anon", "anonymous"],
  ["nonm", "signed-in non-member"],
  ["pend", "pending requester"],
  ["unac", "member who has not accepted the rules"],
  ["memb", "member"],
  ["mute", "muted member"],
  ["remv", "removed member"],
  ["othm", "member of another circle"],
  ["faci", "circle facilitator"],
  ["othf", "facilitator of another circle"],
  ["peer", "peer supporter"],
  ["dirf", "directory facilitator"],
  ["orgm", "organisation member"],
  ["revw", "reviewer"],
  ["modr", "moderator"],
  ["admn", "admin"],
  ["susp", "suspended user"],
] as const;
export type Principal = (typeof PRINCIPALS)[number][0];
export const PRINCIPAL_KEYS: Principal[] = PRINCIPALS.map(([k]) => k);

const SITE_MODERATORS: Principal[] = ["modr", "admn"];
/** Members of circle A who accepted its rules (the muted member still reads). */
const CIRCLE_A_READERS: Principal[] = ["memb", "mute", "faci"];
const SIGNED_IN_ACTIVE: Principal[] = PRINCIPAL_KEYS.filter((p) => p !== "anon" && p !== "susp");

/**
 * A confidential place and who may see what is planted there. Each marker is a unique random word put
 * into that place through the real forms (or the domain functions where a form needs a browser).
 */
export type MarkerSpec = { key: string; place: string; seenBy: Principal[] };

export const MARKERS: MarkerSpec[] = [
  { key: "threadTitleA", place: "thread title in request-only circle A", seenBy: [...CIRCLE_A_READERS, ...SITE_MODERATORS] },
  { key: "postA", place: "a member's post in circle A", seenBy: [...CIRCLE_A_READERS, ...SITE_MODERATORS] },
  { key: "postRemoved", place: "a post by the member later removed from A", seenBy: [...CIRCLE_A_READERS, ...SITE_MODERATORS] },
  { key: "pseudonym", place: "a pseudonym in circle A", seenBy: [...CIRCLE_A_READERS, ...SITE_MODERATORS] },
  { key: "pseudonymPost", place: "a post written under the pseudonym", seenBy: [...CIRCLE_A_READERS, ...SITE_MODERATORS] },
  { key: "heldPost", place: "a post held by a circle watched word", seenBy: ["faci", ...SITE_MODERATORS] },
  { key: "watchedWord", place: "circle A's own watched word", seenBy: ["faci", ...SITE_MODERATORS] },
  { key: "flagNote", place: "moderation evidence: a member's flag note", seenBy: ["faci", ...SITE_MODERATORS] },
  { key: "warnNote", place: "a private note (warning) to the member", seenBy: ["memb", "faci", ...SITE_MODERATORS] },
  // Join requests are decided from the circle's review queue, which site moderators also work (canReviewCircle).
  { key: "pendingNote", place: "the pending requester's note to the facilitators", seenBy: ["pend", "faci", ...SITE_MODERATORS] },
  { key: "muteReason", place: "why the muted member was muted", seenBy: ["mute", "faci", ...SITE_MODERATORS] },
  { key: "removeReason", place: "why the removed member was removed", seenBy: ["remv", "faci", ...SITE_MODERATORS] },
  { key: "appealMessage", place: "the removed member's appeal", seenBy: ["remv", ...SITE_MODERATORS] },
  { key: "gatheringLink", place: "circle A's gathering link", seenBy: [...CIRCLE_A_READERS, ...SITE_MODERATORS] },
  { key: "inviteCircle", place: "the name of an invitation-only circle", seenBy: ["faci", ...SITE_MODERATORS] },
  { key: "threadTitleB", place: "thread title in open circle B", seenBy: ["othm", "othf", ...SITE_MODERATORS] },
  { key: "postB", place: "a post in circle B", seenBy: ["othm", "othf", ...SITE_MODERATORS] },
  { key: "draftPrivate", place: "an unpublished learning draft being written", seenBy: ["memb"] },
  { key: "draftInReview", place: "a learning draft waiting for first review", seenBy: ["peer", "revw", ...SITE_MODERATORS] },
  { key: "membersLearning", place: "a members-only published learning", seenBy: SIGNED_IN_ACTIVE },
  { key: "evidenceFile", place: "a facilitator's uploaded training evidence", seenBy: ["dirf", "admn"] },
  { key: "conflictNote", place: "a facilitator's conflict-of-interest note", seenBy: ["dirf", "admn"] },
  { key: "contactMessage", place: "an organisation's contact request to a facilitator", seenBy: ["orgm", "dirf"] },
  { key: "concernDetails", place: "a concern raised about a facilitator", seenBy: ["admn"] },
  // The care team of circle A: its facilitator and peer supporters (site moderators and admins are peer supporters too).
  { key: "careNote", place: "a care alert's closing note", seenBy: ["faci", "peer", ...SITE_MODERATORS] },
  // Shown to site moderators (the second one decides) and told to the member, who is not one of the principals.
  { key: "revealReason", place: "the reason for a request to reveal a pseudonym's account", seenBy: SITE_MODERATORS },
];

/** Two values that may each be seen, but never together in one response: the sealed pseudonym link. */
export type PairSpec = { key: string; place: string; parts: [string, string]; seenBy: Principal[] };
export const PAIRS: PairSpec[] = [
  { key: "pseudonymAccount", place: "pseudonym ↔ account (display name)", parts: ["pseudonym", "pseudonymOwnerName"], seenBy: [] },
  { key: "pseudonymEmail", place: "pseudonym ↔ account (email)", parts: ["pseudonym", "pseudonymOwnerEmail"], seenBy: [] },
];

/**
 * The URL each route is asked at. `{name}` is filled from the world (authz-world.ts); most point at the
 * confidential objects of circle A. A route may be asked at several URLs (variants).
 */
export type RouteCase = { route: string; url: string; html: string; data?: string | null };

// Status rows: one token per principal, in PRINCIPALS order. 3xx is any redirect (for `?_data=` requests
// Remix answers 204 with X-Remix-Redirect, read as 3xx). `data` defaults to the HTML row; null skips it
// (routes without a loader).
//         anon nonm pend unac memb mute remv othm faci othf peer dirf orgm revw modr admn susp
export const ROUTE_CASES: RouteCase[] = [
  { route: "root", url: "/", html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  { route: "routes/_index", url: "/", html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  { route: "routes/account", url: "/account", html: "3xx  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  3xx" },
  { route: "routes/account_.delete", url: "/account/delete", html: "3xx  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  3xx" },
  // Shown after deletion is scheduled, to whoever arrives there: it says nothing about anyone.
  {
    route: "routes/account_.deleted",
    url: "/account/deleted",
    data: null,
    html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200",
  },
  { route: "routes/account_.export", url: "/account/export", html: "3xx  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  3xx" },
  // The file itself only answers a same-site POST; a GET goes back to the export page.
  {
    route: "routes/account_.export[.json]",
    url: "/account/export.json",
    html: "3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx",
  },
  { route: "routes/admin", url: "/admin", html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  3xx" },
  { route: "routes/admin._index", url: "/admin", html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  3xx" },
  { route: "routes/admin.audit", url: "/admin/audit", html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  3xx" },
  {
    route: "routes/admin.users.$userId",
    url: "/admin/users/{memberId}",
    html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  3xx",
  },
  {
    route: "routes/admin.users.$userId",
    url: "/admin/users/{pseudonymOwnerId}",
    html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  3xx",
  },
  { route: "routes/appeals", url: "/appeals", html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  3xx" },
  {
    route: "routes/appeals_.$appealId",
    url: "/appeals/{appealId}",
    html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  3xx",
  },
  {
    route: "routes/appeals_.new",
    url: "/appeals/new?action={removeActionId}",
    html: "3xx  404  404  404  404  404  200  404  404  404  404  404  404  404  404  404  3xx",
  },
  {
    route: "routes/calendar.$token.circles[.ics]",
    url: "/calendar/no-such-token/circles.ics",
    html: "404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404",
  },
  { route: "routes/care", url: "/care", html: "3xx  403  403  403  403  403  403  403  200  200  200  403  403  403  200  200  3xx" },
  { route: "routes/care_.$alertId", url: "/care/{careAlertId}", html: "3xx  404  404  404  404  404  404  404  200  404  200  404  404  404  200  200  3xx" },
  { route: "routes/care_.$alertId", url: "/care/no-such-alert", html: "3xx  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  3xx" },
  { route: "routes/care_.close-note", url: "/care/close-note", html: "3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx" },
  {
    route: "routes/care_.request-peer",
    url: "/care/request-peer",
    html: "3xx  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  3xx",
  },
  {
    route: "routes/circles.$slug._index",
    url: "/circles/{circleA}",
    html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200",
  },
  {
    route: "routes/circles.$slug._index",
    url: "/circles/{circleA}?view=moderating",
    html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200",
  },
  {
    route: "routes/circles.$slug._index",
    url: "/circles/{circleB}",
    html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200",
  },
  {
    route: "routes/circles.$slug.gatherings.$gatheringId._index",
    url: "/circles/{circleA}/gatherings/{gatheringA}",
    html: "3xx  3xx  3xx  3xx  200  200  3xx  3xx  200  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx",
  },
  {
    route: "routes/circles.$slug.gatherings.$gatheringId._index",
    url: "/circles/{circleA}/gatherings/{gatheringA}?view=moderating",
    html: "3xx  3xx  3xx  3xx  200  200  3xx  3xx  200  3xx  3xx  3xx  3xx  3xx  200  200  3xx",
  },
  {
    route: "routes/circles.$slug.gatherings.$gatheringId.edit",
    url: "/circles/{circleA}/gatherings/{gatheringA}/edit",
    html: "3xx  403  403  403  403  403  403  403  200  403  403  403  403  403  403  200  3xx",
  },
  {
    route: "routes/circles.$slug.gatherings.$gatheringId.event[.ics]",
    url: "/circles/{circleA}/gatherings/{gatheringA}/event.ics",
    html: "3xx  3xx  3xx  3xx  200  200  3xx  3xx  200  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx",
  },
  {
    route: "routes/circles.$slug.gatherings.new",
    url: "/circles/{circleA}/gatherings/new",
    html: "3xx  403  403  403  403  403  403  403  200  403  403  403  403  403  403  200  3xx",
  },
  {
    route: "routes/circles.$slug.members",
    url: "/circles/{circleA}/members",
    html: "3xx  3xx  3xx  3xx  200  200  3xx  3xx  200  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx",
  },
  {
    route: "routes/circles.$slug.members",
    url: "/circles/{circleA}/members?view=moderating",
    html: "3xx  3xx  3xx  3xx  200  200  3xx  3xx  200  3xx  3xx  3xx  3xx  3xx  200  200  3xx",
  },
  {
    route: "routes/circles.$slug.posts.$postId.edit",
    url: "/circles/{circleA}/posts/{postA}/edit",
    html: "3xx  403  403  3xx  200  403  403  403  404  403  403  403  403  403  403  403  3xx",
  },
  {
    route: "routes/circles.$slug.review",
    url: "/circles/{circleA}/review",
    html: "3xx  403  403  403  403  403  403  403  200  403  403  403  403  403  200  200  3xx",
  },
  {
    route: "routes/circles.$slug.rules",
    url: "/circles/{circleA}/rules",
    html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200",
  },
  {
    route: "routes/circles.$slug.threads.$threadId",
    url: "/circles/{circleA}/threads/{threadA}",
    html: "3xx  3xx  3xx  3xx  200  200  3xx  3xx  200  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx",
  },
  {
    route: "routes/circles.$slug.threads.$threadId",
    url: "/circles/{circleA}/threads/{threadA}?view=moderating",
    html: "3xx  3xx  3xx  3xx  200  200  3xx  3xx  200  3xx  3xx  3xx  3xx  3xx  200  200  3xx",
  },
  {
    route: "routes/circles.$slug.threads.$threadId",
    url: "/circles/{circleB}/threads/{threadB}",
    html: "3xx  3xx  3xx  3xx  3xx  3xx  3xx  200  3xx  200  3xx  3xx  3xx  3xx  3xx  3xx  3xx",
  },
  {
    route: "routes/circles.$slug.threads.new",
    url: "/circles/{circleA}/threads/new",
    html: "3xx  403  403  3xx  200  403  403  403  200  403  403  403  403  403  403  403  3xx",
  },
  {
    route: "routes/circles.$slug.watched-words",
    url: "/circles/{circleA}/watched-words",
    html: "3xx  403  403  403  403  403  403  403  200  403  403  403  403  403  200  200  3xx",
  },
  {
    route: "routes/circles.$slug.watched-words[.csv]",
    url: "/circles/{circleA}/watched-words.csv",
    html: "3xx  403  403  403  403  403  403  403  200  403  403  403  403  403  200  200  3xx",
  },
  { route: "routes/circles._index", url: "/circles", html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  {
    route: "routes/circles.invitations.$token",
    url: "/circles/invitations/no-such-token",
    html: "3xx  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  3xx",
  },
  { route: "routes/circles.new", url: "/circles/new", html: "3xx  403  403  403  403  403  403  403  200  200  403  200  403  403  200  200  3xx" },
  { route: "routes/dev.mail", url: "/dev/mail", html: "404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404" },
  {
    route: "routes/facilitators.$slug",
    url: "/facilitators/{profile}",
    html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200",
  },
  {
    route: "routes/facilitators.$slug_.concern",
    url: "/facilitators/{profile}/concern",
    html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200",
  },
  {
    route: "routes/facilitators.$slug_.evidence.$trainingId",
    url: "/facilitators/{profile}/evidence/{trainingId}",
    html: "3xx  403  403  403  403  403  403  403  403  403  403  200  403  403  403  200  3xx",
  },
  {
    route: "routes/facilitators.$slug_.request",
    url: "/facilitators/{profile}/request",
    html: "3xx  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  3xx",
  },
  {
    route: "routes/facilitators.$slug_.verify",
    url: "/facilitators/{profile}/verify",
    html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  3xx",
  },
  { route: "routes/facilitators._index", url: "/facilitators", html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  {
    route: "routes/facilitators.concerns",
    url: "/facilitators/concerns",
    html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  3xx",
  },
  { route: "routes/facilitators.me", url: "/facilitators/me", html: "3xx  403  403  403  403  403  403  403  200  200  403  200  403  403  403  403  3xx" },
  {
    route: "routes/facilitators.me_.training",
    url: "/facilitators/me/training",
    html: "3xx  403  403  403  403  403  403  403  3xx  3xx  403  200  403  403  403  403  3xx",
  },
  { route: "routes/flags", url: "/flags?postId={postA}", html: "3xx  404  404  404  404  200  404  404  200  404  404  404  404  404  404  404  3xx" },
  { route: "routes/flags_.new", url: "/flags/new?postId={postA}", html: "3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx" },
  { route: "routes/forgot-password", url: "/forgot-password", html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  { route: "routes/healthz", url: "/healthz", html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  {
    route: "routes/learnings.$slug",
    url: "/learnings/{learning}",
    html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200",
  },
  { route: "routes/learnings._index", url: "/learnings", html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  {
    route: "routes/learnings.drafts.$id._index",
    url: "/learnings/drafts/{draftReview}",
    html: "3xx  404  404  404  404  404  404  404  404  404  200  404  404  3xx  3xx  3xx  3xx",
  },
  {
    route: "routes/learnings.drafts.$id._index",
    url: "/learnings/drafts/{draftPrivate}",
    html: "3xx  404  404  404  200  404  404  404  404  404  404  404  404  404  404  404  3xx",
  },
  {
    route: "routes/learnings.drafts.$id.check",
    url: "/learnings/drafts/{draftReview}/check",
    html: "3xx  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  3xx",
  },
  {
    route: "routes/learnings.drafts.$id.check",
    url: "/learnings/drafts/{draftPrivate}/check",
    html: "3xx  404  404  404  200  404  404  404  404  404  404  404  404  404  404  404  3xx",
  },
  {
    route: "routes/learnings.drafts.$id.findings",
    url: "/learnings/drafts/{draftReview}/findings",
    html: "404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404",
  },
  {
    route: "routes/learnings.drafts.$id.findings",
    url: "/learnings/drafts/{draftPrivate}/findings",
    html: "404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404",
  },
  {
    route: "routes/learnings.drafts.$id.review",
    url: "/learnings/drafts/{draftReview}/review",
    html: "3xx  404  404  404  404  404  404  404  404  404  403  404  404  200  200  200  3xx",
  },
  {
    route: "routes/learnings.drafts.$id.review",
    url: "/learnings/drafts/{draftPrivate}/review",
    html: "3xx  404  404  404  403  404  404  404  404  404  404  404  404  404  404  404  3xx",
  },
  { route: "routes/learnings.mine", url: "/learnings/mine", html: "3xx  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  3xx" },
  { route: "routes/learnings.new", url: "/learnings/new", html: "3xx  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  3xx" },
  { route: "routes/learnings.reviews", url: "/learnings/reviews", html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  200  200  200  3xx" },
  { route: "routes/learnings[.]atom", url: "/learnings.atom", html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  // A public pointer to the resource library: everyone is sent on to /resources.
  { route: "routes/library", url: "/library", html: "3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx" },
  { route: "routes/login", url: "/login", html: "200  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  200" },
  { route: "routes/logout", url: "/logout", html: "3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx" },
  { route: "routes/moderation", url: "/moderation", html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  3xx" },
  {
    route: "routes/moderation_.watched-words",
    url: "/moderation/watched-words",
    html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  3xx",
  },
  {
    route: "routes/moderation_.watched-words[.csv]",
    url: "/moderation/watched-words.csv",
    html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  3xx",
  },
  { route: "routes/notifications", url: "/notifications", html: "3xx  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  3xx" },
  {
    route: "routes/requests.$requestId",
    url: "/requests/{requestId}",
    html: "3xx  404  404  404  404  404  404  404  404  404  404  200  200  404  404  404  3xx",
  },
  { route: "routes/requests._index", url: "/requests", html: "3xx  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  3xx" },
  { route: "routes/requests.inbox", url: "/requests/inbox", html: "3xx  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  3xx" },
  { route: "routes/reset-password", url: "/reset-password", html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  { route: "routes/privacy", url: "/privacy", data: null, html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  {
    route: "routes/resources.$slug",
    url: "/resources/{resource}",
    html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200",
  },
  {
    route: "routes/resources.$slug.edit",
    url: "/resources/{resource}/edit",
    html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  3xx",
  },
  { route: "routes/resources._index", url: "/resources", html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  { route: "routes/resources.import", url: "/resources/import", html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  3xx" },
  { route: "routes/resources.new", url: "/resources/new", html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  3xx" },
  { route: "routes/resources.queue", url: "/resources/queue", html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  3xx" },
  { route: "routes/resources.suggest", url: "/resources/suggest", html: "3xx  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  3xx" },
  { route: "routes/resources[.]atom", url: "/resources.atom", html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  { route: "routes/reveals", url: "/reveals", html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  3xx" },
  {
    route: "routes/reveals_.$revealId",
    url: "/reveals/{revealId}",
    html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  3xx",
  },
  {
    route: "routes/reveals_.$revealId",
    url: "/reveals/no-such-reveal",
    html: "3xx  403  403  403  403  403  403  403  403  403  403  403  403  403  404  404  3xx",
  },
  { route: "routes/search", url: "/search", html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  { route: "routes/signup", url: "/signup", html: "200  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  3xx  200" },
  {
    route: "routes/signup_.check-email",
    url: "/signup/check-email",
    html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200",
  },
  { route: "routes/support", url: "/support", html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  { route: "routes/terms", url: "/terms", data: null, html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
  { route: "routes/verify-email", url: "/verify-email", html: "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200" },
];
