import { describe, expect, it } from "vitest";
import { RESOURCES } from "../../../db/seed/data/resources";
import { howToGet } from "../../../app/library/access";
import { facetValueLabel } from "../../../app/search/labels";

describe("every resource can be reached", () => {
  it("each seeded resource has a link, or a line saying it is not online and how to get it", () => {
    const withoutLink = RESOURCES.filter((r) => !r.url);
    expect(withoutLink.length).toBeGreaterThan(0);
    for (const r of RESOURCES) {
      const line = howToGet({ url: r.url ?? null, title: r.title, publisher: r.publisher ?? "", accessNote: r.accessNote ?? "", type: r.type });
      if (r.url) expect(line, r.slug).toBeNull();
      else {
        expect(line, r.slug).toMatch(/^Not available online/);
        expect(line, r.slug).toContain(r.title);
      }
    }
  });

  it("names languages the site's list lacks instead of showing their codes", () => {
    expect(facetValueLabel("language", "gu")).toBe("Gujarati");
    expect(facetValueLabel("languages", "mi")).not.toBe("mi");
    expect(facetValueLabel("language", "not a tag!")).toBe("not a tag!");
  });
});
