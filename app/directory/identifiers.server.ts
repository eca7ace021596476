import { deidentify, type EntityType } from "~/deid";

/**
 * Identifiers that must not be sent in a contact request: names, record numbers, contact details and
 * exact dates could identify a patient. Places and organisations are allowed (an organisation may
 * name its own hospital).
 */
const REFUSED: readonly EntityType[] = ["PERSON", "ID", "PHONE", "EMAIL", "URL", "IP", "DATE"];

const WHAT: Record<string, string> = {
  PERSON: "a name",
  ID: "a record or ID number",
  PHONE: "a phone number",
  EMAIL: "an email address",
  URL: "a web address",
  IP: "an IP address",
  DATE: "an exact date",
};

export type IdentifierFinding = { type: string; what: string; text: string };

/** What in the text looks like it could identify someone, via the site's de-identifier. */
export function findIdentifiers(text: string): IdentifierFinding[] {
  const { findings } = deidentify(text, { types: REFUSED, minConfidence: 0.6 });
  return findings.map((f) => ({ type: f.type, what: WHAT[f.type] ?? "an identifier", text: f.text }));
}

/** One calm sentence asking the person to remove what was found, quoting it back to them. */
export function identifierMessage(found: IdentifierFinding[]): string {
  const listed = found
    .slice(0, 5)
    .map((f) => `“${f.text}” (${f.what})`)
    .join(", ");
  return `Please remove details that could identify a patient or colleague before sending: ${listed}. Describe what happened in general terms instead, such as “a patient in their seventies” or “earlier this year”. Your message is kept below.`;
}
