/** The radio group of decisions a reviewer picks from, in both review queues. */
export function DecisionChoices({
  choices,
  chosen,
  error,
}: {
  choices: ReadonlyArray<{ value: string; label: string }>;
  chosen: string;
  error?: string | null;
}) {
  return (
    <fieldset className="field">
      <legend>Decision</legend>
      {choices.map((d) => (
        <label key={d.value} className="checkbox">
          <input type="radio" name="decision" value={d.value} defaultChecked={chosen === d.value} /> {d.label}
        </label>
      ))}
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
