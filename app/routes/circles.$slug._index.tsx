import { formInvalid } from "~/utils/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { readerOf } from "~/circles/access.server";
import { countMembers } from "~/circles/circles.server";
import { listUpcomingGatherings } from "~/circles/gatherings.server";
import { circleFor, isModeratingView, recordModeratingView } from "~/circles/guards.server";
import { joinCircle, leaveCircle } from "~/circles/membership.server";
import { IdentitySchema, JoinRequestSchema } from "~/circles/schema.server";
import { decodeCursor, listThreads } from "~/circles/threads.server";
import { formatPostTime, formatTimeRange } from "~/circles/time";
import { CircleNav, IdentityFields, KIND_LABELS, ModeratingBanner } from "~/circles/ui";
import { FlaggedNote } from "~/circles/FlaggedNote";
import { FormMessage, TextArea, useFormReply } from "~/components/forms";
import { Visibility } from "~/components/page";
import { LANGUAGES } from "~/taxonomy";
import { requireUser } from "~/utils/auth.server";
import { now } from "~/utils/clock.server";
import { formValues, parseForm, type FieldErrors } from "~/utils/forms";
import { notFound, requiredParam } from "~/utils/guards.server";
import {
  canAskToJoin,
  canManageCircle,
  canModerateCircle,
  canOpenModeratingView,
  canPostInCircle,
  canReadCircleContent,
  isMuted,
  mustAcceptRules,
} from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageMeta(
    `${data?.circle.name ?? "Circle"} · Restorative Network`,
    `${data?.circle.name ?? "A circle"}: a confidential peer-support circle on Restorative Network, its threads and gatherings.`,
  ),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, ctx } = await circleFor(request, context, requiredParam(params, "slug"));
  const { circle, facts, membership } = ctx;
  const moderating = isModeratingView(request) && canOpenModeratingView(user, facts) && !canReadCircleContent(user, facts);
  const viewer = readerOf(user, ctx, moderating);
  if (viewer?.mode === "moderating") await recordModeratingView(user!.id, ctx, { targetType: "circle", targetId: circle.id });
  const tz = user?.timeZone ?? circle.timeZone;
  const at = now();
  const url = new URL(request.url);
  const threadPage = viewer
    ? await listThreads(ctx, viewer, { after: decodeCursor(url.searchParams.get("after")), before: decodeCursor(url.searchParams.get("before")) })
    : { threads: [], newerCursor: null, olderCursor: null };
  const gatherings = viewer ? await listUpcomingGatherings(circle.id, user?.id ?? null) : [];
  return json({
    circle: {
      id: circle.id,
      slug: circle.slug,
      name: circle.name,
      purpose: circle.purpose,
      kind: circle.kind,
      language: LANGUAGES[circle.language] ?? circle.language,
      lang: circle.language,
      capacity: circle.capacity,
      memberCount: user ? await countMembers(circle.id) : null,
    },
    signedIn: !!user,
    displayName: user?.displayName ?? "",
    me: membership
      ? {
          status: membership.status,
          decisionReason: membership.status === "declined" || membership.status === "removed" ? membership.decisionReason : null,
          mustAccept: mustAcceptRules(facts),
          muted: isMuted(facts, at) ? formatPostTime(membership.mutedUntil!, tz) : null,
          appearsAs: membership.identity === "pseudonym" ? membership.pseudonym : user!.displayName,
        }
      : null,
    mode: viewer?.mode ?? null,
    canJoin: canAskToJoin(user, facts),
    canPost: canPostInCircle(user, facts, at),
    canManage: canManageCircle(user, facts),
    canModerate: canModerateCircle(user, facts),
    offerModeratingView: !viewer && canOpenModeratingView(user, facts),
    threads: threadPage.threads.map((t) => ({ ...t, lastPostAt: formatPostTime(t.lastPostAt, tz) })),
    newerCursor: threadPage.newerCursor,
    olderCursor: threadPage.olderCursor,
    gatherings: gatherings.map((g) => ({
      id: g.id,
      title: g.title,
      cancelled: !!g.cancelled,
      when: formatTimeRange(g.startsAt, g.endsAt, tz),
      going: g.going,
      capacity: g.capacity,
      myStatus: g.myStatus,
    })),
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { ctx } = await circleFor(request, context, requiredParam(params, "slug"));
  const values = formValues(await request.formData());
  if (values.intent === "leave") {
    if (ctx.membership?.status !== "active") return formInvalid({ errors: { form: "You are not a member of this circle." } as FieldErrors, values });
    await leaveCircle({ actor: user, ctx });
    return redirect(`/circles/${ctx.circle.slug}`);
  }
  if (values.intent !== "join" || !canAskToJoin(user, ctx.facts)) notFound();
  const identity = parseForm(IdentitySchema, values);
  const message = ctx.circle.kind === "request" ? parseForm(JoinRequestSchema, values) : null;
  if (!identity.ok || (message && !message.ok)) {
    return json({ errors: { ...(identity.ok ? {} : identity.errors), ...(message && !message.ok ? message.errors : {}) }, values }, { status: 400 });
  }
  const result = await joinCircle({ actor: user, ctx, identity: identity.data, message: message?.ok ? message.data.message : null });
  if (!result.ok) return formInvalid({ errors: result.errors, values });
  return redirect(result.status === "active" ? `/circles/${ctx.circle.slug}/rules` : `/circles/${ctx.circle.slug}?requested=1`);
}

export default function CirclePage() {
  const d = useLoaderData<typeof loader>();
  const { errors } = useFormReply();
  const { circle } = d;
  const moderating = d.mode === "moderating";
  return (
    <div className="page">
      <p>
        <Link to="/circles">← All circles</Link>
      </p>
      <h1>{circle.name}</h1>
      {moderating ? <ModeratingBanner /> : null}
      <p className="lead" lang={circle.lang}>
        {circle.purpose}
      </p>
      <p className="circle-facts">
        <span className="tag">{KIND_LABELS[circle.kind]}</span>
        <span className="tag">{circle.language}</span>
        {circle.memberCount !== null ? (
          <span className="tag">{`${circle.memberCount} ${circle.memberCount === 1 ? "member" : "members"}${circle.capacity ? ` of ${circle.capacity}` : ""}`}</span>
        ) : null}
      </p>
      {d.mode ? (
        <Visibility>
          this page is seen only by members of this circle who accepted its ground rules{moderating ? ", and by you as a site moderator" : ""}. Threads here
          never appear in search, feeds or emails.
        </Visibility>
      ) : (
        <Visibility>
          this description is visible to everyone who can see the circle. Threads, posts and members are seen only by members who accepted the ground rules.
        </Visibility>
      )}
      {d.mode ? <CircleNav slug={circle.slug} moderating={moderating} showMembers /> : null}
      <FlaggedNote />
      <FormMessage error={errors.form} />
      <MembershipPanel />
      {d.mode ? (
        <>
          <section aria-labelledby="threads-heading">
            <h2 id="threads-heading">Threads</h2>
            {d.canPost ? (
              <p>
                <Link className="button" to={`/circles/${circle.slug}/threads/new`}>
                  Start a thread
                </Link>
              </p>
            ) : null}
            {d.threads.length === 0 && !d.newerCursor ? (
              <p>No threads yet. You are welcome to start one.</p>
            ) : (
              <ul className="thread-list">
                {d.threads.map((t) => (
                  <li key={t.id}>
                    <Link to={`/circles/${circle.slug}/threads/${t.id}${moderating ? "?view=moderating" : ""}`}>{t.title}</Link>
                    {t.openerStatus === "held" || t.openerStatus === "hidden" ? <span className="tag">Waiting for a facilitator</span> : null}
                    <span className="muted small">
                      {" "}
                      · started by {t.authorLabel} · {t.replies} {t.replies === 1 ? "reply" : "replies"} · last activity {t.lastPostAt}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <ThreadPager slug={circle.slug} moderating={moderating} newerCursor={d.newerCursor} olderCursor={d.olderCursor} />
          </section>
          <section aria-labelledby="gatherings-heading">
            <h2 id="gatherings-heading">Gatherings</h2>
            {d.canManage ? (
              <p>
                <Link className="button secondary" to={`/circles/${circle.slug}/gatherings/new`}>
                  Schedule a gathering
                </Link>
              </p>
            ) : null}
            {d.gatherings.length === 0 ? (
              <p>No gatherings are scheduled.</p>
            ) : (
              <ul className="gathering-list">
                {d.gatherings.map((g) => (
                  <li key={g.id}>
                    <Link to={`/circles/${circle.slug}/gatherings/${g.id}${moderating ? "?view=moderating" : ""}`}>{g.title}</Link>
                    {g.cancelled ? <span className="tag">Cancelled</span> : null}
                    <span className="muted small">
                      {" "}
                      · {g.when} · {g.going} going{g.capacity ? ` of ${g.capacity}` : ""}
                      {g.cancelled ? "" : g.myStatus === "going" ? " · you are going" : g.myStatus === "waitlist" ? " · you are on the waitlist" : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}

function MembershipPanel() {
  const d = useLoaderData<typeof loader>();
  const { errors, values: typed } = useFormReply();
  const values = typed;
  const { circle, me } = d;
  if (!d.signedIn) {
    return (
      <p className="card">
        <Link to={`/login?redirectTo=/circles/${circle.slug}`}>Sign in</Link> or <Link to="/signup">create an account</Link> to join this circle.
      </p>
    );
  }
  return (
    <>
      {me?.status === "pending" ? <p className="notice">Your request to join is with the facilitators. We will let you know when they have decided.</p> : null}
      {me?.status === "declined" ? (
        <p className="notice">
          Your earlier request was not accepted.{me.decisionReason ? ` The facilitators said: “${me.decisionReason}”` : ""} You may ask again.
        </p>
      ) : null}
      {me?.status === "removed" ? (
        <p className="notice">A facilitator removed you from this circle.{me.decisionReason ? ` Their reason: “${me.decisionReason}”` : ""}</p>
      ) : null}
      {me?.mustAccept ? (
        <p className="notice">
          Please <Link to={`/circles/${circle.slug}/rules`}>read and accept the current ground rules</Link> to read and post.
        </p>
      ) : null}
      {me?.muted ? <p className="notice">A facilitator has paused your posting here until {me.muted}. You can still read.</p> : null}
      {me?.status === "active" && !me.mustAccept ? (
        <p className="muted">
          You appear in this circle as <strong>{me.appearsAs}</strong>.
        </p>
      ) : null}
      {d.offerModeratingView ? (
        <p className="card">
          As a site moderator you may open this circle's content to keep it safe. Each page you open is recorded in the audit log.{" "}
          <Link to={`/circles/${circle.slug}?view=moderating`}>Open the moderating view</Link>
        </p>
      ) : null}
      {d.canJoin ? (
        <section aria-labelledby="join-heading" className="card">
          <h2 id="join-heading">{circle.kind === "open" ? "Join this circle" : "Ask to join this circle"}</h2>
          <p className="visibility-note">
            <strong>Who can see this: </strong>
            {circle.kind === "request" ? "your message and the name you choose are seen by the circle's facilitators. " : ""}Members see you only under the name
            you choose below.
          </p>
          <Form method="post" noValidate className="stack">
            <input type="hidden" name="intent" value="join" />
            <IdentityFields displayName={d.displayName} values={values} errors={errors} />
            {circle.kind === "request" ? (
              <TextArea
                label="A short message to the facilitators"
                name="message"
                rows={3}
                defaultValue={values?.message}
                error={errors.message}
                hint="A line about why you would like to join is enough. Please leave out identifying details."
              />
            ) : null}
            <button type="submit">{circle.kind === "open" ? "Join" : "Send my request"}</button>
          </Form>
        </section>
      ) : null}
      {me?.status === "active" && !d.canManage ? (
        <details className="leave">
          <summary>Leave this circle</summary>
          <Form method="post">
            <input type="hidden" name="intent" value="leave" />
            <p>Your past posts stay, under the same name. You can ask to join again later.</p>
            <button type="submit" className="secondary">
              Leave the circle
            </button>
          </Form>
        </details>
      ) : null}
    </>
  );
}

/** Plain links, so paging works without JavaScript. */
function ThreadPager({
  slug,
  moderating,
  newerCursor,
  olderCursor,
}: {
  slug: string;
  moderating: boolean;
  newerCursor: string | null;
  olderCursor: string | null;
}) {
  if (!newerCursor && !olderCursor) return null;
  const q = moderating ? "&view=moderating" : "";
  return (
    <nav className="pagination" aria-label="Pages of threads">
      {newerCursor ? <Link to={`/circles/${slug}?before=${newerCursor}${q}`}>← Newer threads</Link> : null}
      {olderCursor ? <Link to={`/circles/${slug}?after=${olderCursor}${q}`}>Older threads →</Link> : null}
    </nav>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
