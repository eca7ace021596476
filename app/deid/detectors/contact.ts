/** EMAIL, URL, IP and PHONE. Phones are validated with libphonenumber-js across the network's regions. */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import type { Candidate } from "../types";
import { headScanner } from "../util";

// Bounded as the RFCs bound them (local part 64, label 63): unbounded runs backtrack quadratically on long input.
const EMAIL = /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/g;
const URL_RE =
  /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'()]{0,2000}[^\s<>"'().,;:!?]|\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.(?:com|org|net|edu|gov|govt\.nz|org\.nz|co\.nz|health\.nz|nhs\.uk|co\.uk|org\.uk|com\.au|org\.au|gov\.au|ca|qc\.ca|ie|co\.za|org\.za|fr|gouv\.fr|io|info|health)(?:\/[^\s<>"'()]*[^\s<>"'().,;:!?])?\b/gi;
const FR_DOTTED_PHONE = /(?<![\w.])0[1-9](?:\.\d{2}){4}(?![\w]|\.\d)/g;
const IPV4 = /(?<!\d\.)\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b/g;
const IPV6 =
  /(?<![:\w])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,7}:|(?:[0-9A-Fa-f]{1,4}:){1,6}:[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,5}(?::[0-9A-Fa-f]{1,4}){1,2}|(?:[0-9A-Fa-f]{1,4}:){1,4}(?::[0-9A-Fa-f]{1,4}){1,3}|(?:[0-9A-Fa-f]{1,4}:){1,3}(?::[0-9A-Fa-f]{1,4}){1,4}|(?:[0-9A-Fa-f]{1,4}:){1,2}(?::[0-9A-Fa-f]{1,4}){1,5}|[0-9A-Fa-f]{1,4}:(?::[0-9A-Fa-f]{1,4}){1,6}|::(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4}|fe80:(?::[0-9A-Fa-f]{0,4}){0,4}%[0-9a-zA-Z]+)(?![:\w])/g;

/**
 * Where an IPv6 address can start: every form opens with a hex group and a colon followed by another hex
 * digit, a colon or "%", or with "::" (headScanner: the pattern is tried only there; same matches).
 */
const scanIpv6 = headScanner(IPV6, "[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:%]|::");

