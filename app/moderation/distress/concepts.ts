// The ideas the distress scorer looks for and the frames that change what they mean, with the shape of a language's
// lexicon for them. Kept apart from features.ts so the lexicons can name their type without importing the scorer.

export const CONCEPTS = [
  "death",
  "nonexist",
  "escape",
  "rest",
  "burden",
  "worth",
  "hopeless",
  "exhaust",
  "finality",
  "means",
  "plan",
  "selfharm",
  "wish",
  "think",
  "life",
  "soon",
] as const;
export type Concept = (typeof CONCEPTS)[number];
export const FRAMES = [
  "media",
  "support",
  "lesson",
  "clinical",
  "humour",
  "positive",
  "bounded",
  "accident",
  "career",
  "company",
  "safe",
  "encourage",
] as const;
export type Frame = (typeof FRAMES)[number];

export type ConceptLexicon = {
  language: "en" | "fr";
  concepts: Record<Concept, string>;
  frames: Record<Frame, string>;
  /** Right after a concept: an ordinary object it is about ("… with my partner", "… of the car park"). */
  objects: string;
  /** Figures of speech that use the words of death without meaning it ("this rota is killing me"). */
  idioms: string;
  /** The words of suicide or self-harm as the name of a subject of work ("suicide prevention", "risque suicidaire"). */
  topics: string;
};
