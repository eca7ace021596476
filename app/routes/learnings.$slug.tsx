import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, isRouteErrorResponse, useActionData, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { FormMessage } from "~/components/forms";
import { Visibility } from "~/components/page";
import { AuthorActions } from "~/learnings/components/AuthorActions";
import { Reflections } from "~/learnings/components/Reflections";
import { loadDraft } from "~/learnings/drafts.server";
import { startCorrection, withdrawLearning } from "~/learnings/publish.server";
import { learningBySlug } from "~/learnings/published.server";
import { addReflection, flagReflection, hideReflection, reflectionById, reflectionsFor } from "~/learnings/reflections.server";
import { FlagSchema, HideSchema, ReflectionSchema, WithdrawSchema } from "~/learnings/schema.server";
import { SECTIONS } from "~/learnings/sections";
import { CARE_SETTINGS, COUNTRIES, EVENT_TYPES, labelOf } from "~/taxonomy";
import { getUser, requireUser } from "~/utils/auth.server";
import { AlreadySubmitted, formKey, newFormToken, orAlreadySubmitted } from "~/utils/form-token.server";
import { forbidden, notFound, requiredParam } from "~/utils/guards.server";
import { formValues, parseForm, type FieldErrors } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { canFlagReflection, canHideReflection, canProposeCorrection, canReadLearning, canReflect, canWithdrawLearning } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";
import { LocalTime } from "~/components/LocalTime";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageMeta(
    `${data && "title" in data ? data.title : "Case learning"} · Restorative Network`,
    data && "title" in data ? `A de-identified case learning: ${data.title}.` : "A case learning that is no longer shared.",
  ),
];

