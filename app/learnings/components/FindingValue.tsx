import { Form } from "@remix-run/react";
import { TextArea } from "~/components/forms";

type Value = { hash: string; type: string; text: string; placeholder: string; occurrences: unknown[]; where: string[]; decision: { reason: string } | null };

/**
 * One found value on the check page, with every place it appears counted: one button uses its placeholder
 * everywhere, one reason marks every occurrence as not identifying. Plain forms, so it works without
 * JavaScript and with the keyboard alone.
 */
export function FindingValue({ value: v, n, error, reason }: { value: Value; n: number; error?: string; reason?: string }) {
  const times = v.occurrences.length;
  const everywhere = times === 1 ? "" : ` in all ${times} places`;
  return (
    <li id={`value-${n}`} className="finding" aria-labelledby={`value-${n}-name`}>
      <h3 id={`value-${n}-name`} className="finding-name">
        <span className="finding-type">{v.type.toLowerCase()}</span> “{v.text}” → <code>{v.placeholder}</code>
      </h3>
      <p className="small muted">
        {times === 1 ? "Appears once" : `Appears ${times} times`}, in {v.where.join(", ")}.
      </p>
      {v.decision ? (
        <Form method="post" className="inline-form">
          <p className="small">
            You marked this as not identifying{everywhere}: {v.decision.reason}
          </p>
          <input type="hidden" name="intent" value="undo" />
          <input type="hidden" name="hash" value={v.hash} />
          <button type="submit" className="small secondary">
            Undo “not identifying” for “{v.text}”
          </button>
        </Form>
      ) : (
        <div className="finding-choices">
          <Form method="post">
            <input type="hidden" name="intent" value="accept" />
            <input type="hidden" name="hash" value={v.hash} />
            <button type="submit" className="small">
              Use {v.placeholder} for “{v.text}”{everywhere}
            </button>
          </Form>
          <Form method="post" className="not-identifying">
            <input type="hidden" name="intent" value="not-identifying" />
            <input type="hidden" name="hash" value={v.hash} />
            <TextArea
              label={`Why “${v.text}” does not identify anyone${times === 1 ? "" : ` (one reason covers all ${times} places)`}`}
              name="reason"
              rows={2}
              defaultValue={reason}
              error={error}
            />
            <button type="submit" className="small secondary">
              Mark “{v.text}” as not identifying{everywhere}
            </button>
          </Form>
        </div>
      )}
    </li>
  );
}
