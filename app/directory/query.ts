// The directory's filters as read from a link. Client-safe (no zod): the filter form and the loader share it.
import { APPROACHES, AVAILABILITY, MODALITIES } from "~/taxonomy";
import { isCountryCode, isLanguageCode } from "./codes";
import { SPECIALTIES } from "./specialties";

const values = <T extends readonly { value: string }[]>(list: T) => list.map((o) => o.value);

export const DIRECTORY_SORTS = ["relevance", "verified"] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export type DirectoryFilters = {
  country: string[];
  region: string[];
  language: string[];
  modality: string[];
  specialty: string[];
  approach: string[];
  availability: string[];
  verified: boolean;
  q: string;
};
export type DirectoryQuery = DirectoryFilters & { sort: DirectorySort; cursor: string | null };

const keep = (params: URLSearchParams, name: string, ok: (v: string) => boolean, normalise = (v: string) => v) =>
  [
    ...new Set(
      params
        .getAll(name)
        .map((v) => normalise(v.trim()))
        .filter((v) => v && ok(v)),
    ),
  ].slice(0, 20);

/**
 * Directory filters come from the query string so results can be linked. Unknown values are dropped
 * rather than refused: an old or hand-edited link still shows a page.
 */
export function parseDirectoryQuery(params: URLSearchParams): DirectoryQuery {
  const modalities = values(MODALITIES) as string[];
  const specialties = SPECIALTIES.map((s) => s.value) as string[];
  const approaches = values(APPROACHES) as string[];
  const availability = values(AVAILABILITY) as string[];
  const sort = params.get("sort");
  return {
    country: keep(params, "country", isCountryCode, (v) => v.toUpperCase()),
    region: keep(params, "region", (v) => v.length <= 80),
    language: keep(params, "language", isLanguageCode, (v) => v.toLowerCase()),
    modality: keep(params, "modality", (v) => modalities.includes(v)),
    specialty: keep(params, "specialty", (v) => specialties.includes(v)),
    approach: keep(params, "approach", (v) => approaches.includes(v)),
    availability: keep(params, "availability", (v) => availability.includes(v)),
    verified: params.get("verified") === "1",
    q: (params.get("q") ?? "").trim().slice(0, 200),
    sort: sort === "verified" ? "verified" : "relevance",
    cursor: params.get("cursor") || null,
  };
}
