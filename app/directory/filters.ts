// The directory's filter controls, built from facet counts. Client-safe (no server imports).
import { APPROACHES, AVAILABILITY, labelOf, MODALITIES, type Option } from "~/taxonomy";
import { countryName, languageName } from "./codes";
import type { DirectoryQuery } from "./query";
import { SPECIALTIES } from "./specialties";

export type FacetCountsView = Record<string, Record<string, number>>;

export type FilterControl = {
  name: "country" | "region" | "language" | "modality" | "specialty" | "approach" | "availability";
  label: string;
  placeholder: string;
  selected: string;
  options: Array<{ value: string; label: string }>;
};

function control(
  name: FilterControl["name"],
  label: string,
  placeholder: string,
  counts: Record<string, number>,
  selected: string[],
  labelFor: (value: string) => string,
  order: "label" | "given" = "label",
  known: readonly Option[] = [],
): FilterControl {
  const values = new Set([...Object.keys(counts), ...selected]);
  let ordered = [...values];
  if (order === "given") ordered = [...known.map((o) => o.value).filter((v) => values.has(v)), ...ordered.filter((v) => !known.some((o) => o.value === v))];
  else ordered.sort((a, b) => labelFor(a).localeCompare(labelFor(b)));
  return {
    name,
    label,
    placeholder,
    selected: selected[0] ?? "",
    options: ordered.map((value) => ({ value, label: `${labelFor(value)} (${counts[value] ?? 0})` })),
  };
}

/** One select per filter; each option shows how many facilitators it would give, with the other filters applied. */
export function buildFilterControls(facets: FacetCountsView, q: DirectoryQuery): FilterControl[] {
  return [
    control("country", "Country", "Any country", facets.country ?? {}, q.country, countryName),
    control("region", "Region", "Any region", facets.region ?? {}, q.region, (v) => v),
    control("language", "Language", "Any language", facets.language ?? {}, q.language, languageName),
    control("modality", "Way of meeting", "In person, online or hybrid", facets.modality ?? {}, q.modality, (v) => labelOf(MODALITIES, v), "given", MODALITIES),
    control("specialty", "Specialty", "Any kind of harm or setting", facets.specialty ?? {}, q.specialty, (v) => labelOf(SPECIALTIES, v)),
    control("approach", "Approach", "Any approach", facets.approach ?? {}, q.approach, (v) => labelOf(APPROACHES, v)),
    control(
      "availability",
      "Availability",
      "Any availability",
      facets.availability ?? {},
      q.availability,
      (v) => labelOf(AVAILABILITY, v),
      "given",
      AVAILABILITY,
    ),
  ];
}

/** The query string for a directory link, keeping every filter (and the cursor when given). */
export function directoryHref(q: DirectoryQuery, cursor: string | null = null): string {
  const params = new URLSearchParams();
  for (const name of ["country", "region", "language", "modality", "specialty", "approach", "availability"] as const) {
    for (const v of q[name]) params.append(name, v);
  }
  if (q.verified) params.set("verified", "1");
  if (q.q) params.set("q", q.q);
  if (q.sort !== "relevance") params.set("sort", q.sort);
  if (cursor) params.set("cursor", cursor);
  const s = params.toString();
  return `/facilitators${s ? `?${s}` : ""}`;
}