/** A run of digits with phone-style separators, optionally international. */
const PHONE_CANDIDATE = /(?<![\w/.-])(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[ \t.-]?)?\d[\d \t.-]{5,16}\d(?![\w/-]|\.\d)/g;
/** North American shape, including fictional 555 and 123 numbers used in examples; "KRISSY---301 944-5032" after a dash rule. */
const NANP = /(?<!\w|\w-)(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-])/g;
const PHONE_LABEL =
  /\b(?:phone|ph|tel|telephone|mobile|mob|cell|cellphone|fax|pager|contact(?: number)?|landline|whatsapp|téléphone|tél|portable|cellulaire|numéro de téléphone|télécopieur|télécopie|bleep|ext)\b\.?\s*(?:(?:no|number|#|n°)\.?\s*)?[:#=]?\s*(?:is|was|est|:)?\s*(\+?[\d(][\d \t().-]{4,18}\d)/gi;

/**
 * Pagers, beepers and extensions carry short internal numbers ("pager 83554", "beeper #2231", "bleep 4567",
 * "x4567", "ext. 221"): too short for a phone shape, identifying once labelled.
 */
const SHORT_LINE =
  /(?<![\p{L}])(?:pager|beeper|bleep|pg|paged at|ext|extension|poste|bip|x)\.?[ \t]*(?:(?:no|number|num|#|n°)\.?[ \t]*)?[:#=]?[ \t]*(\d{2,6})(?!\d|[.,/:]\d|[ \t]*%|[ \t]*(?:mg|mcg|ml|cc|units?|x|times|hrs?|min|am|pm|h)\b)/giu;

/** A local number without its area code ("944-5032"), when a word about calling comes just before it. */
const LOCAL_NUMBER = /(?<![\d./-])\d{3}-\d{4}(?![\d-]|\.\d)/g;
const CALL_CUE =
  /(?:reach(?:ed)?|call(?:ed)?|phone[ds]?|ph|home|cell|work|mobile|mob|contact|ring|rang|tel|téléphone|joindre|appeler)\b[^.\n\d]{0,24}$|#[ \t]*$/iu;

const REGIONS: CountryCode[] = ["NZ", "AU", "US", "CA", "GB", "IE", "ZA", "FR"];

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

const EXTENSION_AFTER = /^,?[ \t]*(?:poste|ext\.?|extension|x)[ \t]*\d{1,6}(?!\d)/i;

export function detectContacts(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(EMAIL)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "EMAIL", confidence: 0.99, priority: 100, source: "email" });
  }
  for (const m of text.matchAll(URL_RE)) {
    const s = m.index!;
    // An email's domain is not a separate URL.
    if (s > 0 && text[s - 1] === "@") continue;
    out.push({ start: s, end: s + m[0].length, type: "URL", confidence: 0.95, priority: 95, source: "url" });
  }
  for (const m of text.matchAll(IPV4)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "IP", confidence: 0.95, priority: 98, source: "ipv4" });
  }
  for (const m of scanIpv6(text)) {
    if (!/[0-9a-f]/i.test(m[0]) || m[0].length < 6 || !/\d/.test(m[0])) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "IP", confidence: 0.9, priority: 98, source: "ipv6" });
  }
  for (const m of text.matchAll(PHONE_LABEL)) {
    const value = m[1];
    const d = digitsOf(value);
    if (d.length < 5 || d.length > 15) continue;
    const s = m.index! + m[0].length - value.length;
    out.push({ start: s, end: s + value.length, type: "PHONE", confidence: 0.95, priority: 92, source: "phone-label" });
  }
  for (const m of text.matchAll(SHORT_LINE)) {
    // "x4567" only joined to its number: "x 3 days", "x2" are counts.
    if (/^x/i.test(m[0]) && (m[0].length - m[1].length !== 1 || m[1].length < 4)) continue;
    // "pg 23" is as often a page; "ext. 22" a short count.
    if (/^(?:pg|ext|poste)/i.test(m[0]) ? m[1].length < 4 : m[1].length < 2) continue;
    const s = m.index! + m[0].length - m[1].length;
    out.push({ start: s, end: s + m[1].length, type: "PHONE", confidence: 0.85, priority: 90, source: "phone-short" });
  }
  for (const m of text.matchAll(LOCAL_NUMBER)) {
    if (!CALL_CUE.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "PHONE", confidence: 0.75, priority: 83, source: "phone-local" });
  }
  for (const m of text.matchAll(NANP)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "PHONE", confidence: 0.8, priority: 84, source: "phone-nanp" });
  }
  // A French number written with dots, "02.33.57.41.08" (the candidate below leaves dotted runs as decimals).
  for (const m of text.matchAll(FR_DOTTED_PHONE)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, type: "PHONE", confidence: 0.85, priority: 86, source: "phone-fr-dotted" });
  }
  for (const m of text.matchAll(PHONE_CANDIDATE)) {
    let raw = m[0].replace(/[\s.-]+$/, "");
    const d = digitsOf(raw);
    if (d.length < 7 || d.length > 15) continue;
    // Dates such as 2023-11-14 or 12.03.2021 are not phones.
    if (/^\d{4}[-.]\d{1,2}[-.]\d{1,2}$/.test(raw) || /^\d{1,2}[-.]\d{1,2}[-.]\d{2,4}$/.test(raw)) continue;
    // Decimal numbers and lists of small numbers are not phones.
    if (/^\d+\.\d{1,2}$/.test(raw)) continue;
    // A shift or time range ("1900-0700") and chained lab values ("7.45-47-99") are not phones.
    if (/^(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d$/.test(raw.trim()) || /\d\.\d/.test(raw)) continue;
    if (/[\d.]/.test(text[m.index! - 1] ?? "") || /^[-/.]\d/.test(text.slice(m.index! + raw.length, m.index! + raw.length + 2))) continue;
    const international = raw.startsWith("+");
    let valid = false;
    for (const region of international ? [undefined] : REGIONS) {
      const p = parsePhoneNumberFromString(raw, region as CountryCode | undefined);
      if (p && p.isValid()) {
        valid = true;
        break;
      }
    }
    if (!valid) continue;
    raw = raw.trimEnd();
    // The extension goes with its number: "514 890-8000, poste 12345", "(02) 9555 0123 ext. 44".
    const ext = EXTENSION_AFTER.exec(text.slice(m.index! + raw.length, m.index! + raw.length + 24));
    out.push({ start: m.index!, end: m.index! + raw.length + (ext ? ext[0].length : 0), type: "PHONE", confidence: 0.85, priority: 86, source: "phone-lib" });
  }
  return out;
}
