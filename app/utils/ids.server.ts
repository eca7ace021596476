import { createHash, randomBytes, randomUUID } from "node:crypto";

export const newId = () => randomUUID();

/** A URL-safe secret token (for emailed links and calendar feeds). */
export const newToken = (bytes = 32) => randomBytes(bytes).toString("base64url");

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Whether a value from a form or URL can be an id at all (the database refuses anything else with an error). */
export const isId = (value: unknown): value is string => typeof value === "string" && ID_PATTERN.test(value);
