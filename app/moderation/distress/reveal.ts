/**
 * A writer who tells of themself as someone else: "She's a nurse who… She doesn't deserve to… That's me, by the
 * way", « C'est l'histoire d'une infirmière qui… Elle n'a plus rien à faire ici. C'est moi », or a note to the
 * person they used to be ("Note to the girl who used to love nursing: you won't have to pretend much longer").
 * The context (./context.ts) would hand "she" or "you" to someone else; once the post says who it is, its other
 * sentences are read in the first person. Only when the post says so: "she" alone stays someone else.
 * Input is raw sentences (before normalisation); a rewritten post comes back folded (lower case, no accents), as the
 * normalisers would make it, so both readers (rules and features) see the same.
 */

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();

/** "That's me", "she is me", "I'm her", "I'm talking about myself", « c'est moi », « je parle de moi », closing a sentence. */
const REVEAL_EN =
  /\b(?:(?:that|this|she|he|it|the (?:nurse|midwife|doctor|woman|man|girl|guy|person|one))(?:'s| is| was) (?:(?:actually|really|just|all) )?(?:me|about me)|i(?:'m| am) (?:actually |really )?(?:her|him|that (?:nurse|midwife|doctor|woman|man|girl|guy|person|one))|i(?:'m| am|was) talking about (?:me|myself))\b(?=\s*(?:[,.!?;:)—–-]|$|(?:by the way|btw|lol|in case|if (?:you|anyone)|obviously|of course)\b))/;
const REVEAL_FR =
  /\b(?:c'?est|c'etait|cette (?:infirmiere|femme|fille|personne|sage-femme)(?:-la)?,? c'?est|l'infirmiere,? c'?est|il s'agit de) moi\b(?!\s*(?:qui|que|la|le|aussi|non plus)\b)|\bje (?:parle|parlais) de moi\b|\bcette (?:infirmiere|femme|fille|personne),? (?:c'?est|je suis) (?:moi|elle)\b/;
/** Written to one's former self: "note to my younger self", "to the girl who used to…", « à celle que j'étais ». */
const FORMER_SELF_EN =
  /\b(?:(?:(?:note|letter|message|a word) to (?:my )?|dear (?:my )?)(?:younger|former|old|past|first[- ]year|student|graduate|newly qualified) (?:self|me)|(?:note|letter|message|dear|a word|to) (?:to )?the (?:girl|boy|woman|man|nurse|midwife|doctor|kid|person|one) (?:who|that) (?:used to|once|was|still))\b/;
const FORMER_SELF_FR =
  /\b(?:(?:lettre|mot|message|note) (?:a|pour) (?:moi|la fille|la femme|l'infirmiere|celle|celui|la jeune)(?: \w+)? (?:d'avant|plus jeune|que j'etais|qui (?:aimait|croyait|revait|voulait|etait))|(?:a|pour) (?:celle|celui) que j'etais)\b/;

type Swap = [RegExp, string];
/** The third person the post uses for the writer ("she" or "he"): only its own pronouns are swapped ("his family" stays his). */
const thirdEn = (she: boolean): Swap[] => {
  const [subj, obj, poss, refl] = she ? ["she", "her", "her", "herself"] : ["he", "him", "his", "himself"];
  const s = (source: string) => new RegExp(source.replaceAll("S", subj), "gi");
  return [
    [s(String.raw`\bS(?:'s| is)\b`), "I am"],
    [s(String.raw`\bS (was|had|did|could|would|should|will|can|might|must|used|never|just|still|really|only)\b`), "I $1"],
    [s(String.raw`\bS has\b`), "I have"],
    [s(String.raw`\bS does(?:n'?t| not)\b`), "I do not"],
    [s(String.raw`\bS (\w+?)ies\b`), "I $1y"],
    [s(String.raw`\bS (\w+?(?:ss|sh|ch|x|o))es\b`), "I $1"],
    [s(String.raw`\bS (\w+?[^s])s\b`), "I $1"],
    [s(String.raw`\bS'd\b`), "I would"],
    [s(String.raw`\bS\b`), "I"],
    [new RegExp(`\\b${refl}\\b`, "gi"), "myself"],
    [new RegExp(`\\b${poss}(?= [a-z])`, "gi"), "my"],
    [new RegExp(`\\b${obj}\\b`, "gi"), "me"],
  ];
};
const SECOND_EN: Swap[] = [
  [/\byou(?:'re| are)\b/gi, "I am"],
  [/\byou(?:'ll| will)\b/gi, "I will"],
  [/\byou won'?t\b/gi, "I will not"],
  [/\byou(?:'ve)\b/gi, "I have"],
  [/\byourself\b/gi, "myself"],
  [/\byour\b/gi, "my"],
  [/\byou\b/gi, "I"],
];
const THIRD_FR: Swap[] = [
  [/\b(?:elle|il) (ne |n')?est\b/gi, "je $1suis"],
  [/\b(?:elle|il) n'a\b/gi, "je n'ai"],
  [/\b(?:elle|il) a\b/gi, "j'ai"],
  [/\b(?:elle|il) (ne |n')?va\b/gi, "je $1vais"],
  [/\b(?:elle|il) (ne |n')?(peu|veu)t\b/gi, "je $1$2x"],
  [/\b(?:elle|il) (ne |n')?(\w+)ait\b/gi, "je $1$2ais"],
  [/\b(?:elle|il) (ne |n')?(\w+)it\b/gi, "je $1$2is"],
  [/\b(?:elle|il) se\b/gi, "je me"],
  [/\b(?:elle|il) s'/gi, "je m'"],
  [/\b(?:elle|il)\b/gi, "je"],
];
const SECOND_FR: Swap[] = [
  [/\btu (ne |n')?es\b/gi, "je $1suis"],
  [/\btu (ne |n')?(as|vas)\b/gi, "je $1$2"],
  [/\btu\b/gi, "je"],
  [/\bt'/gi, "m'"],
  [/\bte\b/gi, "me"],
  [/\bton\b/gi, "mon"],
  [/\bta\b/gi, "ma"],
  [/\btes\b/gi, "mes"],
];

const swap = (sentence: string, swaps: Swap[]) => swaps.reduce((s, [re, to]) => s.replace(re, to), sentence);

/** The post's sentences, with "she"/« elle » or "you"/« tu » read as the writer where the post says they are. */
export function readRevealedSelf(sentences: string[]): string[] {
  const folded = sentences.map(fold);
  const revealEn = folded.some((s) => REVEAL_EN.test(s));
  const revealFr = folded.some((s) => REVEAL_FR.test(s));
  const formerEn = folded.some((s) => FORMER_SELF_EN.test(s));
  const formerFr = folded.some((s) => FORMER_SELF_FR.test(s));
  if (!revealEn && !revealFr && !formerEn && !formerFr) return sentences;
  const all = folded.join(" ");
  const she = (all.match(/\bshe\b/g)?.length ?? 0) >= (all.match(/\bhe\b/g)?.length ?? 0);
  return sentences.map((s, i) => {
    const f = folded[i]!;
    // The sentence that reveals keeps its words ("That's me" is not "I am me").
    if (REVEAL_EN.test(f) || REVEAL_FR.test(f)) return s;
    let out = f;
    if (revealEn) out = swap(out, thirdEn(she));
    if (revealFr) out = swap(out, THIRD_FR);
    if (formerEn) out = swap(out.replace(FORMER_SELF_EN, " "), SECOND_EN);
    if (formerFr) out = swap(out.replace(FORMER_SELF_FR, " "), SECOND_FR);
    return out;
  });
}
