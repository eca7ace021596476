// Highlighting: the source text is HTML-escaped piece by piece and matched words are wrapped
// in <mark>. Escaping happens before any markup is added, so document text can never inject
// HTML. Matched words are highlighted whole, including words found by prefix or with typos.

import { escapeHtml, MARK_CLOSE, MARK_OPEN } from "../html";
import { tokenizeWithOffsets } from "./text";

export function highlight(text: string, words: ReadonlySet<string>): string {
  if (!text) return "";
  if (words.size === 0) return escapeHtml(text);
  let html = "";
  let cursor = 0;
  for (const token of tokenizeWithOffsets(text)) {
    if (token.start < cursor || !words.has(token.word)) continue;
    html += escapeHtml(text.slice(cursor, token.start));
    html += MARK_OPEN + escapeHtml(text.slice(token.start, token.end)) + MARK_CLOSE;
    cursor = token.end;
  }
  return html + escapeHtml(text.slice(cursor));
}
