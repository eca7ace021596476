import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireReader } from "~/circles/guards.server";
import { inviteToCircle } from "~/circles/invitations.server";
import { actOnMember, answerJoinRequest, listMembers, memberOfCircle } from "~/circles/membership.server";
import { MUTE_DAYS } from "~/circles/choices";
import { DecideRequestSchema, InviteSchema, MuteMemberSchema, RemoveMemberSchema } from "~/circles/schema.server";
import { formatPostTime } from "~/circles/time";
import { CircleNav, ModeratingBanner } from "~/circles/ui";
import { Field, FormMessage, Select, TextArea } from "~/components/forms";
import { Visibility } from "~/components/page";
import { now } from "~/utils/clock.server";
import { formValues, parseForm, type FieldErrors } from "~/utils/forms";
import { forbidden, requiredParam } from "~/utils/guards.server";
import { canActOnMember, canManageCircle } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [...pageMeta("Members · Restorative Network", "The members of a circle, as they appear there, and requests to join.")];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const slug = requiredParam(params, "slug");
  const { user, ctx, viewer } = await requireReader(request, context, slug, { targetType: "circle_members", targetId: slug });
  const members = await listMembers(ctx.circle.id);
  const manage = canManageCircle(user, ctx.facts);
  return json({
    slug: ctx.circle.slug,
    name: ctx.circle.name,
    kind: ctx.circle.kind,
    mode: viewer.mode,
    mayModerate: viewer.mayModerate,
    canManage: manage,
    myMembershipId: ctx.membership?.id ?? null,
    active: members
      .filter((m) => m.status === "active")
      .map((m) => ({
        id: m.membershipId,
        label: m.label,
        isFacilitator: m.isFacilitator,
        mutedUntil: m.muted ? formatPostTime(m.mutedUntil!, user.timeZone) : null,
      })),
    // Requests (with their message) are for the facilitators who decide them.
    pending: manage ? members.filter((m) => m.status === "pending").map((m) => ({ id: m.membershipId, label: m.label, message: m.requestMessage ?? "" })) : [],
  });
}

type Result = { intent: string; target: string | null; errors: FieldErrors; done: string | null };
const fail = (intent: string, target: string | null, errors: FieldErrors) => json<Result>({ intent, target, errors, done: null }, { status: 400 });
const done = (intent: string, target: string | null, message: string) => json<Result>({ intent, target, errors: {}, done: message });

export async function action({ request, context, params }: ActionFunctionArgs) {
  const slug = requiredParam(params, "slug");
  const { user, ctx, viewer } = await requireReader(request, context, slug, { targetType: "circle_members", targetId: slug });
  const values = formValues(await request.formData());
  const intent = values.intent ?? "";
  const target = values.membershipId ?? null;
  if (intent === "invite" || intent === "decide") {
    if (!canManageCircle(user, ctx.facts)) forbidden();
    if (intent === "invite") {
      if (ctx.circle.kind !== "invite") return fail(intent, null, { email: "This circle is not invitation-only; people can join from its page." });
      const parsed = parseForm(InviteSchema, values);
      if (!parsed.ok) return fail(intent, null, parsed.errors);
      await inviteToCircle({ actor: user, circle: ctx.circle, email: parsed.data.email });
      return done(intent, null, `An invitation is on its way to ${parsed.data.email}. The link works once and expires in 7 days.`);
    }
    const parsed = parseForm(DecideRequestSchema, values);
    if (!parsed.ok) return fail(intent, target, parsed.errors);
    const result = await answerJoinRequest({ actor: user, circleId: ctx.circle.id, ...parsed.data });
    if (!result.ok) return fail(intent, target, result.errors);
    return done(
      intent,
      target,
      result.status === "active" ? "The request is accepted and the person is told." : "The request is declined and the person is told.",
    );
  }
  if (!viewer.mayModerate) forbidden();
  const member = target ? await memberOfCircle(ctx.circle.id, target) : null;
  if (!member || member.status !== "active") return fail(intent, target, { form: "That person is not an active member of this circle." });
  if (!canActOnMember(user, ctx.facts, member)) return fail(intent, target, { form: "You cannot do this to yourself." });
  const on = { actor: user, circleId: ctx.circle.id, userId: member.userId };
  if (intent === "remove") {
    const parsed = parseForm(RemoveMemberSchema, values);
    if (!parsed.ok) return fail(intent, target, parsed.errors);
    await actOnMember({ ...on, act: "remove", reason: parsed.data.reason });
    return done(intent, target, "The member is removed and told why.");
  }
  if (intent === "mute") {
    const parsed = parseForm(MuteMemberSchema, values);
    if (!parsed.ok) return fail(intent, target, parsed.errors);
    await actOnMember({ ...on, act: "mute", until: new Date(now().getTime() + parsed.data.days * 86_400_000), reason: parsed.data.reason });
    return done(intent, target, `The member can read but not post for ${parsed.data.days} ${parsed.data.days === 1 ? "day" : "days"}, and is told.`);
  }
  if (intent === "unmute") {
    await actOnMember({ ...on, act: "unmute" });
    return done(intent, target, "The member can post again, and is told.");
  }
  return fail(intent, target, { form: "Unknown action." });
}

