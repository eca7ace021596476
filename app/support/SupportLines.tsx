import type { SupportLine } from "./lines";

/** A list of support lines with call and text links. Shared by /support and the private care panel. */
export function SupportLineList({ lines, headingLevel = 3 }: { lines: SupportLine[]; headingLevel?: 2 | 3 | 4 }) {
  const H = `h${headingLevel}` as "h2" | "h3" | "h4";
  return (
    <ul className="support-lines">
      {lines.map((line) => (
        <li key={`${line.country}-${line.name}`} className="support-line">
          <H>{line.name}</H>
          <p>{line.description}</p>
          <dl>
            {line.phone ? (
              <>
                <dt>Phone</dt>
                <dd>{line.phoneHref ? <a href={line.phoneHref}>{line.phone}</a> : line.phone}</dd>
              </>
            ) : null}
            {line.text ? (
              <>
                <dt>Text</dt>
                <dd>{line.textHref ? <a href={line.textHref}>{line.text}</a> : line.text}</dd>
              </>
            ) : null}
            <dt>Hours</dt>
            <dd>{line.hours}</dd>
            <dt>Website</dt>
            <dd>
              <a href={line.website} rel="noopener noreferrer">
                {line.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
              </a>
            </dd>
          </dl>
          {line.forHealthWorkers ? <p className="tag">For health and care workers</p> : null}
        </li>
      ))}
    </ul>
  );
}
