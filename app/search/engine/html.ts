// Highlights are rendered as HTML, so every engine escapes the source text before adding
// <mark>. Document text is user-contributed and must never become markup.

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

export const MARK_OPEN = "<mark>";
export const MARK_CLOSE = "</mark>";
