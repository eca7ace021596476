import type { DistressLanguage } from "./types";

/**
 * A writer who fears being read as venting about work often says so: "I want it all to stop. Not the job,
 * everything", "chuck it all in, and I don't mean nursing", "Pas du boulot. De tout.", "disappear, and not in
 * a holiday way". The contrast itself is the signal: whatever wording carries the end, the writer has set
 * the ordinary reading aside and pointed at life or at themselves. Read over normalised text (lower case,
 * no accents, contractions expanded, elisions split); its weight is fitted (./model.ts).
 */

type Contrast = {
  /** Sets the ordinary reading aside: not the job, not work, not in a holiday way. */
  notOrdinary: RegExp;
  /** Points at the writer's life or self instead: everything, me, life, all of it. */
  life: RegExp;
};

const w = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "u");

const WORK_EN = String.raw`(?:the |my |this )?(?:job|work|nursing|medicine|ward|shift|shifts|rota|unit|placement|career|profession|course|uni|hospital)`;
const WORK_FR = String.raw`(?:le |du |de le |mon |ce |la |de la |ma )?(?:boulot|travail|taf|job|service|metier|garde|gardes|poste|hopital|stage|planning|carriere)`;

const BY_LANGUAGE: Record<DistressLanguage["language"], Contrast> = {
  en: {
    notOrdinary: w(
      String.raw`not (?:just |only |about |from |out of )?${WORK_EN}|(?:i )?(?:do not|did not) mean ${WORK_EN}|not in (?:a|the) (?:holiday|work|career|fun|travel|quitting) (?:way|sense)|not (?:quitting|leaving|resigning)|not (?:a|the) (?:holiday|career break|sabbatical) kind`,
    ),
    life: w(
      String.raw`everything|(?:all|any) of it|life|living|me|myself|being alive|being here|here|existing|the lot|the whole thing|all of me|i mean me|i mean everything`,
    ),
  },
  fr: {
    notOrdinary: w(
      String.raw`pas (?:juste |seulement )?${WORK_FR}|(?:je )?(?:ne )?parle pas (?:de le|du|de la|de mon|de ma) (?:boulot|travail|taf|job|service|metier)|pas (?:en|pour les|pour des) vacances|pas (?:au sens|dans le sens) (?:de le|du) (?:boulot|travail)|pas (?:demissionner|quitter le (?:boulot|travail|metier))`,
    ),
    life: w(String.raw`de tout|tout|la vie|de la vie|de vivre|moi|de moi|de moi meme|de exister|le reste|tout le reste`),
  },
};

/**
 * Sets `contrast:life` when the writer sets the ordinary (work, holiday) reading aside and points at life or
 * themselves in the same or the next sentence, and `contrast:ordinary` when only the first half is there.
 */
export function readContrast(language: DistressLanguage["language"], sentences: string[][], set: (name: string) => void): void {
  const lex = BY_LANGUAGE[language];
  const joined = sentences.map((clauses) => clauses.join(" , "));
  for (let i = 0; i < joined.length; i++) {
    const m = lex.notOrdinary.exec(joined[i]!);
    if (!m) continue;
    const after = `${joined[i]!.slice(m.index + m[0].length)} . ${joined[i + 1] ?? ""}`;
    set(lex.life.test(after) ? "contrast:life" : "contrast:ordinary");
  }
}
