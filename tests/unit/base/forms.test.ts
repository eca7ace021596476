import { z } from "zod";
import { describe, expect, it } from "vitest";
import { formValues, parseForm } from "~/utils/forms";
import { formInvalid } from "~/utils/forms.server";
import { requiredParam } from "~/utils/guards.server";

const Schema = z.object({ name: z.string().trim().min(1, "Enter a name."), age: z.coerce.number().int().min(18, "You need to be 18 or over.") });

describe("parseForm", () => {
  it("gives the parsed data and the typed values when the form is valid", () => {
    const values = { name: " Ana ", age: "30" };
    expect(parseForm(Schema, values)).toEqual({ ok: true, data: { name: "Ana", age: 30 }, values });
  });

  it("gives one message per field and keeps exactly what was typed when it is not", () => {
    const values = { name: "", age: "12" };
    const parsed = parseForm(Schema, values);
    expect(parsed).toEqual({ ok: false, errors: { name: "Enter a name.", age: "You need to be 18 or over." }, values });
  });

  it("puts an issue about no field in particular under form", () => {
    const Both = z.object({ a: z.string(), b: z.string() }).refine((v) => v.a === v.b, "The two must match.");
    expect(parseForm(Both, { a: "x", b: "y" })).toMatchObject({ ok: false, errors: { form: "The two must match." } });
  });
});

describe("formValues", () => {
  it("keeps every text field exactly as typed, the last of a repeated name, and no file", () => {
    const form = new FormData();
    form.append("title", "  Spaces kept  ");
    form.append("tag", "first");
    form.append("tag", "second");
    form.append("evidence", new Blob(["%PDF"]), "a.pdf");
    expect(formValues(form)).toEqual({ title: "  Spaces kept  ", tag: "second" });
  });
});

describe("formInvalid", () => {
  it("sends the messages and what was typed back with a 400, or the status asked for", async () => {
    const reply = formInvalid({ errors: { name: "Enter a name." }, values: { name: "" } });
    expect(reply.status).toBe(400);
    expect(await reply.json()).toEqual({ errors: { name: "Enter a name." }, values: { name: "" } });
    expect(formInvalid({ errors: { form: "Too many tries." }, values: {} }, 429).status).toBe(429);
  });
});

describe("requiredParam", () => {
  it("gives the part of the address, or throws a 404 the kind error page shows", () => {
    expect(requiredParam({ slug: "aroha" }, "slug")).toBe("aroha");
    for (const params of [{}, { slug: "" }]) {
      let thrown: unknown;
      try {
        requiredParam(params, "slug");
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Response);
      expect((thrown as Response).status).toBe(404);
    }
  });
});
