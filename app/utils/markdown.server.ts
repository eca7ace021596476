import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: false, async: false });

// A conservative allow-list: formatting, lists, quotes, code, tables and links. No images, iframes,
// styles or event handlers. Links open normally and carry rel=nofollow noopener.
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "s",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer" }),
    h1: "h2",
  },
  disallowedTagsMode: "discard",
};

/**
 * Bump this whenever marked, sanitize-html or SANITIZE changes what renderMarkdown produces: stored HTML of an
 * older version is then ignored (rendered again on read) until `npm run db:rerender-markdown` (also run at
 * start) has brought it up to date.
 */
export const MARKDOWN_RENDERER_VERSION = 1;

/** Markdown → HTML that is safe to put on a page: marked first, then sanitize-html. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source ?? "") as string;
  return sanitizeHtml(html, SANITIZE);
}

/** Plain text from Markdown, for search documents and excerpts. */
export function markdownToText(source: string): string {
  const html = marked.parse(source ?? "") as string;
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}

/** A pure text → text function with its last `limit` answers kept, so text shown on every visit is converted once. */
function remembered(convert: (source: string) => string, limit: number) {
  const kept = new Map<string, string>();
  return (source: string): string => {
    let out = kept.get(source);
    if (out === undefined) {
      out = convert(source);
      if (kept.size >= limit) kept.delete(kept.keys().next().value!);
      kept.set(source, out);
    }
    return out;
  };
}

/**
 * renderMarkdown and markdownToText for text published for anyone to read (facilitator bios, the resource library),
 * which list and detail pages converted again on every visit (marked and sanitize-html: ~10% of /facilitators'
 * CPU). The answers are kept by the text itself, so an edit is a new entry. Never for circle content or anything
 * only some people may read: that text stays out of any process-wide memory.
 */
export const renderPublishedMarkdown = remembered(renderMarkdown, 500);
export const publishedMarkdownText = remembered(markdownToText, 2_000);
