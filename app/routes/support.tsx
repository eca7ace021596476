import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { EMERGENCY_NUMBERS, INTERNATIONAL_NOTE, SUPPORT_COUNTRIES, SUPPORT_LINES, type SupportCountry } from "~/support/lines";
import { SupportLineList } from "~/support/SupportLines";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta(
    "Need support now? · Restorative Network",
    "Free crisis and support lines by country, for patients, families and healthcare workers after harm in care.",
  ),
];

export default function Support() {
  const countries = Object.entries(SUPPORT_COUNTRIES) as Array<[SupportCountry, string]>;
  return (
    <div className="page">
      <h1>Need support now?</h1>
      <p className="lead">
        If you are finding things hard after harm in care — as a patient, a family member or a healthcare worker — you do not have to carry it alone. These free
        services listen, any time of day in most countries. You do not need to be in crisis to call.
      </p>
      <nav aria-label="Countries" className="country-jump">
        <ul>
          {countries.map(([code, name]) => (
            <li key={code}>
              <a href={`#country-${code}`}>{name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {countries.map(([code, name]) => (
        <section key={code} id={`country-${code}`} aria-labelledby={`heading-${code}`} className="support-country">
          <h2 id={`heading-${code}`}>{name}</h2>
          <p className="notice emergency">{EMERGENCY_NUMBERS[code].note}</p>
          <SupportLineList lines={SUPPORT_LINES.filter((l) => l.country === code)} />
        </section>
      ))}
      <section aria-labelledby="heading-int" className="support-country">
        <h2 id="heading-int">Somewhere else</h2>
        <SupportLineList lines={[INTERNATIONAL_NOTE]} />
      </section>
      {/* Describes the private care note in app/moderation/CarePanel.tsx: keep the two in step. */}
      <section aria-labelledby="heading-circle-care" className="support-country">
        <h2 id="heading-circle-care">In a circle</h2>
        <p>
          When something you write in a circle sounds heavy, a private note appears for you on that thread, with these support lines and a button, “Ask for a
          peer supporter”. Only you see the note; your post stays in the circle as usual. The note stays until you close it. Pressing the button is what asks: a
          trained peer supporter then reaches out to you privately, through your notifications.
        </p>
        <p>
          <Link to="/care/request-peer">Whether you have asked, and when</Link> · <Link to="/circles">Go to circles</Link>
        </p>
      </section>
    </div>
  );
}
