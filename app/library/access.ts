/**
 * What a reader is told about reaching a resource. With a web address, the link is the way. Without one,
 * a plain line says it is not available online and how to get it, shaped by what kind of work it is.
 */
export type AccessFacts = { url: string | null; title: string; publisher: string; accessNote: string; type: string };

export function howToGet(r: AccessFacts): string | null {
  if (r.url) return null;
  const from = r.publisher ? ` from ${r.publisher}` : "";
  const note = r.accessNote.toLowerCase();
  if (note.includes("book")) {
    return `Not available online. Borrow it from a public or university library (interlibrary loan can find it by its title, “${r.title}”), or buy it${from}.`;
  }
  if (note.includes("subscription") || r.type === "article" || r.type === "research_paper") {
    return `Not available online here. Ask a health library (at your hospital, university or professional body) for a copy of “${r.title}”${r.publisher ? ` in ${r.publisher}` : ""}; most can supply articles at no cost to staff. Authors often share a copy when asked.`;
  }
  return `Not available online here. Ask${r.publisher ? ` ${r.publisher}` : " its publisher"} for a copy of “${r.title}”, or ask a health library to find it for you.`;
}
