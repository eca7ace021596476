import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { learningReviews, notifications } from "../../../db/schema";
import { useTestApp } from "../../support/app";
import { testDriver } from "../../support/database";
import { createUser, signIn } from "../../support/people";
import { approve, cleanFields, startDraft, submitDraft } from "../learnings/helpers";

const app = useTestApp();

describe(`the reviewer permission works for every role that can hold it (${testDriver()})`, () => {
  for (const role of ["member", "peer_supporter", "facilitator"] as const) {
    it(`a ${role.replace("_", " ")} given "reviewer" by an admin can review case learnings`, async () => {
      const admin = await createUser(app.db, { role: "admin" });
      const adminClient = app.client();
      await signIn(adminClient, admin.email);
      const person = await createUser(app.db, { role });
      const client = app.client();
      await signIn(client, person.email);
      expect((await client.get("/learnings/reviews")).status).toBe(403);

      const form = (await adminClient.html(`/admin/users/${person.id}`)).html;
      expect(form).toContain("Any role can hold these.");
      const granted = await adminClient.post(`/admin/users/${person.id}`, {
        intent: "change-role",
        role,
        permissions: ["reviewer"],
        reason: "Trained in de-identification review",
      });
      expect(granted.status).toBe(200);
      expect(await granted.text()).toContain("this person now reviews case learnings before publication");

      expect((await client.get("/learnings/reviews")).status).toBe(200);
      const author = await createUser(app.db, { role: "member" });
      const authorClient = app.client();
      await signIn(authorClient, author.email);
      const fields = cleanFields();
      const id = await startDraft(authorClient, fields);
      expect((await submitDraft(authorClient, id, fields)).status).toBe(302);
      const told = await app.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, person.id), eq(notifications.kind, "learning_review")));
      expect(told.length).toBeGreaterThan(0);
      expect((await client.html("/learnings/reviews")).html).toContain(fields.title);
      expect((await approve(client, id)).status).toBe(302);
      const [review] = await app.db
        .select()
        .from(learningReviews)
        .where(and(eq(learningReviews.learningId, id), eq(learningReviews.reviewerId, person.id)));
      expect(review?.decision).toBe("approved");
    });
  }
});
