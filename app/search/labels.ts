// Human labels for search facets and kinds, and the URL of each kind of result. Client-safe.
import { APPROACHES, CARE_SETTINGS, COUNTRIES, EVENT_TYPES, HARM_TYPES, LANGUAGES, RESOURCE_TYPES, TOPICS, labelOf, type Option } from "~/taxonomy";
import type { SearchDocument, SearchKind } from "./engine/types";

export const KIND_LABELS: Record<SearchKind, string> = { resource: "Resource", learning: "Case learning", facilitator: "Facilitator" };
export const KIND_PLURALS: Record<SearchKind, string> = { resource: "Resources", learning: "Case learnings", facilitator: "Facilitators" };

const TOPIC_LIKE: readonly Option[] = [...TOPICS, ...CARE_SETTINGS, ...EVENT_TYPES, ...HARM_TYPES, ...APPROACHES];
const TYPE_LIKE: readonly Option[] = [...RESOURCE_TYPES, ...EVENT_TYPES];

/** The label a person reads for a facet value (a slug or code otherwise). */
const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** A language code the site's own list lacks ("gu") as its English name ("Gujarati"), via Intl.DisplayNames. */
export function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code; // not a well-formed language tag
  }
}

export function facetValueLabel(facet: string, value: string): string {
  switch (facet) {
    case "kind":
      return KIND_PLURALS[value as SearchKind] ?? value;
    case "type":
      return labelOf(TYPE_LIKE, value);
    case "topics":
    case "topic":
      return labelOf(TOPIC_LIKE, value);
    case "countries":
    case "country":
      return COUNTRIES[value] ?? value;
    case "languages":
    case "language":
      return LANGUAGES[value] ?? languageName(value);
    default:
      return value;
  }
}

/** Where a result lives on the site. */
export function hitUrl(doc: Pick<SearchDocument, "kind" | "slug">): string {
  const base = doc.kind === "resource" ? "/resources" : doc.kind === "learning" ? "/learnings" : "/facilitators";
  return `${base}/${encodeURIComponent(doc.slug)}`;
}
