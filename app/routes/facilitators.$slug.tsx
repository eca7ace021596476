import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Visibility } from "~/components/page";
import { loadProfilePage } from "~/directory/profile-page.server";
import { approachLabels, AvailabilityTag, competencyLabel, harmLabel, modalityLabels, settingLabel, VerifiedBadge } from "~/directory/ui";
import { getUser } from "~/utils/auth.server";
import { notFound, requiredParam } from "~/utils/guards.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.profile.displayName} · Facilitators · Restorative Network` : "Facilitator · Restorative Network" },
  ...(data ? [{ name: "description", content: data.profile.summary }] : []),
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await getUser(request, context);
  const page = await loadProfilePage(requiredParam(params, "slug"), user);
  if (!page) notFound("We could not find that facilitator.");
  return json(page);
}

export default function FacilitatorProfilePage() {
  const page = useLoaderData<typeof loader>();
  const p = page.profile;
  const place = [p.city, p.region, p.countryName].filter(Boolean).join(", ");
  return (
    <div className="page narrow facilitator-profile">
      <p>
        <Link to="/facilitators">← All facilitators</Link>
      </p>
      <h1>
        {p.displayName}
        {p.pronouns ? <span className="muted small"> ({p.pronouns})</span> : null}
      </h1>
      <p className="lead">
        {place} · {p.organisation}
      </p>
      {!page.isPublic ? (
        <div className="notice" role="status">
          This profile is not shown in the directory right now. Only you and the network's administrators can see this page.
        </div>
      ) : null}
      <VerifiedBadge text={p.badge} />
      <p>
        <AvailabilityTag value={p.availability} />
      </p>
      {page.responsiveness ? (
        <p className="responsiveness">
          {page.responsiveness.timeText ? <strong>{page.responsiveness.timeText}. </strong> : null}
          {page.responsiveness.rateText}.
        </p>
      ) : null}
      <Visibility>
        this profile is public. {p.displayName}'s email and phone number are not shown: they are shared with an organisation only when {p.displayName} accepts
        its request, and the organisation's contact details are shared with them at the same time.
      </Visibility>

      <div className="actions">
        {page.canRequest && p.availability !== "not_accepting" ? (
          <Link className="button" to={`/facilitators/${p.slug}/request`}>
            Send a request
          </Link>
        ) : null}
        {!page.signedIn ? (
          <p>
            To contact {p.displayName}, <Link to={`/login?redirectTo=/facilitators/${p.slug}/request`}>sign in</Link> as a member of an organisation.
          </p>
        ) : null}
        {page.canEdit ? (
          <Link to="/facilitators/me" className="button secondary">
            Edit profile
          </Link>
        ) : null}
        {page.canVerify ? (
          <Link to={`/facilitators/${p.slug}/verify`} className="button secondary">
            Review training
          </Link>
        ) : null}
      </div>

      <h2>About</h2>
      {/* renderMarkdown output: marked, then sanitize-html on the server. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: page.bioHtml }} />

      <h2>How {p.displayName} works</h2>
      <dl className="facts">
        <dt>Languages</dt>
        <dd>{p.languages.map((l) => l.name).join(", ")}</dd>
        <dt>Meets</dt>
        <dd>{modalityLabels(p.modalities)}</dd>
        <dt>Kinds of harm</dt>
        <dd>{p.harmTypes.map(harmLabel).join(", ")}</dd>
        {p.settings.length ? (
          <>
            <dt>Care settings</dt>
            <dd>{p.settings.map(settingLabel).join(", ")}</dd>
          </>
        ) : null}
        <dt>Approaches</dt>
        <dd>{approachLabels(p.approaches)}</dd>
        <dt>Competency level</dt>
        <dd>{competencyLabel(p.competency)}</dd>
        <dt>Processes facilitated</dt>
        <dd>{p.processesFacilitated}</dd>
        <dt>Co-facilitation</dt>
        <dd>{p.coFacilitates ? "Happy to co-facilitate" : "Usually facilitates alone"}</dd>
        {p.supervisor ? (
          <>
            <dt>Supervisor</dt>
            <dd>{p.supervisor}</dd>
          </>
        ) : null}
        <dt>Fees</dt>
        <dd>{p.fee}</dd>
        <dt>Time zone</dt>
        <dd>{p.timeZone}</dd>
      </dl>

      <h2>Training</h2>
      {page.training.length === 0 ? (
        <p>No training records yet.</p>
      ) : (
        <ul className="training-list">
          {page.training.map((t) => (
            <li key={t.id}>
              <strong>{t.programme}</strong>, {t.provider}. Completed {t.completedOn}
              {t.expiresOn ? `, valid until ${t.expiresOn}` : ""}.{t.evidenceRef ? <span className="muted"> Reference: {t.evidenceRef}.</span> : null}
            </li>
          ))}
        </ul>
      )}

      {page.conflictNotes !== null ? (
        <section className="card admin-only" aria-labelledby="conflict-heading">
          <h2 id="conflict-heading">Conflict-of-interest notes</h2>
          <p className="hint">Only administrators see this.</p>
          <p>{page.conflictNotes || "None recorded."}</p>
        </section>
      ) : null}

      <p className="concern-link">
        Worried about this facilitator? <Link to={`/facilitators/${p.slug}/concern`}>Raise a concern</Link> with the network's administrators.
      </p>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
