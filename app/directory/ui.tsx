// Small pieces of directory UI shared by its routes.
import { Link } from "@remix-run/react";
import { APPROACHES, AVAILABILITY, CARE_SETTINGS, COMPETENCY_LEVELS, HARM_TYPES, labelOf, MODALITIES } from "~/taxonomy";
import { SPECIALTIES } from "./specialties";

export const modalityLabels = (values: string[]) => values.map((v) => labelOf(MODALITIES, v)).join(", ");
export const specialtyLabels = (values: string[]) => values.map((v) => labelOf(SPECIALTIES, v)).join(", ");
export const harmLabel = (v: string) => labelOf(HARM_TYPES, v);
export const settingLabel = (v: string) => labelOf(CARE_SETTINGS, v);
export const approachLabels = (values: string[]) => values.map((v) => labelOf(APPROACHES, v)).join(", ");
export const availabilityLabel = (v: string) => labelOf(AVAILABILITY, v);
export const competencyLabel = (v: string) => labelOf(COMPETENCY_LEVELS, v);

export function VerifiedBadge({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p className="verified-badge">
      <span aria-hidden="true">✓ </span>
      {text}
    </p>
  );
}

export function AvailabilityTag({ value }: { value: string }) {
  return <span className={`tag availability-${value}`}>{availabilityLabel(value)}</span>;
}

type Card = {
  slug: string;
  displayName: string;
  pronouns: string | null;
  summary: string;
  countryName: string;
  region: string | null;
  city: string | null;
  languages: Array<{ code: string; name: string }>;
  modalities: string[];
  specialties: string[];
  availability: string;
  badge: string | null;
};

export function FacilitatorCardItem({ card }: { card: Card }) {
  const place = [card.city, card.region, card.countryName].filter(Boolean).join(", ");
  return (
    <li className="card facilitator-card">
      <h3>
        <Link to={`/facilitators/${card.slug}`}>{card.displayName}</Link>
        {card.pronouns ? <span className="muted small"> ({card.pronouns})</span> : null}
      </h3>
      <p className="muted">{place}</p>
      <VerifiedBadge text={card.badge} />
      <p>{card.summary}</p>
      <dl className="facts">
        <dt>Languages</dt>
        <dd>{card.languages.map((l) => l.name).join(", ")}</dd>
        <dt>Meets</dt>
        <dd>{modalityLabels(card.modalities)}</dd>
        <dt>Specialties</dt>
        <dd>{specialtyLabels(card.specialties)}</dd>
      </dl>
      <AvailabilityTag value={card.availability} />
    </li>
  );
}
