import { deidentify, type EntityType } from "~/deid/index";

/**
 * The identifier guard: holds a post that looks like it identifies a patient, so a facilitator can look
 * before anyone else reads it. It holds for record or health numbers, phone numbers and email addresses,
 * and for a full date together with a person's name.
 *
 * It does NOT hold for a name alone: people write about themselves and their colleagues by first name or
 * role ("my charge nurse Claire said…"), and holding those would punish ordinary, healthy sharing.
 */
const ALWAYS_HOLD: ReadonlySet<EntityType> = new Set(["ID", "PHONE", "EMAIL"]);

/** A date precise enough to pin down an event: "3 March 2023", "03/03/2023", "March 3rd", "le 3 mars". */
function isFullDate(text: string): boolean {
  if (!/\d/.test(text)) return false;
  return (
    /\d{4}/.test(text) ||
    /\d{1,2}\s*[/.-]\s*\d{1,2}/.test(text) ||
    /\d{1,2}(?:st|nd|rd|th|er)?\s+\p{L}{3,}/u.test(text) ||
    /\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/u.test(text)
  );
}

export type IdentifierCheck = {
  hold: boolean;
  /** Kinds found, for audit metadata and the gentle explanation. Never the matched text. */
  kinds: ("record number" | "phone number" | "email address" | "date with a name")[];
};

export function checkForIdentifiers(text: string): IdentifierCheck {
  if (!text.trim()) return { hold: false, kinds: [] };
  const { findings } = deidentify(text, { types: ["ID", "PHONE", "EMAIL", "DATE", "PERSON"] });
  const kinds = new Set<IdentifierCheck["kinds"][number]>();
  for (const f of findings) {
    if (!ALWAYS_HOLD.has(f.type)) continue;
    // A long run of digits in phone format is reported as ID or PHONE depending on the country; both hold.
    kinds.add(f.type === "EMAIL" ? "email address" : f.type === "PHONE" || /^\+|^0\d{3,4}\s/.test(f.text) ? "phone number" : "record number");
  }
  const hasPerson = findings.some((f) => f.type === "PERSON" && f.confidence >= 0.8);
  const hasFullDate = findings.some((f) => f.type === "DATE" && isFullDate(f.text));
  if (hasPerson && hasFullDate) kinds.add("date with a name");
  return { hold: kinds.size > 0, kinds: [...kinds] };
}

/** The gentle explanation shown to the author of a held post. */
export function identifierHoldMessage(kinds: IdentifierCheck["kinds"]): string {
  const named = kinds.map((k) => (k.startsWith("e") ? `an ${k}` : `a ${k}`));
  const what = named.length ? named.join(" or ") : "an identifying detail";
  return (
    `Thank you for sharing this. It looks like it may contain ${what}, which could identify a patient or colleague, ` +
    "so a facilitator will look at it before others can read it. You have done nothing wrong. " +
    "If you can, edit out the detail; you can also wait for a facilitator to help."
  );
}
