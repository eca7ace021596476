import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { unstable_composeUploadHandlers, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import { getEnv } from "~/utils/env.server";
import { newId } from "~/utils/ids.server";

export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
/** Past this, reading stops with an error: a size check must not mean reading a gigabyte first. */
const HARD_CAP_BYTES = 4 * EVIDENCE_MAX_BYTES;
const FIELD_MAX_BYTES = 64 * 1024;

export type EvidenceType = "application/pdf" | "image/png" | "image/jpeg" | "image/webp";
const EXTENSIONS: Record<EvidenceType, string[]> = {
  "application/pdf": [".pdf"],
  "image/png": [".png"],
  "image/jpeg": [".jpg", ".jpeg"],
  "image/webp": [".webp"],
};

/** The file's real type from its first bytes (magic numbers), whatever its name or declared type say. */
export function detectEvidenceType(bytes: Uint8Array): EvidenceType | null {
  const starts = (sig: number[], offset = 0) => sig.every((b, i) => bytes[offset + i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "image/webp"; // RIFF....WEBP
  return null;
}

export type UploadedEvidence = { name: string; bytes: Uint8Array } | { name: string; tooLarge: true } | null;

/**
 * Reads the training form (multipart). Text fields go through Remix's memory upload handler with a
 * maxPartSize; the evidence file is read here so that an oversized file is reported next to the field
 * while everything else typed is kept.
 */
export async function parseTrainingForm(request: Request): Promise<{ form: FormData; evidence: UploadedEvidence }> {
  let evidence: UploadedEvidence = null;
  const evidenceHandler: UploadHandler = async ({ name, filename, data }) => {
    if (name !== "evidence") return undefined;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > HARD_CAP_BYTES) throw new Error("evidence upload over the hard cap");
      if (size <= EVIDENCE_MAX_BYTES) chunks.push(chunk);
    }
    if (!filename || size === 0) return undefined;
    evidence = size > EVIDENCE_MAX_BYTES ? { name: filename, tooLarge: true } : { name: filename, bytes: Buffer.concat(chunks) };
    return undefined;
  };
  const form = await unstable_parseMultipartFormData(
    request,
    unstable_composeUploadHandlers(evidenceHandler, unstable_createMemoryUploadHandler({ maxPartSize: FIELD_MAX_BYTES })),
  );
  return { form, evidence };
}

/** A clear message when the file cannot be accepted, otherwise its checked type. */
export function checkEvidence(evidence: NonNullable<UploadedEvidence>): { ok: true; type: EvidenceType } | { ok: false; message: string } {
  if ("tooLarge" in evidence) return { ok: false, message: "This file is larger than 5 MB. Please upload a smaller scan or photo (PDF, PNG, JPEG or WebP)." };
  const type = detectEvidenceType(evidence.bytes);
  const extension = path.extname(evidence.name).toLowerCase();
  if (!type) return { ok: false, message: "This file is not a PDF or an image we can accept. Please upload a PDF, PNG, JPEG or WebP file." };
  if (!EXTENSIONS[type].includes(extension))
    return {
      ok: false,
      message: `This file's name ends in “${extension || "nothing"}” but it is a ${type.split("/")[1]!.toUpperCase()} file. Please rename it or upload the original.`,
    };
  return { ok: true, type };
}

/** Evidence lives outside the web root, under DATA_DIR/uploads, with a random name and no extension. */
export function uploadsDir() {
  return path.join(path.resolve(getEnv().DATA_DIR), "uploads");
}

export async function storeEvidenceFile(bytes: Uint8Array): Promise<string> {
  const dir = uploadsDir();
  await mkdir(dir, { recursive: true });
  const file = newId();
  await writeFile(path.join(dir, file), bytes, { mode: 0o600 });
  return file;
}

export async function readEvidenceFile(file: string): Promise<Buffer> {
  if (!/^[0-9a-f-]{36}$/.test(file)) throw new Error("invalid evidence file name");
  return readFile(path.join(uploadsDir(), file));
}

export async function removeEvidenceFile(file: string) {
  if (/^[0-9a-f-]{36}$/.test(file)) await rm(path.join(uploadsDir(), file), { force: true });
}
