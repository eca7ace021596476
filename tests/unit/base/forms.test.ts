import { z } from "zod";
import { describe, expect, it } from "vitest";
import { parseForm } from "~/utils/forms";

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
