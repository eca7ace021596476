import { useId } from "react";
import { facetValueLabel } from "~/search/labels";

// The facet panel shared by /search and /resources, so that both filter the same way. It renders
// plain form controls: without JavaScript the "Show results" button submits them.

export type FacetParam = "kind" | "type" | "topic" | "country" | "language";
const FACET_OF: Record<FacetParam, string> = { kind: "kind", type: "type", topic: "topics", country: "countries", language: "languages" };
const LEGENDS: Record<FacetParam, string> = { kind: "Kind", type: "Type", topic: "Topic", country: "Country", language: "Language" };
const MAX_SHOWN = 12;

type Props = {
  facets: Record<string, Record<string, number>>;
  selected: Record<FacetParam, string[]> & { yearFrom: string; yearTo: string };
  params: readonly FacetParam[];
};

function FacetGroup({ param, counts, selected }: { param: FacetParam; counts: Record<string, number>; selected: string[] }) {
  const values = Object.entries(counts).sort((a, b) => b[1] - a[1] || facetValueLabel(param, a[0]).localeCompare(facetValueLabel(param, b[0])));
  const shown = values.slice(0, MAX_SHOWN).map(([v]) => v);
  // A chosen value always stays visible (even at zero) so it can be unticked.
  for (const v of selected) if (!shown.includes(v)) shown.push(v);
  if (!shown.length) return null;
  return (
    <fieldset className="facet">
      <legend>{LEGENDS[param]}</legend>
      <ul>
        {shown.map((value) => {
          const checked = selected.includes(value);
          return (
            <li key={`${value}-${checked}`}>
              <label className="checkbox">
                <input type="checkbox" name={param} value={value} defaultChecked={checked} />
                <span>
                  {facetValueLabel(param, value)} <span className="facet-count">({counts[value] ?? 0})</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export function FacetFilters({ facets, selected, params }: Props) {
  const id = useId();
  const years = Object.keys(facets.year ?? {})
    .map(Number)
    .filter(Number.isFinite);
  const minYear = years.length ? Math.min(...years) : undefined;
  const maxYear = years.length ? Math.max(...years) : undefined;
  return (
    <div className="facets">
      {params.map((param) => (
        <FacetGroup key={param} param={param} counts={facets[FACET_OF[param]] ?? {}} selected={selected[param]} />
      ))}
      <fieldset className="facet year-range">
        <legend>Year published</legend>
        {minYear ? (
          <p className="hint">
            Between {minYear} and {maxYear} in these results.
          </p>
        ) : null}
        <div className="year-inputs">
          <div>
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              key={`from-${selected.yearFrom}`}
              name="yearFrom"
              inputMode="numeric"
              pattern="[0-9]{4}"
              size={5}
              defaultValue={selected.yearFrom}
            />
          </div>
          <div>
            <label htmlFor={`${id}-to`}>To</label>
            <input id={`${id}-to`} key={`to-${selected.yearTo}`} name="yearTo" inputMode="numeric" pattern="[0-9]{4}" size={5} defaultValue={selected.yearTo} />
          </div>
        </div>
      </fieldset>
    </div>
  );
}
