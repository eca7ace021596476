import { beforeAll, describe, expect, it } from "vitest";
import { FACILITATORS, type SeedFacilitator } from "../../../db/seed/data/facilitators";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { directory, seedDataFile } from "./helpers";

// Expected results are computed here, independently, from the data file: the same rules written a
// second time in plain TypeScript over the seed records, never through the app's SQL.
type Filters = Partial<Record<"country" | "region" | "language" | "modality" | "specialty" | "approach" | "availability", string[]>> & { verified?: boolean };
type Dim = keyof Filters;
const DIMS: Dim[] = ["country", "region", "language", "modality", "specialty", "approach", "availability", "verified"];

const valuesOf = (f: SeedFacilitator, dim: Dim): string[] => {
  switch (dim) {
    case "country":
      return [f.country];
    case "region":
      return f.region ? [f.region] : [];
    case "language":
      return f.languages;
    case "modality":
      return f.modalities;
    case "specialty":
      return [...new Set([...f.harmTypes, ...f.settings])];
    case "approach":
      return f.approaches;
    case "availability":
      return [f.availability];
    case "verified":
      return f.verification.state === "verified" && f.verification.verifiedDaysAgo < f.verification.validForDays ? ["1"] : [];
  }
};

const matches = (f: SeedFacilitator, filters: Filters, except: Dim | null) =>
  DIMS.every((dim) => {
    if (dim === except) return true;
    if (dim === "verified") return !filters.verified || valuesOf(f, "verified").length > 0;
    const wanted = filters[dim];
    return !wanted?.length || valuesOf(f, dim).some((v) => wanted.includes(v));
  });

function expected(filters: Filters) {
  const facets: Record<string, Record<string, number>> = {};
  for (const dim of DIMS) {
    facets[dim] = {};
    for (const f of FACILITATORS) {
      if (!matches(f, filters, dim)) continue;
      for (const v of valuesOf(f, dim)) facets[dim]![v] = (facets[dim]![v] ?? 0) + 1;
    }
  }
  const total = FACILITATORS.filter((f) => matches(f, filters, null)).length;
  return { facets, total };
}

function queryString(filters: Filters) {
  const p = new URLSearchParams();
  for (const dim of DIMS) {
    if (dim === "verified") {
      if (filters.verified) p.set("verified", "1");
      continue;
    }
    for (const v of filters[dim] ?? []) p.append(dim, v);
  }
  return p.toString();
}

const app = useTestApp();
beforeAll(async () => {
  await seedDataFile(app);
});

const SINGLE: Filters[] = [
  { country: ["CA"] },
  { region: ["Québec"] },
  { language: ["fr"] },
  { modality: ["hybrid"] },
  { specialty: ["maternity"] },
  { specialty: ["emergency"] },
  { approach: ["cultural_practice"] },
  { availability: ["waitlist"] },
  { verified: true },
];
const COMBINED: Filters[] = [
  { country: ["CA"], language: ["fr"] },
  { country: ["NZ"], modality: ["in_person"], approach: ["circle"] },
  { language: ["en"], modality: ["online"], specialty: ["medication"], availability: ["accepting"], verified: true },
  { country: ["FR", "BE"], language: ["fr"], specialty: ["surgical"] },
  {
    country: ["CA"],
    region: ["Québec"],
    language: ["en"],
    modality: ["hybrid"],
    specialty: ["maternity"],
    approach: ["mediation"],
    availability: ["accepting"],
    verified: true,
  },
];

describe(`directory filters and facets (${testDriver()})`, () => {
  it("is seeded from the data file: at least 60 facilitators, 10 countries and 8 languages", async () => {
    const { status, data } = await directory(app.client());
    expect(status).toBe(200);
    expect(FACILITATORS.length).toBeGreaterThanOrEqual(60);
    expect(data.page.total).toBe(FACILITATORS.length);
    expect(Object.keys(data.page.facets.country!).length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(data.page.facets.language!).length).toBeGreaterThanOrEqual(8);
    expect(data.page.facets).toEqual(expected({}).facets);
  });

  for (const filters of [...SINGLE, ...COMBINED]) {
    it(`filters by ${queryString(filters)} with facet counts for the other filters`, async () => {
      const want = expected(filters);
      expect(want.total, "the test case should not be empty").toBeGreaterThan(0);
      const { data } = await directory(app.client(), queryString(filters));
      expect(data.page.total).toBe(want.total);
      expect(data.page.facets).toEqual(want.facets);
      const slugs = new Set(
        FACILITATORS.filter((f) => {
          const every = DIMS.every((d) =>
            d === "verified" ? !filters.verified || valuesOf(f, d).length > 0 : !filters[d]?.length || valuesOf(f, d).some((v) => filters[d]!.includes(v)),
          );
          return every;
        }).map((f) => f.slug),
      );
      for (const r of data.page.results) expect(slugs.has(r.slug), r.slug).toBe(true);
      expect(data.page.results.length).toBe(Math.min(20, want.total));
    });
  }

  it("shows each facet count next to its choice on the page, and works as a plain GET form", async () => {
    const want = expected({ language: ["fr"] });
    const { html, status } = await app.client().html("/facilitators?language=fr");
    expect(status).toBe(200);
    expect(html).toContain(`Canada (${want.facets.country!.CA})`);
    expect(html).toContain(`French (${want.facets.language!.fr})`);
    expect(html).toContain(`${want.total} facilitators match your filters`);
    expect(html).toMatch(/<form[^>]*method="get"/);
  });

  it("finds people by free text over name, bio and specialties, with facets for the matches", async () => {
    const target = FACILITATORS.find((f) => f.slug === "aroha-te-whata")!;
    const byName = await directory(app.client(), "q=Aroha");
    expect(byName.data.page.results.map((r) => r.slug)).toContain(target.slug);
    // "hohou" is in some bios and in the label of the cultural-practice approach ("… e.g. hohou te rongo").
    const mentions = FACILITATORS.filter((f) => /hohou/i.test(f.bio) || f.approaches.includes("cultural_practice"));
    const byBio = await directory(app.client(), "q=hohou");
    expect(byBio.data.page.results.map((r) => r.slug).sort()).toEqual(mentions.map((f) => f.slug).sort());
    const countries: Record<string, number> = {};
    for (const f of mentions) countries[f.country] = (countries[f.country] ?? 0) + 1;
    expect(byBio.data.page.facets.country).toEqual(countries);
    const bioOnly = await directory(app.client(), "q=whakawhanaungatanga");
    expect(bioOnly.data.page.results.map((r) => r.slug).sort()).toEqual(
      FACILITATORS.filter((f) => /whakawhanaungatanga/i.test(f.bio))
        .map((f) => f.slug)
        .sort(),
    );
    const bySpecialty = await directory(app.client(), "q=maternity&country=NZ");
    expect(bySpecialty.data.page.results.map((r) => r.slug)).toContain(target.slug);
    const none = await directory(app.client(), "q=zzzzunlikelyword");
    expect(none.data.page.total).toBe(0);
  });

  it("ignores unknown filter values instead of failing, so old links still work", async () => {
    const { status, data } = await directory(app.client(), "country=ZZZ&modality=teleport&language=klingon");
    expect(status).toBe(200);
    expect(data.page.total).toBe(FACILITATORS.length);
  });
});