async function published(slug: string) {
  const found = await learningBySlug(slug);
  if (!found || found.learning.status === "draft" || !found.current) notFound();
  if (found.learning.status === "withdrawn") throw json({ message: "withdrawn" }, { status: 410 });
  return found as typeof found & { current: NonNullable<typeof found.current> };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await getUser(request, context);
  const { learning, current, corrections } = await published(requiredParam(params, "slug"));
  if (!canReadLearning(user, learning)) return json({ locked: true as const, slug: learning.slug! });
  const pendingCorrection = canProposeCorrection(user, learning) ? !!(await loadDraft(learning.id)) : false;
  return json({
    locked: false as const,
    id: learning.id,
    slug: learning.slug!,
    title: current.title,
    visibility: learning.visibility,
    setting: labelOf(CARE_SETTINGS, current.setting),
    eventType: labelOf(EVENT_TYPES, current.eventType),
    country: COUNTRIES[current.country] ?? current.country,
    year: current.year,
    tags: current.tags,
    consentBasis: current.consentBasis,
    firstPublishedAt: learning.firstPublishedAt!,
    lastPublishedAt: learning.lastPublishedAt!,
    sections: SECTIONS.filter((s) => current.sections[s.key]).map((s) => ({ key: s.key, label: s.label, html: renderMarkdown(current.sections[s.key]!) })),
    corrections,
    reflections: await reflectionsFor(user, learning.id),
    can: {
      reflect: canReflect(user, learning),
      withdraw: canWithdrawLearning(user, learning),
      correct: canProposeCorrection(user, learning) && !pendingCorrection,
      moderate: canHideReflection(user),
      signedIn: !!user,
    },
    pendingCorrection,
    formToken: newFormToken(),
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { learning } = await published(requiredParam(params, "slug"));
  if (!canReadLearning(user, learning)) notFound();
  const form = formValues(await request.formData());
  const intent = String(form.intent);
  // Every answer names its intent, so each form on the page shows only its own messages.
  const fail = (errors: FieldErrors) => formInvalid({ intent, errors, values: form, message: null as string | null, care: false });
  const none: FieldErrors = {};
  const done = (message: string, care = false) => json({ intent, errors: none, values: {}, message, care });
  if (intent === "reflect") {
    if (!canReflect(user, learning)) forbidden();
    const parsed = parseForm(ReflectionSchema, form);
    if (!parsed.ok) return fail(parsed.errors);
    const outcome = await orAlreadySubmitted(addReflection(user.id, learning.id, parsed.data.body, formKey(form, user.id, "learning.reflection")));
    if (outcome instanceof AlreadySubmitted) return done("Thank you for your reflection. It was already saved.");
    if (!outcome.ok) return fail({ body: outcome.message });
    const message =
      outcome.status === "held"
        ? (outcome.message ?? "Thank you. A moderator will look at your reflection before others see it.")
        : "Thank you for your reflection.";
    return done(message, outcome.distress);
  }
  if (intent === "flag" || intent === "hide") {
    const parsed = parseForm(intent === "flag" ? FlagSchema : HideSchema, form);
    if (!parsed.ok) return fail({ ...parsed.errors, reflectionId: form.reflectionId ?? "" });
    const reflection = await reflectionById(parsed.data.reflectionId);
    if (!reflection || reflection.learningId !== learning.id) notFound();
    if (intent === "flag") {
      if (!canFlagReflection(user, reflection)) forbidden();
      await flagReflection(user.id, reflection.id, parsed.data.reason);
      return done("Thank you for telling us. A moderator will look at it.");
    }
    if (!canHideReflection(user)) forbidden();
    await hideReflection(user.id, reflection, parsed.data.reason, `/learnings/${learning.slug}`);
    return done("The reflection is hidden and its author is told why.");
  }
  if (intent === "withdraw") {
    if (!canWithdrawLearning(user, learning)) forbidden();
    const parsed = parseForm(WithdrawSchema, form);
    if (!parsed.ok) return fail(parsed.errors);
    await withdrawLearning(user.id, learning.id, parsed.data.reason);
    return redirect("/learnings/mine");
  }
  if (intent === "correct") {
    if (!canProposeCorrection(user, learning)) forbidden();
    await startCorrection(user.id, learning.id);
    return redirect(`/learnings/drafts/${learning.id}`);
  }
  return fail({ form: "That action is not available here." });
}

export default function LearningPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  if (data.locked) {
    return (
      <div className="page narrow">
        <h1>Sign in to read this learning</h1>
        <p>This case learning is shared with members of the network only.</p>
        <p>
          <Link to={`/login?redirectTo=${encodeURIComponent(`/learnings/${data.slug}`)}`} className="button">
            Sign in to read it
          </Link>
        </p>
        <p>
          Not a member yet? <Link to="/signup">Join the network</Link>.
        </p>
      </div>
    );
  }
  const latestCorrection = data.corrections[data.corrections.length - 1];
  return (
    <article className="page narrow learning" aria-labelledby="learning-title">
      <p>
        <Link to="/learnings">← Case learnings</Link>
      </p>
      <FormMessage success={params.get("published") ? "Published. Thank you for your care with this learning." : null} />
      <h1 id="learning-title">{data.title}</h1>
      <p className="small muted">
        {data.setting} · {data.eventType} · {data.country} · {data.year} · published <LocalTime at={data.firstPublishedAt} day />
      </p>
      {latestCorrection ? (
        <p className="updated-note">
          <strong>
            Updated <LocalTime at={latestCorrection.publishedAt} day />:
          </strong>{" "}
          {latestCorrection.note}
        </p>
      ) : null}
      {data.tags.length ? (
        <p>
          {data.tags.map((t) => (
            <span key={t} className="tag">
              {t}
            </span>
          ))}
        </p>
      ) : null}
      <Visibility>
        {data.visibility === "members"
          ? "signed-in members of the network. It is not in public search or the feed."
          : "everyone. It is in public search and the Atom feed."}{" "}
        It was de-identified and approved by two reviewers.{" "}
        {data.consentBasis === "obtained" ? "Consent was recorded." : "The author recorded why consent could not be sought."}
      </Visibility>
      {data.sections.map((s) => (
        <section key={s.key} className={s.key === "whatChanged" ? "learning-section what-changed" : "learning-section"} aria-labelledby={`section-${s.key}`}>
          <h2 id={`section-${s.key}`}>{s.label}</h2>
          {/* renderMarkdown: marked, then sanitize-html, on the server. */}
          <div className="prose" dangerouslySetInnerHTML={{ __html: s.html }} />
        </section>
      ))}
      {data.corrections.length > 1 ? (
        <section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Earlier updates</h2>
          <ul>
            {data.corrections.slice(0, -1).map((c) => (
              <li key={c.version}>
                <LocalTime at={c.publishedAt} day />: {c.note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <AuthorActions
        can={data.can}
        pendingCorrection={data.pendingCorrection}
        learningId={data.id}
        result={result?.intent === "withdraw" ? result : undefined}
      />
      <Reflections reflections={data.reflections} can={data.can} slug={data.slug} result={result} formToken={data.formToken} />
    </article>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 410) {
    return (
      <div className="page narrow">
        <h1>This learning was withdrawn</h1>
        <p>Its author withdrew it, so it is no longer shared. Thank you for understanding.</p>
        <p>
          <Link to="/learnings">Read other case learnings</Link>
        </p>
      </div>
    );
  }
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return (
    <div className="page narrow">
      <h1>{status === 404 ? "We could not find that learning" : status === 403 ? "This is not available to you" : "Something went wrong"}</h1>
      <p>{status === 404 ? "It may be private, or the link may be out of date." : "Please try again in a moment."}</p>
      <p>
        <Link to="/learnings">Case learnings</Link>
      </p>
    </div>
  );
}
