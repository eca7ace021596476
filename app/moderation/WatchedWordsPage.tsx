import { Form, useNavigation } from "@remix-run/react";
import { Field, FormMessage, Select, TextArea } from "~/components/forms";
import { WATCHED_WORD_ACTION_LABELS } from "./labels";
import type { WatchedWordsReply } from "./watched-words-actions.server";
import { TableScroll } from "~/components/page";

type Entry = { id: string; pattern: string; action: string; note: string | null };
export type WatchedWordsState = WatchedWordsReply | undefined;

const ACTION_OPTIONS = Object.entries(WATCHED_WORD_ACTION_LABELS).map(([value, label]) => ({ value, label }));
const OUTCOME_WORDS = {
  publish: "It would be published.",
  hold: "It would be held for a facilitator to review before others see it.",
  block: "It would be refused, and the author would keep their text.",
};

/** The watched-word list with add, remove, CSV import and export, and a "test this text" box. */
export function WatchedWordsPage({
  entries,
  state,
  exportHref,
  scopeLabel,
}: {
  entries: Entry[];
  state: WatchedWordsState;
  exportHref: string;
  scopeLabel: string;
}) {
  const busy = useNavigation().state === "submitting";
  const errors = state?.errors ?? {};
  const values = state?.values ?? {};
  const on = (intent: string) => (state?.intent === intent ? errors : {});
  return (
    <>
      <FormMessage success={state?.done} error={errors.form} />
      <section aria-labelledby="ww-list-heading">
        <h2 id="ww-list-heading">The list ({entries.length})</h2>
        <p>
          Each entry is a word or phrase. Matching ignores capitals and accents and respects word edges: “ass” does not match “class”. Use <code>*</code> inside
          a word for any letters (“harass*”), or alone for any one word.
        </p>
        {entries.length ? (
          <TableScroll label="Watched words">
            <table className="data-table">
              <caption className="visually-hidden">Watched words for {scopeLabel}</caption>
              <thead>
                <tr>
                  <th scope="col">Word or phrase</th>
                  <th scope="col">Action</th>
                  <th scope="col">Note</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <code>{e.pattern}</code>
                    </td>
                    <td>{e.action}</td>
                    <td>{e.note}</td>
                    <td>
                      <Form method="post">
                        <input type="hidden" name="intent" value="remove" />
                        <input type="hidden" name="id" value={e.id} />
                        <button type="submit" className="secondary small" aria-label={`Remove ${e.pattern}`}>
                          Remove
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <p>No watched words yet.</p>
        )}
        <p>
          <a href={exportHref} download>
            Export as CSV
          </a>
        </p>
      </section>

      <section aria-labelledby="ww-add-heading" className="card">
        <h2 id="ww-add-heading">Add a word or phrase</h2>
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="add" />
          <Field label="Word or phrase" name="pattern" defaultValue={state?.intent === "add" ? values.pattern : undefined} error={on("add").pattern} />
          <Select
            label="What happens when a post contains it"
            name="action"
            options={ACTION_OPTIONS}
            defaultValue={state?.intent === "add" ? values.action : "hold"}
            error={on("add").action}
          />
          <Field
            label="Note for other reviewers (optional)"
            name="note"
            defaultValue={state?.intent === "add" ? values.note : undefined}
            error={on("add").note}
          />
          <button type="submit" disabled={busy}>
            Save word
          </button>
        </Form>
      </section>

      <section aria-labelledby="ww-test-heading" className="card">
        <h2 id="ww-test-heading">Test this text</h2>
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="test" />
          <TextArea
            label="Text to test"
            name="text"
            rows={4}
            defaultValue={state?.intent === "test" ? values.text : undefined}
            error={on("test").text}
            hint="Nothing is saved. You will see what would happen if this were posted here."
          />
          <button type="submit" disabled={busy}>
            Test
          </button>
        </Form>
        {state?.test ? (
          <div className="notice" role="status">
            <p>
              <strong>{OUTCOME_WORDS[state.test.outcome]}</strong>
              {state.test.flag ? " It would also be flagged for review." : ""}
            </p>
            {state.test.matches.length ? (
              <ul>
                {state.test.matches.map((m) => (
                  <li key={m.pattern}>
                    “{m.matchedText}” matches <code>{m.pattern}</code> ({m.action}, {m.scope === "site" ? "site-wide list" : "this circle's list"})
                  </li>
                ))}
              </ul>
            ) : (
              <p>No watched words match.</p>
            )}
            {state.test.identifierKinds.length ? (
              <p>The identifier guard would hold it: it looks like it contains {state.test.identifierKinds.join(", ")}.</p>
            ) : null}
            {state.test.distress ? (
              <p>
                It expresses distress: the author would see a private care panel and the care team would get a care alert. It would not be refused or hidden for
                that.
              </p>
            ) : null}
            {state.test.message ? <p>The author would read: “{state.test.message}”</p> : null}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="ww-import-heading" className="card">
        <h2 id="ww-import-heading">Import from CSV</h2>
        <p>
          Columns: <code>pattern,action,note</code>, with or without that header row. Action is block, hold or flag. Existing patterns are updated; rows with
          problems are listed by row number and skipped.
        </p>
        <Form method="post" encType="multipart/form-data" className="stack">
          <input type="hidden" name="intent" value="import" />
          <div className="field">
            <label htmlFor="ww-file">CSV file</label>
            <input id="ww-file" type="file" name="file" accept=".csv,text/csv" />
          </div>
          <TextArea label="Or paste the CSV" name="csv" rows={5} defaultValue={state?.intent === "import" ? values.csv : undefined} error={on("import").csv} />
          {state?.problems.length ? (
            <ul className="field-error" aria-label="Rows not imported">
              {state.problems.map((p) => (
                <li key={`${p.row}-${p.message}`}>{`Row ${p.row}: ${p.message}`}</li>
              ))}
            </ul>
          ) : null}
          <button type="submit" disabled={busy}>
            Import
          </button>
        </Form>
      </section>
    </>
  );
}
