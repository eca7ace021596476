// People call it "the library": /library leads to the resource library, keeping any search it carries.
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../support/app";

const app = useTestApp();

describe("/library", () => {
  it("leads to /resources with the search kept", async () => {
    const res = await app.client().get("/library?q=apology&language=fr");
    expect(res.status).toBe(301);
    expect(res.headers.get("Location")).toBe("/resources?q=apology&language=fr");
  });

  it("leads to /resources, whose page answers", async () => {
    const client = app.client();
    const res = await client.get("/library");
    expect(res.headers.get("Location")).toBe("/resources");
    expect((await client.html("/resources")).status).toBe(200);
  });
});
