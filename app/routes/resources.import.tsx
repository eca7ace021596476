import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { Field, FormMessage, Select, TextArea, useFormReply } from "~/components/forms";
import { Visibility, TableScroll } from "~/components/page";
import { confirmImport, getImportReport, uploadImport } from "~/library/import.server";
import { ImportUploadSchema } from "~/library/schema.server";
import { requireUserWith } from "~/utils/guards.server";
import { parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { canImportResources } from "~/utils/policy.server";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [...pageMeta("Import resources · Restorative Network", "Import library resources from a CSV or RIS file.")];

const MAX_FILE_BYTES = 2_000_000;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, context, canImportResources);
  const id = new URL(request.url).searchParams.get("id");
  if (!id) return json({ upload: null });
  const upload = await getImportReport(user.id, id);
  if (!upload) throw redirect("/resources/import");
  return json({ upload: { ...upload, confirmedAt: upload.confirmedAt?.toISOString() ?? null } });
}

async function readUpload(form: FormData) {
  const file = form.get("file");
  let content = String(form.get("content") ?? "");
  let fileName = "";
  let format = String(form.get("format") ?? "");
  if (file && typeof file === "object" && "text" in file && file.size > 0) {
    if (file.size > MAX_FILE_BYTES) return { error: "The file is larger than 2 MB; split it into smaller files.", values: null };
    content = await file.text();
    fileName = file.name.slice(0, 200);
    if (/\.json$/i.test(fileName)) format = "json";
    else if (/\.csv$/i.test(fileName)) format = "csv";
  }
  return { error: null, values: { format, content, fileName } };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUserWith(request, context, canImportResources);
  const form = await request.formData();
  if (form.get("intent") === "confirm") {
    const importId = String(form.get("importId") ?? "");
    const result = await confirmImport(user.id, importId);
    if (result.ok || result.reason === "already_imported") return redirect(`/resources/import?id=${encodeURIComponent(importId)}`);
    const message =
      result.reason === "nothing_valid"
        ? "No row can be imported now: the library has changed since the check. See the report below."
        : "We could not find that import.";
    return formInvalid({ errors: { form: message }, values: null });
  }
  const read = await readUpload(form);
  if (read.values === null) return formInvalid({ errors: { file: read.error }, values: { format: String(form.get("format") ?? ""), content: "" } });
  const parsed = parseForm(ImportUploadSchema, read.values);
  if (!parsed.ok) {
    // Only pasted text comes back into the form; a chosen file must be chosen again (browsers forbid prefilling it).
    return formInvalid({ errors: parsed.errors, values: { format: read.values.format, content: read.values.fileName ? "" : read.values.content } });
  }
  const { id } = await uploadImport(user.id, parsed.data);
  return redirect(`/resources/import?id=${id}`);
}

export default function ImportResources() {
  const { upload } = useLoaderData<typeof loader>();
  const { errors, values } = useFormReply<{ format: string; content: string }>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="page narrow">
      <p>
        <Link to="/resources">← Resource library</Link>
      </p>
      <h1>Import resources</h1>
      <Visibility>editors only. Imported resources become public in the library, search and feed.</Visibility>
      <FormMessage error={errors.form} />
      {upload ? <ImportReport upload={upload} busy={busy} /> : null}
      {!upload || upload.confirmedAt ? (
        <section aria-labelledby="upload-heading">
          <h2 id="upload-heading">{upload ? "Import another file" : "Check a file"}</h2>
          <p>Nothing is imported at this step: we check every row first and show you what we found.</p>
          <p className="small">
            Columns: title, summary, url, body, type, topics, audiences, countries, language, year, authors, publisher, access_note, and optionally slug.
            Separate several values in one cell with semicolons (topics, countries, authors). A resource needs a url or a body.
          </p>
          <Form method="post" encType="multipart/form-data" noValidate className="stack">
            <input type="hidden" name="intent" value="upload" />
            <Select
              label="Format"
              name="format"
              defaultValue={values?.format ?? "csv"}
              error={errors.format}
              options={[
                { value: "csv", label: "CSV (spreadsheet, first row names the columns)" },
                { value: "json", label: "JSON (a list of objects)" },
              ]}
              hint="Worked out from the file name when it ends in .csv or .json."
            />
            <Field label="File" name="file" type="file" accept=".csv,.json,text/csv,application/json" error={errors.file} />
            <TextArea label="Or paste the contents" name="content" rows={6} defaultValue={values?.content} error={errors.content} />
            <button type="submit" disabled={busy}>
              {busy ? "Checking…" : "Check the file"}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

type Upload = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["upload"]>;

function ImportReport({ upload, busy }: { upload: Upload; busy: boolean }) {
  if (upload.confirmedAt) {
    return (
      <div className="notice success" role="status">
        Imported {upload.importedCount} {upload.importedCount === 1 ? "resource" : "resources"}
        {upload.fileName ? ` from ${upload.fileName}` : ""}. They are in the library now.
      </div>
    );
  }
  const report = upload.report!;
  return (
    <section aria-labelledby="report-heading" className="import-report">
      <h2 id="report-heading">What we found{upload.fileName ? ` in ${upload.fileName}` : ""}</h2>
      {report.fileError ? (
        <p className="notice error" role="alert">
          {report.fileError}
        </p>
      ) : (
        <p role="status">
          {report.totalRows} {report.totalRows === 1 ? "row" : "rows"} checked: {report.valid.length} can be imported
          {report.errors.length ? `, ${report.errors.length} ${report.errors.length === 1 ? "has" : "have"} problems and will be left out` : ""}.
          {upload.report?.format === "csv" ? " Rows are numbered as in a spreadsheet: the header is row 1." : " Items are numbered from 1."}
        </p>
      )}
      {report.errors.length ? (
        <TableScroll label="Rows that could not be imported">
          <table className="data-table">
            <caption>Rows with problems</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">What to fix</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e) => (
                <tr key={e.row}>
                  <th scope="row">Row {e.row}</th>
                  <td>
                    <ul>
                      {e.messages.map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {report.valid.length ? (
        <details>
          <summary>The {report.valid.length} rows that can be imported</summary>
          <ul>
            {report.valid.map((v) => (
              <li key={v.row}>
                Row {v.row}: {v.title}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {report.valid.length ? (
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="importId" value={upload.id} />
          <p>The rows are checked again when you import, all in one step: either every valid row is imported, or none is.</p>
          <button type="submit" disabled={busy}>
            {busy ? "Importing…" : `Import the ${report.valid.length} valid ${report.valid.length === 1 ? "row" : "rows"}`}
          </button>
        </Form>
      ) : null}
      <p>
        <Link to="/resources/import">Start again with a corrected file</Link>
      </p>
    </section>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/RouteErrorBoundary";
