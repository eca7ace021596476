import { describe, expect, it } from "vitest";
import { ResourceInputSchema, splitList } from "../../../app/library/schema.server";
import { readImportRows } from "../../../app/library/import.server";
import { xmlEscape } from "../../../app/library/feed.server";
import { slugify } from "../../../app/library/resources.server";
import { BACKOFF_CAP_MS, backoffMs } from "../../../app/search/outbox.server";
import { searchFormFromUrl, searchHref, searchQueryFromForm } from "../../../app/search/query";

const valid = {
  title: "Healing after harm",
  summary: "An evaluation.",
  url: "https://example.org/x",
  body: "",
  type: "research_paper",
  topics: ["evaluation"],
  audiences: [],
  countries: "nz, au",
  language: "EN",
  year: "2020",
  authors: "A; B",
  publisher: "",
  accessNote: "",
};

describe("resource input", () => {
  it("normalises lists, codes and the year", () => {
    const parsed = ResourceInputSchema.parse(valid);
    expect(parsed.countries).toEqual(["NZ", "AU"]);
    expect(parsed.language).toBe("en");
    expect(parsed.year).toBe(2020);
    expect(parsed.authors).toEqual(["A", "B"]);
  });

  it("needs a link or a body, and only web links", () => {
    expect(ResourceInputSchema.safeParse({ ...valid, url: "", body: "" }).success).toBe(false);
    expect(ResourceInputSchema.safeParse({ ...valid, url: "", body: "Notes" }).success).toBe(true);
    const js = ResourceInputSchema.safeParse({ ...valid, url: "javascript:alert(1)" });
    expect(js.success).toBe(false);
    expect(js.error!.issues[0]!.path).toEqual(["url"]);
  });

  it("rejects unknown taxonomy values by name", () => {
    const result = ResourceInputSchema.safeParse({ ...valid, topics: ["evaluation", "astrology"] });
    expect(result.error!.issues[0]!.message).toContain("astrology");
  });

  it("splits lists on the separators people use", () => {
    expect(splitList("a; b,c|d\ne ; a")).toEqual(["a", "b", "c", "d", "e"]);
    expect(splitList(["x", "y; z"])).toEqual(["x", "y", "z"]);
  });
});

describe("import rows", () => {
  it("numbers CSV rows as a spreadsheet does, even across multi-line cells", () => {
    const { rows } = readImportRows("csv", 'title,summary\n"One","a\nb"\n"Two",c\n');
    expect(rows.map((r) => [r.row, r.fields.title])).toEqual([
      [2, "One"],
      [3, "Two"],
    ]);
  });

  it("explains unreadable files instead of throwing", () => {
    expect(readImportRows("csv", 'title\n"unclosed').fileError).toContain("could not be read");
    expect(readImportRows("json", '{"title":"x"}').fileError).toContain("list of resources");
    expect(readImportRows("csv", "name,summary\nx,y").fileError).toContain('"title" column');
  });
});

describe("small helpers", () => {
  it("makes readable slugs", () => {
    expect(slugify("Kōrero & healing: after harm!")).toBe("korero-healing-after-harm");
    expect(slugify("???")).toBe("resource");
  });

  it("escapes XML and drops forbidden control characters", () => {
    expect(xmlEscape(`<a href="x">Tom & 'Jo'</a>\u0001`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jo&apos;&lt;/a&gt;");
  });

  it("backs off exponentially, capped", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([2000, 4000, 8000, 16000]);
    expect(backoffMs(30)).toBe(BACKOFF_CAP_MS);
  });

  it("round-trips the search page's URL", () => {
    const url = new URL("http://x/search?q=circle&kind=resource&kind=bogus&country=nz&yearFrom=2019&yearTo=abcd&page=2");
    const form = searchFormFromUrl(url);
    expect(form).toMatchObject({ q: "circle", kind: ["resource"], country: ["NZ"], yearFrom: "2019", yearTo: "", page: 2 });
    expect(searchQueryFromForm(form).filters).toEqual({ kind: ["resource"], countries: ["NZ"], yearFrom: 2019 });
    expect(searchHref(form, { page: 3 })).toBe("/search?q=circle&kind=resource&country=NZ&yearFrom=2019&page=3");
  });
});
