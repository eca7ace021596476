import { Form, useNavigation } from "@remix-run/react";
import { CheckboxGroup, Field, FormMessage, Select, TextArea } from "~/components/forms";
import { AUDIENCES, LANGUAGES, RESOURCE_TYPES, TOPICS } from "~/taxonomy";

// The editor's form for a resource, used to add one (also from a member's suggestion) and to edit one.

export type ResourceFormDefaults = {
  title: string;
  summary: string;
  body: string;
  url: string;
  type: string;
  topics: string[];
  audiences: string[];
  countries: string;
  language: string;
  year: string;
  authors: string;
  publisher: string;
  accessNote: string;
  note?: string;
  status?: string;
};

export const EMPTY_RESOURCE: ResourceFormDefaults = {
  title: "",
  summary: "",
  body: "",
  url: "",
  type: "",
  topics: [],
  audiences: [],
  countries: "",
  language: "en",
  year: "",
  authors: "",
  publisher: "",
  accessNote: "",
};

const LANGUAGE_OPTIONS = Object.entries(LANGUAGES)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

export function ResourceForm({
  values,
  errors,
  mode,
  hidden = {},
}: {
  values: ResourceFormDefaults;
  errors: Record<string, string>;
  mode: "create" | "edit";
  hidden?: Record<string, string>;
}) {
  const busy = useNavigation().state === "submitting";
  return (
    <Form method="post" noValidate className="stack resource-form">
      <FormMessage error={errors.form ?? (Object.keys(errors).length ? "Some details need another look; each is marked below." : null)} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field label="Title" name="title" required defaultValue={values.title} error={errors.title} />
      <TextArea
        label="Summary"
        name="summary"
        rows={4}
        required
        defaultValue={values.summary}
        error={errors.summary}
        hint="Two or three sentences in your own words: what it is and who it helps."
      />
      <Field
        label="Web address"
        name="url"
        type="url"
        inputMode="url"
        defaultValue={values.url}
        error={errors.url}
        hint="A DOI link or the publisher's page. Needed unless you write notes below."
      />
      <TextArea
        label="Notes (optional)"
        name="body"
        rows={6}
        defaultValue={values.body}
        error={errors.body}
        hint="Markdown is welcome: *emphasis*, lists and links. Shown on the resource's page."
      />
      <Select label="Type" name="type" options={RESOURCE_TYPES} placeholder="Choose a type" defaultValue={values.type} error={errors.type} />
      <CheckboxGroup legend="Topics" name="topics" options={TOPICS} values={values.topics} error={errors.topics} hint="Choose all that apply." />
      <CheckboxGroup legend="Audiences" name="audiences" options={AUDIENCES} values={values.audiences} error={errors.audiences} />
      <Field
        label="Countries"
        name="countries"
        defaultValue={values.countries}
        error={errors.countries}
        hint="Two-letter codes separated by commas, such as NZ, CA, GB. Leave empty for international works."
      />
      <Select label="Language" name="language" options={LANGUAGE_OPTIONS} defaultValue={values.language} error={errors.language} />
      <Field label="Year published" name="year" inputMode="numeric" defaultValue={values.year} error={errors.year} />
      <TextArea label="Authors" name="authors" rows={3} defaultValue={values.authors} error={errors.authors} hint="One per line." />
      <Field label="Publisher or organisation" name="publisher" defaultValue={values.publisher} error={errors.publisher} />
      <Field
        label="Access or licence note"
        name="accessNote"
        defaultValue={values.accessNote}
        error={errors.accessNote}
        hint="For example “Open access”, “Free to read” or “Subscription”."
      />
      {mode === "edit" ? (
        <>
          <Select
            label="Status"
            name="status"
            defaultValue={values.status ?? "published"}
            error={errors.status}
            options={[
              { value: "published", label: "Published: in the library, search and feed" },
              { value: "withdrawn", label: "Withdrawn: hidden from everyone but editors" },
            ]}
          />
          <Field label="What changed (optional)" name="note" defaultValue={values.note} error={errors.note} hint="Shown in the revision history." />
        </>
      ) : null}
      <button type="submit" disabled={busy}>
        {busy ? "Saving…" : mode === "create" ? "Add to the library" : "Save changes"}
      </button>
    </Form>
  );
}

/** Form defaults from a saved resource. */
export function defaultsFromResource(r: {
  title: string;
  summary: string;
  body: string | null;
  url: string | null;
  type: string;
  topics: string[];
  audiences: string[];
  countries: string[];
  language: string;
  year: number | null;
  authors: string[];
  publisher: string;
  accessNote: string;
  status: string;
}): ResourceFormDefaults {
  return {
    title: r.title,
    summary: r.summary,
    body: r.body ?? "",
    url: r.url ?? "",
    type: r.type,
    topics: r.topics,
    audiences: r.audiences,
    countries: r.countries.join(", "),
    language: r.language,
    year: r.year ? String(r.year) : "",
    authors: r.authors.join("\n"),
    publisher: r.publisher,
    accessNote: r.accessNote,
    status: r.status,
    note: "",
  };
}
