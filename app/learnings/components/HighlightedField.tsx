type Span = { start: number; end: number; type: string; placeholder: string; decision?: { reason: string } | null; reason?: string | null };

/**
 * A field's raw text with each finding marked, its type and placeholder beside it. Rendered as text nodes
 * only (React escapes them), never as HTML.
 */
export function HighlightedField({ text, findings }: { text: string; findings: readonly Span[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  [...findings]
    .sort((a, b) => a.start - b.start)
    .forEach((f, i) => {
      if (f.start < at) return;
      if (f.start > at) parts.push(text.slice(at, f.start));
      const cleared = !!(f.decision || f.reason);
      parts.push(
        <mark key={i} className={cleared ? "finding-mark not-identifying" : "finding-mark"}>
          {text.slice(f.start, f.end)}
          <span className="finding-label">
            {" "}
            ({f.type.toLowerCase()}, {f.placeholder}
            {cleared ? ", marked not identifying" : ""})
          </span>
        </mark>,
      );
      at = f.end;
    });
  if (at < text.length) parts.push(text.slice(at));
  return <p className="highlighted-text">{parts}</p>;
}
