import { and, eq } from "drizzle-orm";
import { createOnce, type FormKey } from "~/utils/form-token.server";
import { facilitatorTraining } from "../../db/schema";
import { writeAudit } from "~/utils/audit.server";
import { getDb } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";
import { enqueueSearchSync } from "~/utils/outbox.server";
import { checkEvidence, readEvidenceFile, removeEvidenceFile, storeEvidenceFile, type UploadedEvidence } from "./evidence.server";
import { fieldErrors, TrainingSchema, type FieldErrors } from "./schema.server";

export type TrainingFormValues = { programme: string; provider: string; completedOn: string; expiresOn: string; evidenceRef: string };

export function readTrainingForm(form: FormData): TrainingFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  return {
    programme: text("programme"),
    provider: text("provider"),
    completedOn: text("completedOn"),
    expiresOn: text("expiresOn"),
    evidenceRef: text("evidenceRef"),
  };
}

/**
 * Adds a training record with its evidence: a reference, an uploaded PDF or image (checked by its magic
 * bytes, at most 5 MB), or both. The file is written first and removed again if the record is refused.
 */
export async function addTrainingRecord(
  actorId: string,
  profileId: string,
  values: TrainingFormValues,
  evidence: UploadedEvidence,
  key: FormKey | null = null,
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const parsed = TrainingSchema.safeParse(values);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);
  let fileType: string | null = null;
  if (evidence) {
    const check = checkEvidence(evidence);
    if (!check.ok) errors.evidence = check.message;
    else fileType = check.type;
  } else if (parsed.success && !parsed.data.evidenceRef) {
    errors.evidence = "Add a reference (such as a certificate number) or upload the certificate as a PDF or image.";
  }
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  const stored = evidence && "bytes" in evidence ? await storeEvidenceFile(evidence.bytes) : null;
  try {
    const db = await getDb();
    await db.transaction((tx) =>
      createOnce(
        tx,
        key,
        async () => {
          const id = newId();
          await tx.insert(facilitatorTraining).values({
            id,
            profileId,
            ...parsed.data,
            evidenceFile: stored,
            evidenceType: stored ? fileType : null,
            evidenceName: stored && evidence ? evidence.name.slice(0, 200) : null,
            evidenceBytes: stored && evidence && "bytes" in evidence ? evidence.bytes.byteLength : null,
          });
          await enqueueSearchSync(tx, "facilitator", profileId);
          await writeAudit(tx, {
            actorId,
            action: "directory.training_added",
            targetType: "facilitator_profile",
            targetId: profileId,
            metadata: { trainingId: id, withFile: !!stored },
          });
          return id;
        },
        (id) => id,
      ),
    );
  } catch (error) {
    if (stored) await removeEvidenceFile(stored);
    throw error;
  }
  return { ok: true };
}

export async function removeTrainingRecord(actorId: string, profileId: string, trainingId: string) {
  const db = await getDb();
  const removed = await db.transaction(async (tx) => {
    const rows = await tx
      .delete(facilitatorTraining)
      .where(and(eq(facilitatorTraining.id, trainingId), eq(facilitatorTraining.profileId, profileId)))
      .returning({ evidenceFile: facilitatorTraining.evidenceFile });
    if (!rows.length) return null;
    await enqueueSearchSync(tx, "facilitator", profileId);
    await writeAudit(tx, { actorId, action: "directory.training_removed", targetType: "facilitator_profile", targetId: profileId, metadata: { trainingId } });
    return rows[0]!;
  });
  if (removed?.evidenceFile) await removeEvidenceFile(removed.evidenceFile);
  return !!removed;
}

/** The stored evidence of one training record of one profile, or null. */
export async function loadEvidence(profileId: string, trainingId: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(facilitatorTraining)
    .where(and(eq(facilitatorTraining.id, trainingId), eq(facilitatorTraining.profileId, profileId)));
  if (!row?.evidenceFile || !row.evidenceType) return null;
  return { bytes: await readEvidenceFile(row.evidenceFile), type: row.evidenceType, name: row.evidenceName ?? "evidence" };
}
