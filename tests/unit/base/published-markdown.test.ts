// Published text (public bios, the resource library) is converted once and kept: the answer must be exactly what
// renderMarkdown and markdownToText give, sanitized the same way, and an edited text is converted afresh.
import { describe, expect, it } from "vitest";
import { markdownToText, publishedMarkdownText, renderMarkdown, renderPublishedMarkdown } from "~/utils/markdown.server";

const SOURCES = ["**Bold** and [a link](https://example.org) <script>alert(1)</script>", "# Heading\n\n- one\n- two\n\n<img src=x onerror=alert(1)>", ""];

describe("renderPublishedMarkdown and publishedMarkdownText", () => {
  it("answer as renderMarkdown and markdownToText do, the first time and every time after", () => {
    for (const source of SOURCES) {
      for (let i = 0; i < 2; i++) {
        expect(renderPublishedMarkdown(source)).toBe(renderMarkdown(source));
        expect(publishedMarkdownText(source)).toBe(markdownToText(source));
      }
    }
    expect(renderPublishedMarkdown(SOURCES[0]!)).not.toContain("<script");
    expect(renderPublishedMarkdown(SOURCES[1]!)).not.toContain("onerror");
  });

  it("converts an edited text afresh, and keeps answering after many different texts", () => {
    expect(renderPublishedMarkdown("Version *one*")).toContain("<em>one</em>");
    expect(renderPublishedMarkdown("Version **two**")).toContain("<strong>two</strong>");
    for (let i = 0; i < 3_000; i++) publishedMarkdownText(`Bio number ${i}`);
    expect(publishedMarkdownText("Bio number 1")).toBe("Bio number 1");
    expect(publishedMarkdownText("Bio number 2999")).toBe("Bio number 2999");
  });
});
