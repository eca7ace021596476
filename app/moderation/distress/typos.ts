/**
 * The distress screener's typo corrector: the few key words whose typos would hide distress ("sucidal",
 * "myslef", "mourrir"), corrected by one edit (Damerau), with words that are one edit away but mean something
 * else ("coming", "vie") protected; doubled and repeated letters and a dropped final g in chat spelling.
 * Used by normalise.ts on each word of a clause.
 */

// The few words that decide a match, where a typo would otherwise hide distress. Only these are corrected,
// and only when the typed word is not itself a word we know.
const KEY_WORDS = [
  "suicide",
  "suicidal",
  "suicidaire",
  "suicider",
  "myself",
  "overdose",
  "overdosing",
  "goodbye",
  "hopeless",
  "worthless",
  "burden",
  "anymore",
  "everyone",
  "everything",
  "without",
  "pointless",
  "living",
  "mourir",
  "disparaitre",
  "reveiller",
  "fardeau",
  "pills",
  "tablets",
  "nobody",
  "alive",
  "wake",
  "want",
  "kill",
  "killing",
  "die",
  "dead",
  "keep",
  "going",
  "harm",
  "cutting",
  "better",
  "tomorrow",
  "anyone",
  "living",
  "dying",
  "trying",
  "ending",
  "hurting",
  "keeping",
  "coping",
  "anything",
  "continuer",
  "envie",
  "vivre",
];
const PROTECTED = new Set([
  // One letter from "coping": "it's coming back" was read as "it is coping back".
  "coming",
  "copying",
  "coding",
  "moping",
  "make",
  "take",
  "wade",
  "wave",
  "ward",
  "waste",
  "went",
  "wont",
  "what",
  "dye",
  "did",
  "diet",
  "dive",
  "deal",
  "deed",
  "dean",
  "read",
  "fill",
  "bill",
  "mill",
  "till",
  "will",
  "pill",
  "sill",
  "hill",
  "skill",
  "kills",
  "kept",
  "knee",
  "keen",
  "deep",
  "peep",
  "beep",
  "seep",
  "doing",
  "gong",
  "giving",
  "loving",
  "diving",
  "moving",
  "having",
  "leaving",
  "saving",
  "waving",
  "filling",
  "billing",
  "killings",
  "farm",
  "harp",
  "hard",
  "hare",
  "warm",
  "charm",
  "herself",
  "himself",
  "yourself",
  "thyself",
  "itself",
  "dread",
  "deaf",
  "lake",
  "like",
  "wide",
  "wine",
  "wife",
  "wire",
  "bake",
  "cake",
  "fake",
  "sake",
  "word",
  "work",
  "worm",
  "wall",
  "pile",
  "piles",
  "living",
  "wants",
  "dies",
  "died",
  "keeps",
  "goes",
  "hurt",
  "cuts",
  "alike",
  "alive",
  "olive",
  "overdoes",
  "overdone",
  "gone",
  "ding",
  "sill",
  "ones",
  "pals",
  "letter",
  "letters",
  "setter",
  "bitter",
  "butter",
  "batter",
  "getter",
  "bette",
  "betted",
  "beaten",
  "ending",
  "bending",
  "lending",
  "mending",
  "sending",
  "tending",
  "vending",
  "fending",
  "hurling",
  "curting",
  "copying",
  "cooing",
  "hoping",
  "roping",
  "moping",
  "doping",
  "coding",
  "cutting",
  "putting",
  "gutting",
  "jutting",
  "nutting",
  "rutting",
  "tutting",
  "dyeing",
  "tying",
  "lying",
  "vying",
  "frying",
  "prying",
  "crying",
  "drying",
  "trying",
  "envy",
  "vivre",
  "livre",
  "vive",
  "ivre",
  "anyone",
  "anything",
  "owing",
  "owning",
  "goin",
  "wan",
  "dire",
  "dine",
  "dime",
  "tie",
  "lie",
  "pie",
  "vie",
  "due",
  "doe",
  "dee",
]);

function damerauWithin1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1); // deletion / insertion
}

const typoCache = new Map<string, string>();
export function correctTypo(word: string): string {
  if (word.length < 4 || PROTECTED.has(word) || KEY_WORDS.includes(word)) return word;
  // A plural or feminine of a key word is not a typo ("suicidaires", "pills").
  if (/s$/.test(word) && KEY_WORDS.includes(word.slice(0, -1))) return word;
  if (/e?s?$/.test(word) && word.length >= 7 && KEY_WORDS.includes(word.replace(/e?s?$/, ""))) return word;
  // A doubled letter too many ("diee", "killl").
  const undoubled = word.replace(/(.)\1(?!.*(.)\2)/, "$1");
  if (undoubled !== word && KEY_WORDS.includes(undoubled)) return undoubled;
  const cached = typoCache.get(word);
  if (cached !== undefined) return cached;
  let fixed = word;
  for (const key of KEY_WORDS) {
    // Short words are corrected only by swapped letters ("wnat", "dei"), never by a changed letter.
    if ((key.length < 5 || word.length < 5) && !(key.length === word.length && [...key].sort().join("") === [...word].sort().join(""))) continue;
    if (damerauWithin1(word, key)) {
      fixed = key;
      break;
    }
  }
  if (typoCache.size < 10_000) typoCache.set(word, fixed);
  return fixed;
}

// Dropped final g in chat spelling: "goin", "tryin", "livin".
export function restoreDroppedG(word: string): string {
  return word.length >= 4 && word.endsWith("in") && KEY_WORDS.includes(`${word}g`) ? `${word}g` : word;
}

export function shortenRepeats(word: string): string {
  if (!/(.)\1\1/.test(word)) return word;
  const single = word.replace(/(.)\1{2,}/g, "$1");
  return KEY_WORDS.includes(single) ? single : word.replace(/(.)\1{2,}/g, "$1$1");
}