export default function Members() {
  const d = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const errorsFor = (intent: string, id: string | null) => (data && data.intent === intent && data.target === id ? data.errors : {});
  const moderating = d.mode === "moderating";
  return (
    <div className="page narrow">
      <p>
        <Link to={`/circles/${d.slug}${moderating ? "?view=moderating" : ""}`}>← {d.name}</Link>
      </p>
      <h1>Members of {d.name}</h1>
      {moderating ? <ModeratingBanner /> : null}
      <Visibility>
        this list is seen only by members who accepted the ground rules, and by site moderators to keep the circle safe. Members appear under the name they
        chose; no one here can see whose account is behind a pseudonym.
      </Visibility>
      <CircleNav slug={d.slug} moderating={moderating} showMembers />
      <FormMessage error={data?.errors.form} success={data?.done} />
      {d.canManage && d.pending.length ? (
        <section aria-labelledby="requests-heading">
          <h2 id="requests-heading">Requests to join</h2>
          {d.pending.map((p) => (
            <article key={p.id} className="card" aria-labelledby={`req-${p.id}`}>
              <h3 id={`req-${p.id}`}>{p.label}</h3>
              <p>{p.message}</p>
              <Form method="post" className="stack">
                <input type="hidden" name="intent" value="decide" />
                <input type="hidden" name="membershipId" value={p.id} />
                <TextArea label="Reason (optional, shown to the person if you decline)" name="reason" rows={2} error={errorsFor("decide", p.id).reason} />
                <div className="inline-form">
                  <button type="submit" name="decision" value="approve">
                    Accept
                  </button>
                  <button type="submit" name="decision" value="decline" className="secondary">
                    Decline
                  </button>
                </div>
              </Form>
            </article>
          ))}
        </section>
      ) : null}
      {d.canManage && d.kind === "invite" ? (
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading">Invite someone</h2>
          <Form method="post" noValidate className="stack">
            <input type="hidden" name="intent" value="invite" />
            <Field
              label="Their email address"
              name="email"
              type="email"
              error={errorsFor("invite", null).email}
              hint="They get a link that works once and expires in 7 days. Only they and the facilitators see this invitation."
            />
            <button type="submit">Send the invitation</button>
          </Form>
        </section>
      ) : null}
      <h2>Members ({d.active.length})</h2>
      <ul className="member-list">
        {d.active.map((m) => (
          <li key={m.id}>
            <strong>{m.label}</strong>
            {m.isFacilitator ? <span className="tag">Facilitator</span> : null}
            {m.mutedUntil ? <span className="tag">Posting paused until {m.mutedUntil}</span> : null}
            {d.mayModerate && !m.isFacilitator && m.id !== d.myMembershipId ? (
              <MemberControls id={m.id} label={m.label} muted={!!m.mutedUntil} errors={data?.target === m.id ? data.errors : {}} />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function MemberControls({ id, label, muted, errors }: { id: string; label: string; muted: boolean; errors: Record<string, string> }) {
  return (
    <details className="member-controls" open={Object.keys(errors).length > 0}>
      <summary className="small">Pause posting or remove {label}</summary>
      <Form method="post" className="stack card">
        <input type="hidden" name="membershipId" value={id} />
        {muted ? (
          <button type="submit" name="intent" value="unmute" className="secondary small">
            Let them post again
          </button>
        ) : null}
        <Select
          label="Pause posting for"
          name="days"
          defaultValue="3"
          options={MUTE_DAYS.map((d) => ({ value: String(d), label: `${d} ${d === 1 ? "day" : "days"}` }))}
        />
        <TextArea label="Reason (recorded and shown to the member)" name="reason" rows={2} error={errors.reason} />
        <div className="inline-form">
          <button type="submit" name="intent" value="mute" className="secondary small">
            Pause their posting
          </button>
          <button type="submit" name="intent" value="remove" className="danger small">
            Remove from the circle
          </button>
        </div>
      </Form>
    </details>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
