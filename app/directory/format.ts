// Plain-language wording for directory figures. Computed on the server and sent as text, so the page
// reads the same with or without JavaScript.

const DAY_MS = 86_400_000;

const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "30 June 2027", in UTC so that everyone reads the same date. (One formatter: making one costs more than using it.) */
export function formatDate(date: Date): string {
  return DATE_FORMAT.format(date);
}

/** The public badge, or null once the verification has passed its expiry date. */
export function verificationBadge(verifiedUntil: Date | null, at: Date): string | null {
  if (!verifiedUntil || verifiedUntil.getTime() <= at.getTime()) return null;
  return `Training verified, valid until ${formatDate(verifiedUntil)}`;
}

export function isVerificationCurrent(verifiedUntil: Date | null, at: Date): boolean {
  return !!verifiedUntil && verifiedUntil.getTime() > at.getTime();
}

/** "Usually responds within a day", from a median response time in milliseconds. */
export function responseTimePhrase(medianMs: number): string {
  if (medianMs <= 60 * 60_000) return "Usually responds within an hour";
  if (medianMs <= 6 * 60 * 60_000) return "Usually responds within a few hours";
  if (medianMs <= DAY_MS) return "Usually responds within a day";
  if (medianMs <= 2 * DAY_MS) return "Usually responds within two days";
  return `Usually responds within ${Math.ceil(medianMs / DAY_MS)} days`;
}

export type FeeFacts = {
  feeKind: "pro_bono" | "range" | "funded";
  feeCurrency: string | null;
  feeMin: number | null;
  feeMax: number | null;
  feeUnit: string | null;
  feeFundedBy: string | null;
};

export function feeText(f: FeeFacts): string {
  if (f.feeKind === "pro_bono") return "Pro bono: no fee";
  if (f.feeKind === "funded") return `Funded by ${f.feeFundedBy ?? "an organisation"}: no fee to you`;
  return `${f.feeCurrency ?? ""} ${f.feeMin ?? "?"}–${f.feeMax ?? "?"} ${f.feeUnit ?? ""}`.replace(/\s+/g, " ").trim();
}

/** The first sentence or two of a plain-text bio, for result cards and search summaries. */
export function firstSentences(text: string, maxLength = 220): string {
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [text];
  let out = "";
  for (const s of sentences) {
    if (out && (out + s).length > maxLength) break;
    out += s;
    if (out.length >= maxLength * 0.5) break;
  }
  out = out.trim() || text;
  return out.length > maxLength ? `${out.slice(0, maxLength - 1).trimEnd()}…` : out;
}
