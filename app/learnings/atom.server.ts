import { renderMarkdown, markdownToText } from "~/utils/markdown.server";
import { SECTIONS } from "./sections";
import type { feedLearnings } from "./published.server";

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(value: string) {
  return (
    value
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // Characters XML 1.0 forbids outright.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
  );
}

type FeedRow = Awaited<ReturnType<typeof feedLearnings>>[number];

/** An Atom 1.0 feed of public learnings (RFC 4287). */
export function learningsAtomFeed(origin: string, rows: FeedRow[], generatedAt: Date) {
  const updated = (rows[0]?.lastPublishedAt ?? generatedAt).toISOString();
  const entries = rows.map((r) => {
    const url = `${origin}/learnings/${r.slug}`;
    const html = SECTIONS.filter((s) => r.sections[s.key])
      .map((s) => `<h2>${xmlEscape(s.label)}</h2>${renderMarkdown(r.sections[s.key]!)}`)
      .join("");
    return [
      "  <entry>",
      `    <id>urn:uuid:${r.id}</id>`,
      `    <title>${xmlEscape(r.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `    <published>${r.firstPublishedAt!.toISOString()}</published>`,
      `    <updated>${r.lastPublishedAt!.toISOString()}</updated>`,
      `    <category term="${xmlEscape(r.eventType)}"/>`,
      `    <category term="${xmlEscape(r.setting)}"/>`,
      `    <summary type="text">${xmlEscape(markdownToText(r.sections.whatChanged ?? "").slice(0, 500))}</summary>`,
      `    <content type="html">${xmlEscape(html)}</content>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    "  <title>Restorative Network: case learnings</title>",
    "  <subtitle>De-identified case learnings on restorative responses to harm in healthcare, reviewed by two people.</subtitle>",
    `  <id>${xmlEscape(`${origin}/learnings`)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(`${origin}/learnings.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(`${origin}/learnings`)}"/>`,
    `  <updated>${updated}</updated>`,
    "  <author><name>Restorative Network</name></author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
