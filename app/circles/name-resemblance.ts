/**
 * A name's "skeleton": what it looks like to a reader, so that names differing only in case, accents,
 * spacing, punctuation or look-alike letters (Cyrillic "а" for Latin "a", "0" for "o") compare equal.
 * Used to refuse a pseudonym that would pass for another member's name.
 */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic and Greek letters that look Latin
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  һ: "h",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  // digits and symbols read as letters
  "0": "o",
  "1": "l",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
  $: "s",
  "|": "l",
  "!": "i",
  // letters that are easily read as one another
  i: "l",
  ł: "l",
  ı: "l",
  ø: "o",
  đ: "d",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
};

export function nameSkeleton(name: string): string {
  const folded = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  let out = "";
  for (const ch of folded) out += CONFUSABLES[ch] ?? ch;
  // rn reads as m; repeated letters and everything that is not a letter or digit are ignored.
  return out
    .replace(/rn/g, "m")
    .replace(/vv/g, "w")
    .replace(/[^\p{L}\p{N}]+/gu, "")
    .replace(/(.)\1+/gu, "$1");
}

/** Whether two names would be taken for one another. */
export function namesResemble(a: string, b: string): boolean {
  const [x, y] = [nameSkeleton(a), nameSkeleton(b)];
  return x.length > 0 && x === y;
}
