import { useActionData } from "@remix-run/react";
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import type { FieldErrors, FormValues } from "~/utils/forms";

type Common = { label: ReactNode; name: string; error?: string | null; hint?: ReactNode };

/** The ids and aria attributes that tie a control to its label, hint and error. */
function useFieldIds(hint: ReactNode, error?: string | null) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, control: { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy } as const };
}

/** A label, an optional hint above the control, and the error next to it, linked for screen readers. */
function FieldShell({ id, label, hint, error, children }: { id: string; label: ReactNode; hint?: ReactNode; error?: string | null; children: ReactNode }) {
  return (
    <div className={`field${error ? " has-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input with its hint and its error next to it. */
export function Field({ label, name, error, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const { id, control } = useFieldIds(hint, error);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input name={name} {...control} {...input} />
    </FieldShell>
  );
}

export function TextArea({ label, name, error, hint, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, control } = useFieldIds(hint, error);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea name={name} {...control} {...input} />
    </FieldShell>
  );
}

export function Select({
  label,
  name,
  error,
  hint,
  options,
  placeholder,
  ...input
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: ReadonlyArray<{ value: string; label: string }>; placeholder?: string }) {
  const { id, control } = useFieldIds(hint, error);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select name={name} {...control} {...input}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A group of checkboxes in a fieldset with a legend. */
export function CheckboxGroup({
  legend,
  name,
  options,
  values,
  error,
  hint,
}: {
  legend: ReactNode;
  name: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  values: readonly string[];
  error?: string | null;
  hint?: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className={`field checkbox-group${error ? " has-error" : ""}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      <div className="checkbox-options">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="checkbox" name={name} value={o.value} defaultChecked={values.includes(o.value)} /> {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A message for the whole form, announced to screen readers. */
export function FormMessage({ error, success }: { error?: string | null; success?: string | null }) {
  if (error)
    return (
      <div className="notice error" role="alert">
        {error}
      </div>
    );
  if (success)
    return (
      <div className="notice success" role="status">
        {success}
      </div>
    );
  return null;
}

/**
 * What the page's action said about its form: one message per field (empty when all is well) and what was
 * typed, when the form was sent back to be fixed (formInvalid on the server).
 */
export function useFormReply<V = FormValues>(): { errors: FieldErrors; values: V | undefined } {
  const data = useActionData() as { errors?: FieldErrors; values?: V | null } | undefined;
  return { errors: data?.errors ?? {}, values: data?.values ?? undefined };
}
