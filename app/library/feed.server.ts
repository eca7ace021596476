import { newestPublicResources } from "./listing.server";

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
/** Escapes text for XML, and drops characters XML 1.0 forbids (they would make the feed invalid). */
export function xmlEscape(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** An Atom 1.0 feed of the newest public resources. */
export async function resourcesAtomFeed(origin: string): Promise<string> {
  const items = await newestPublicResources(50);
  const updated = (items[0]?.createdAt ?? new Date(0)).toISOString();
  const entries = items.map((r) => {
    const link = `${origin}/resources/${encodeURIComponent(r.slug)}`;
    const authors = r.authors.length ? r.authors.map((a) => `<author><name>${xmlEscape(a)}</name></author>`).join("") : "";
    return [
      "<entry>",
      `<id>${xmlEscape(`${origin}/resources/${r.id}`)}</id>`,
      `<title type="text">${xmlEscape(r.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>`,
      `<published>${r.createdAt.toISOString()}</published>`,
      `<updated>${r.updatedAt.toISOString()}</updated>`,
      authors,
      `<summary type="text">${xmlEscape(r.summary)}</summary>`,
      "</entry>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${xmlEscape(`${origin}/resources.atom`)}</id>`,
    "<title>Restorative Network: new resources</title>",
    "<subtitle>New additions to the resource library on restorative responses to harm in healthcare.</subtitle>",
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(`${origin}/resources.atom`)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(`${origin}/resources`)}"/>`,
    `<updated>${updated}</updated>`,
    "<author><name>Restorative Network editors</name></author>",
    ...entries,
    "</feed>",
  ].join("\n");
}
