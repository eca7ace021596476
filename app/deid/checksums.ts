/**
 * Check-digit validators for national and provincial health and identity numbers.
 * Each accepts the number with or without spaces and hyphens.
 */

const strip = (s: string) => s.replace(/[\s-]/g, "");

/** NZ NHI letters exclude I and O: A=1 … H=8, J=9 … N=13, P=14 … Z=24. */
function nhiLetter(c: string): number {
  const code = c.charCodeAt(0) - 64;
  if (code < 1 || code > 26 || c === "I" || c === "O") return -1;
  return code - (c > "I" ? 1 : 0) - (c > "O" ? 1 : 0);
}
const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

/** New Zealand National Health Index: old format AAANNNC (mod 11) and new format AAANNAX (mod 23). */
export function isValidNhi(value: string): boolean {
  const v = strip(value).toUpperCase();
  if (/^[A-HJ-NP-Z]{3}\d{4}$/.test(v)) {
    let sum = 0;
    for (let i = 0; i < 3; i++) sum += nhiLetter(v[i]) * (7 - i);
    for (let i = 3; i < 6; i++) sum += Number(v[i]) * (7 - i);
    const rem = sum % 11;
    if (rem === 0) return false;
    const check = (11 - rem) % 10;
    return check === Number(v[6]);
  }
  if (/^[A-HJ-NP-Z]{3}\d{2}[A-HJ-NP-Z]{2}$/.test(v)) {
    let sum = 0;
    for (let i = 0; i < 3; i++) sum += nhiLetter(v[i]) * (7 - i);
    sum += Number(v[3]) * 4 + Number(v[4]) * 3 + nhiLetter(v[5]) * 2;
    const check = 23 - (sum % 23);
    return NHI_LETTERS[check - 1] === v[6];
  }
  return false;
}

/** UK NHS number (and Scottish CHI): 10 digits, weights 10..2, mod 11. */
export function isValidNhsNumber(value: string): boolean {
  const v = strip(value);
  if (!/^\d{10}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(v[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(v[9]);
}

/** Australian Medicare card: 10 digits (+ optional IRN), first digit 2-6, weights 1,3,7,9,1,3,7,9 mod 10. */
export function isValidMedicare(value: string): boolean {
  const v = strip(value).replace(/\/\d$/, "");
  if (!/^[2-6]\d{9,10}$/.test(v)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(v[i]) * w[i];
  return sum % 10 === Number(v[8]) && v[9] !== "0";
}

/** Luhn mod 10 over a digit string (check digit last). */
export function luhn(digits: string): boolean {
  const v = strip(digits);
  if (!/^\d{2,}$/.test(v)) return false;
  let sum = 0;
  let double = false;
  for (let i = v.length - 1; i >= 0; i--) {
    let d = Number(v[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Ontario health card: 10 digits passing Luhn, optionally followed by a 2-letter version code. */
export function isValidOntarioHealthCard(value: string): boolean {
  const v = strip(value).toUpperCase();
  const m = /^(\d{10})([A-Z]{0,2})$/.exec(v);
  return !!m && luhn(m[1]);
}

/** British Columbia PHN: 10 digits starting with 9, weights 2,4,8,5,10,9,7,3 on digits 2-9, mod 11. */
export function isValidBcPhn(value: string): boolean {
  const v = strip(value);
  if (!/^9\d{9}$/.test(v)) return false;
  const w = [2, 4, 8, 5, 10, 9, 7, 3];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (Number(v[i + 1]) * w[i]) % 11;
  const check = 11 - (sum % 11);
  return check < 10 && check === Number(v[9]);
}

/** Québec RAMQ NAM: 4 letters + 8 digits (no public check digit; shape and birth month only). */
export function isPlausibleRamq(value: string): boolean {
  const v = strip(value).toUpperCase();
  const m = /^[A-Z]{4}(\d{2})(\d{2})(\d{2})\d{2}$/.exec(v);
  if (!m) return false;
  const month = Number(m[2]) > 50 ? Number(m[2]) - 50 : Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** US Social Security number rules: area not 000, 666 or 900-999; group not 00; serial not 0000. */
export function isValidSsn(value: string): boolean {
  if (!/^\d{3}([- ]?)\d{2}\1\d{4}$/.test(value.trim())) return false;
  const v = strip(value);
  const m = /^(\d{3})(\d{2})(\d{4})$/.exec(v);
  if (!m) return false;
  const area = Number(m[1]);
  if (area === 0 || area === 666 || area >= 900) return false;
  if (m[2] === "00" || m[3] === "0000") return false;
  return true;
}

/** South African ID number: 13 digits, YYMMDD birth date, Luhn check. */
export function isValidZaId(value: string): boolean {
  const v = strip(value);
  if (!/^\d{13}$/.test(v)) return false;
  const month = Number(v.slice(2, 4));
  const day = Number(v.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && luhn(v);
}

/** Irish PPS number: 7 digits + check letter (+ optional letter), weights 8..2 (and 9 for the 2nd letter), mod 23. */
export function isValidPpsn(value: string): boolean {
  const v = strip(value).toUpperCase();
  const m = /^(\d{7})([A-W])([A-IW]?)$/.exec(v);
  if (!m) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(m[1][i]) * (8 - i);
  if (m[3]) sum += (m[3] === "W" ? 0 : m[3].charCodeAt(0) - 64) * 9;
  const rem = sum % 23;
  const check = rem === 0 ? "W" : String.fromCharCode(64 + rem);
  return check === m[2];
}

/** French NIR (numéro de sécurité sociale): 13 digits (Corsica 2A/2B) + 2-digit key = 97 - n mod 97. */
export function isValidNir(value: string): boolean {
  const v = strip(value).toUpperCase();
  const m = /^([12378]\d{4}(?:\d{2}|2A|2B)\d{6})(\d{2})$/.exec(v);
  if (!m) return false;
  const body = m[1].replace("2A", "19").replace("2B", "18");
  const n = BigInt(body);
  return Number(97n - (n % 97n)) === Number(m[2]);
}

/**
 * Belgian national register number (NRN / rijksregisternummer): YYMMDD + 3-digit serial + 2-digit key,
 * key = 97 - (first 9 digits mod 97); for people born from 2000 the 9 digits are prefixed with "2".
 * Month may be 0 or +20/+40 (BIS numbers), so only the day and the key are checked strictly.
 */
export function isValidBelgianNrn(value: string): boolean {
  // Written "85.07.30-033.28" as often as "85073003328".
  const v = strip(value).replace(/\./g, "");
  if (!/^\d{11}$/.test(v)) return false;
  const body = v.slice(0, 9);
  const key = Number(v.slice(9));
  const month = Number(v.slice(2, 4)) % 20;
  const day = Number(v.slice(4, 6));
  if (month > 12 || day > 31) return false;
  return 97 - (Number(body) % 97) === key || 97 - (Number("2" + body) % 97) === key;
}

/** Scottish CHI number: DDMMYY date of birth + 4 digits, the last a mod-11 check digit (as the NHS number). */
export function isValidChi(value: string): boolean {
  const v = strip(value);
  if (!/^\d{10}$/.test(v)) return false;
  const day = Number(v.slice(0, 2));
  const month = Number(v.slice(2, 4));
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && isValidNhsNumber(v);
}
