import { createHash, randomBytes, randomUUID } from "node:crypto";

export const newId = () => randomUUID();

/** A URL-safe secret token (for emailed links and calendar feeds). */
export const newToken = (bytes = 32) => randomBytes(bytes).toString("base64url");

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
